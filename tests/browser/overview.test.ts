import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

const range = (page: Page): Promise<[number, number]> =>
  page.evaluate(() => {
    const [a, b] = (window as unknown as { timeline: { getState(): { range: [Date, Date] } } }).timeline.getState().range;
    return [a.getTime(), b.getTime()] as [number, number];
  });
const brushBox = (page: Page) => page.locator('.eventline-overview .selection').boundingBox();

describe.skipIf(!chromiumAvailable())('the overview strip in Chromium', () => {
  const chromium = useChromiumAndServer();

  it('draws the dataset in miniature with the brush over the whole view, and the brush follows keyboard and wheel zoom', async () => {
    const page = await openTimelinePage(chromium);
    expect(await page.$eval('.eventline-overview-area', (path) => path.getAttribute('d') ?? '')).toMatch(/^M0,\d/);
    const whole = (await brushBox(page))!;
    await page.locator('.eventline-svg [tabindex="0"]').first().focus();
    await page.keyboard.press('+');
    await expect.poll(async () => (await brushBox(page))!.width).toBeCloseTo(whole.width / 2, -1);
    const chart = (await page.locator('.eventline-svg').boundingBox())!;
    await page.mouse.move(chart.x + chart.width / 2, chart.y + chart.height / 3);
    await page.mouse.wheel(0, -600);
    await expect.poll(async () => (await brushBox(page))!.width).toBeLessThan(whole.width / 2.5);
    await page.close();
  });

  it('pans the chart when the brush is dragged, and zooms when it is resized', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(900);
    const [a0, b0] = await range(page);
    const box = (await brushBox(page))!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    const [a1, b1] = await range(page);
    expect(a1).toBeLessThan(a0 - (b0 - a0) / 4);
    expect(b1 - a1).toBeCloseTo(b0 - a0, -9);
    // Resize: drag the brush's right edge further right: a wider view.
    const moved = (await brushBox(page))!;
    await page.mouse.move(moved.x + moved.width - 1, moved.y + moved.height / 2);
    await page.mouse.down();
    await page.mouse.move(moved.x + moved.width + 120, moved.y + moved.height / 2, { steps: 6 });
    await page.mouse.up();
    const [a2, b2] = await range(page);
    expect(b2 - a2).toBeGreaterThan((b1 - a1) * 1.15);
    await page.close();
  });

  it('centres the view where the strip is clicked, keeping its width, and shows the span drawn across it', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off');
    const [w0, w1] = await range(page);
    const at = (share: number): number => w0 + share * (w1 - w0);
    for (let i = 0; i < 3; i++) {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.waitForTimeout(600);
    }
    const [a0, b0] = await range(page);
    expect((b0 - a0) / (w1 - w0)).toBeCloseTo(1 / 8, 2);
    const strip = (await page.locator('.eventline-overview .overlay').boundingBox())!;
    const y = strip.y + strip.height / 2;
    // A click 80% across the strip (outside the brush, in the middle eighth): the view is centred there, as wide as before.
    await page.mouse.click(strip.x + strip.width * 0.8, y);
    const [a1, b1] = await range(page);
    expect(b1 - a1).toBeCloseTo(b0 - a0, -9);
    expect(Math.abs((a1 + b1) / 2 - at(0.8))).toBeLessThan((w1 - w0) / 200);
    // A drag across the strip from 10% to 30% shows that span.
    await page.mouse.move(strip.x + strip.width * 0.1, y);
    await page.mouse.down();
    await page.mouse.move(strip.x + strip.width * 0.3, y, { steps: 6 });
    await page.mouse.up();
    const [a2, b2] = await range(page);
    expect(Math.abs(a2 - at(0.1))).toBeLessThan((w1 - w0) / 200);
    expect(Math.abs(b2 - at(0.3))).toBeLessThan((w1 - w0) / 200);
    await page.close();
  });

  it('can be turned off', async () => {
    const page = await openTimelinePage(chromium);
    await page.evaluate(() => (window as unknown as { timeline: { update(o: { overview: boolean }): void } }).timeline.update({ overview: false }));
    expect(await page.locator('.eventline-overview').isVisible()).toBe(false);
    await page.close();
  });
});
