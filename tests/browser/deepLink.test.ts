import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

describe.skipIf(!chromiumAvailable())('deep links in Chromium (hash: true)', () => {
  const chromium = useChromiumAndServer();
  const selected = 'window.timeline.getState().selected';

  it('opens the event named in the URL, writes each selection to the URL, and moves between them with back and forward', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&hash=true#event=crimea-annexation');
    expect(await page.evaluate(selected)).toBe('crimea-annexation');
    expect(await page.$eval('.eventline-detail', (detail) => detail.textContent ?? '')).toContain('Crimea');

    await page.evaluate('window.timeline.select("paris-summit")');
    expect(new URL(page.url()).hash).toBe('#event=paris-summit');
    await page.evaluate('window.timeline.select("korean-armistice")');
    expect(new URL(page.url()).hash).toBe('#event=korean-armistice');
    const entries = await page.evaluate('history.length');

    await page.goBack();
    await expect.poll(() => page.evaluate(selected)).toBe('paris-summit');
    await page.goBack();
    await expect.poll(() => page.evaluate(selected)).toBe('crimea-annexation');
    await page.goForward();
    await expect.poll(() => page.evaluate(selected)).toBe('paris-summit');
    // Following history adds no entries of its own.
    expect(await page.evaluate('history.length')).toBe(entries);
    // A fragment naming no event clears the selection.
    await page.evaluate('location.hash = "#event=no-such-event"');
    await expect.poll(() => page.evaluate(selected)).toBeNull();
    await page.close();
  });

  it('leaves the URL alone without the option', async () => {
    const page = await openTimelinePage(chromium, 'width=1000#event=crimea-annexation');
    expect(await page.evaluate(selected)).toBeNull();
    await page.evaluate('window.timeline.select("paris-summit")');
    expect(new URL(page.url()).hash).toBe('#event=crimea-annexation');
    await page.close();
  });

  it('keeps two charts apart: back and forward through one chart’s selections never close or open the other’s', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&hash=true');
    // A second chart of the same dataset below the first, and a record of what the first one says.
    await page.evaluate(`(async () => {
      const second = document.createElement('div');
      second.style.width = '1000px';
      document.body.append(second);
      window.heardByFirst = [];
      window.timeline.on('select', ({ id }) => window.heardByFirst.push(id));
      const dataset = await (await fetch('/data/ukraine-security-guarantees.json')).json();
      window.second = eventline.createTimeline(second, { dataset, hash: true });
    })()`);
    const states = 'JSON.stringify([window.timeline.getState().selected, window.second.getState().selected])';
    await page.evaluate('window.timeline.select("alaska-summit")');
    await page.evaluate('window.second.select("paris-summit")');
    expect(new URL(page.url()).hash).toBe('#event=alaska-summit&event-2=paris-summit');
    await page.evaluate('window.second.select("crimea-annexation")');
    await page.goBack();
    await expect.poll(() => page.evaluate(states)).toBe('["alaska-summit","paris-summit"]');
    await page.goBack();
    await expect.poll(() => page.evaluate(states)).toBe('["alaska-summit",null]');
    await page.goForward();
    await expect.poll(() => page.evaluate(states)).toBe('["alaska-summit","paris-summit"]');
    // The first chart heard its own selection only: no select {id: null} from the second chart's steps.
    expect(await page.evaluate('window.heardByFirst')).toEqual(['alaska-summit']);
    expect(await page.locator('.eventline-detail').first().isVisible()).toBe(true);
    await page.close();
  });
});
