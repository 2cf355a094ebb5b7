import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

/**
 * Where the first occurrence of each of `marks` is drawn along the line (x of its glyph), in the
 * element `selector`: reading order on screen, whatever the text's logical order.
 */
const positions = (selector: string, marks: readonly string[]): string => `(() => {
  const root = document.querySelector(${JSON.stringify(selector)});
  const found = {};
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const mark of ${JSON.stringify(marks)}) {
      const at = node.data.indexOf(mark);
      if (at < 0 || mark in found) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + mark.length);
      found[mark] = Math.round(range.getBoundingClientRect().left);
    }
  }
  return JSON.stringify(found);
})()`;

describe.skipIf(!chromiumAvailable())('text from data with bidi controls, in Chromium', () => {
  const chromium = useChromiumAndServer();

  it('keeps an override in a publisher or an actor from reversing the rest of the citation or the next actor', async () => {
    const page = await openTimelinePage(chromium, 'width=1000');
    await page.evaluate(`window.timeline.update({ dataset: {
      title: 'Bidi',
      sources: [{ id: 's', publisher: 'Reuters \\u2069\\u202e', title: 'Talks resume', published: '2025-09-05', url: 'https://example.org/a' }],
      events: [{ id: 'e', title: 'Summit held', start: '2025-09-04', sources: ['s'], actors: ['Macron \\u202e', 'Starmer'] }],
    } }); window.timeline.select('e');`);
    const citation = JSON.parse(await page.evaluate(positions('.eventline-detail-sources a', ['Reuters', 'Talks', '2025']))) as Record<string, number>;
    expect(citation.Reuters).toBeLessThan(citation.Talks!);
    expect(citation.Talks).toBeLessThan(citation['2025']!);
    const actors = JSON.parse(await page.evaluate(positions('.eventline-detail-facts dd', ['Macron', 'Starmer']))) as Record<string, number>;
    expect(actors.Macron).toBeLessThan(actors.Starmer!);
    await page.close();
  });
});
