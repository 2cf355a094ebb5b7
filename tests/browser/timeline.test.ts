import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

/** Real boxes of every visible label, measured by the browser. */
function labelBoxes(page: Page): Promise<Array<{ text: string; x1: number; x2: number; y1: number; y2: number }>> {
  return page.$$eval('.eventline text.eventline-label', (labels) =>
    labels
      .filter((label) => getComputedStyle(label).display !== 'none' && (label.textContent ?? '') !== '')
      .map((label) => {
        const box = label.getBoundingClientRect();
        return { text: label.textContent ?? '', x1: box.left, x2: box.right, y1: box.top, y2: box.bottom };
      }));
}

describe.skipIf(!chromiumAvailable())('the timeline in Chromium', () => {
  const chromium = useChromiumAndServer();

  // Narrower than 600 px the chart is asked for: `auto` would show the vertical story (phone.test.ts).
  async function open(width: number): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport: { width: width + 40, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${chromium.url}/tests/fixtures/browser/timeline.html?width=${width}${width < 600 ? '&layout=horizontal' : ''}`);
    await page.waitForSelector('body[data-ready="true"]');
    expect(errors).toEqual([]);
    return page;
  }

  const views: Array<[string, [string, string] | null]> = [
    ['the whole dataset', null],
    ['2014 to 2025', ['2013-06-01', '2025-12-31']],
    ['August to September 2025', ['2025-08-10', '2025-09-10']],
    ['the Paris week', ['2025-09-01', '2025-09-07']],
  ];

  it.each([1200, 700, 360])('never lets two visible labels overlap at %i px', async (width) => {
    const page = await open(width);
    for (const [name, range] of views) {
      if (range) await page.evaluate(([a, b]) => (window as unknown as { timeline: { zoomTo(r: [Date, Date]): void } }).timeline.zoomTo([new Date(`${a}T00:00:00Z`), new Date(`${b}T00:00:00Z`)]), range);
      const boxes = await labelBoxes(page);
      expect(boxes.length, name).toBeGreaterThan(0);
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const overlap = a.x1 < b.x2 - 0.5 && b.x1 < a.x2 - 0.5 && a.y1 < b.y2 - 0.5 && b.y1 < a.y2 - 0.5;
          expect(overlap, `${name}: "${a.text}" overlaps "${b.text}"`).toBe(false);
        }
      }
      const axisTop = await page.$eval('.eventline-axis .eventline-axis-domain', (line) => line.getBoundingClientRect().top);
      for (const box of boxes) expect(box.y2, `${name}: "${box.text}" reaches the axis`).toBeLessThanOrEqual(axisTop + 0.5);
    }
    await page.close();
  });

  it('follows its container’s width through the ResizeObserver', async () => {
    const page = await open(1000);
    expect(await page.$eval('.eventline-svg', (svg) => svg.getAttribute('width'))).toBe('1000');
    await page.$eval('#timeline', (element) => ((element as HTMLElement).style.width = '600px'));
    await page.waitForFunction(() => document.querySelector('.eventline-svg')?.getAttribute('width') === '600');
    await page.close();
  });

  it('shows a tooltip with title and date on hover', async () => {
    const page = await open(1000);
    await page.evaluate(() => (window as unknown as { timeline: { zoomTo(r: [Date, Date]): void } }).timeline.zoomTo([new Date('2025-08-10T00:00:00Z'), new Date('2025-09-10T00:00:00Z')]));
    await page.hover('[data-event-id="alaska-summit"].eventline-event');
    const tooltip = page.locator('.eventline-tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await expect(tooltip.textContent()).resolves.toBe('\u2068Trump–Putin summit in Alaska\u206915 August 2025');
    await page.close();
  });

  it('shows the tooltip on keyboard focus too, and selects with Enter', async () => {
    const page = await open(1000);
    // Tab past the toolbar's buttons to the chart's one tab stop.
    for (let presses = 0; presses < 8; presses++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.closest('svg') !== null && document.activeElement?.closest('svg') !== undefined)) break;
    }
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(focused).toBeTruthy();
    await expect(page.locator('.eventline-tooltip').isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (window as unknown as { timeline: { getState(): { selected: string | null } } }).timeline.getState().selected)).resolves.toBe(focused);
    await expect(page.locator('.eventline-detail').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
