import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

/** Computed styles a reader sees, read off the mounted chart. */
function looks(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return {
      font: style('.eventline').fontFamily,
      labelSize: style('.eventline-label').fontSize,
      markFill: style('.eventline-event').fill,
      laneName: style('.eventline-lane-name').fontWeight,
      tooltip: style('.eventline-tooltip').position,
      button: style('.eventline-button').cursor,
    };
  });
}

describe.skipIf(!chromiumAvailable())('the one-tag script without its CSS file', () => {
  const chromium = useChromiumAndServer();

  async function open(fixture: string): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport: { width: 1040, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${chromium.url}/tests/fixtures/browser/${fixture}`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(errors).toEqual([]);
    return page;
  }

  it('styles the chart as the linked stylesheet does, under a strict CSP', async () => {
    const linked = await open('timeline.html');
    const unlinked = await open('unstyled.html');
    const withFile = await looks(linked);
    expect(withFile.tooltip).toBe('absolute');
    expect(await looks(unlinked)).toEqual(withFile);
    // A page that links eventline.css gets no second copy.
    expect(await linked.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    const adopted = await unlinked.evaluate(() => [...document.adoptedStyleSheets].map((sheet) => {
      const rule = sheet.cssRules[0];
      return rule instanceof CSSLayerBlockRule ? rule.name : rule?.cssText.slice(0, 40);
    }));
    expect(adopted).toEqual(['eventline']);
    await linked.close();
    await unlinked.close();
  });

  it('lets any rule of the page override the built-in stylesheet', async () => {
    const page = await open('unstyled.html');
    // page-override.css sets --eventline-bg with zero specificity (:where): unlayered, it still wins.
    expect(await page.$eval('.eventline', (root) => getComputedStyle(root).backgroundColor)).toBe('rgb(1, 2, 3)');
    await page.close();
  });
});
