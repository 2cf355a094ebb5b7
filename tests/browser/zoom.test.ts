import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

type Range = [number, number];

const range = (page: Page): Promise<Range> =>
  page.evaluate(() => {
    const [a, b] = (window as unknown as { timeline: { getState(): { range: [Date, Date] } } }).timeline.getState().range;
    return [a.getTime(), b.getTime()] as [number, number];
  });
const tickLabels = (page: Page): Promise<string[]> => page.$$eval('.eventline-axis .eventline-tick text', (texts) => texts.map((text) => text.textContent ?? ''));
const attributes = (page: Page): Promise<string[]> =>
  page.$$eval('.eventline *', (elements) => elements.flatMap((element) => [...element.attributes].map((a) => `${a.name}=${a.value}`)));

describe.skipIf(!chromiumAvailable())('zoom and pan in Chromium', () => {
  const chromium = useChromiumAndServer();

  async function chartCentre(page: Page): Promise<{ x: number; y: number }> {
    const box = (await page.locator('.eventline-svg').boundingBox())!;
    return { x: box.x + box.width * 0.6, y: box.y + box.height * 0.4 };
  }

  it('zooms around the pointer with the wheel, changing the range and the tick labels, and clamps at one hour', async () => {
    // Even time: the limit of one hour across the width is then one hour of the calendar too.
    const page = await openTimelinePage(chromium, 'width=1000&scale=linear');
    const [a0, b0] = await range(page);
    const ticks0 = await tickLabels(page);
    const { x, y } = await chartCentre(page);
    await page.mouse.move(x, y);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -300);
    await expect.poll(async () => { const [a, b] = await range(page); return b - a; }).toBeLessThan((b0 - a0) / 4);
    const [a1, b1] = await range(page);
    // Around the pointer: the time under it stays put (it sits 60% across the plot).
    expect(a1).toBeGreaterThan(a0);
    expect(b1).toBeLessThan(b0);
    expect(await tickLabels(page)).not.toEqual(ticks0);
    // Zoom in as far as it goes: about an hour across, still real dates, no NaN anywhere.
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, -1000);
    await expect.poll(async () => { const [a, b] = await range(page); return b - a; }).toBeLessThanOrEqual(3_600_000 * 1.01);
    const [a2, b2] = await range(page);
    expect(b2 - a2).toBeGreaterThanOrEqual(3_600_000 * 0.99);
    expect((await attributes(page)).filter((value) => /NaN|undefined|Infinity/.test(value))).toEqual([]);
    expect((await tickLabels(page)).join(' ')).not.toMatch(/\d{10,}/);
    // And out again: never wider than the whole dataset.
    for (let i = 0; i < 80; i++) await page.mouse.wheel(0, 1000);
    await expect.poll(async () => { const [a, b] = await range(page); return Math.round((b - a) / 1000); }).toBe(Math.round((b0 - a0) / 1000));
    await page.close();
  });

  it('zooms in around the pointer on a double-click, animated, as reader input; Shift+double-click zooms out', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off');
    await page.evaluate(() => {
      const w = window as unknown as { timeline: { on(type: 'zoom', handler: (detail: { userInput: boolean }) => void): void }; zoomInputs: boolean[] };
      w.zoomInputs = [];
      w.timeline.on('zoom', ({ userInput }) => w.zoomInputs.push(userInput));
    });
    const [a0, b0] = await range(page);
    const { x } = await chartCentre(page);
    const box = (await page.locator('.eventline-svg').boundingBox())!;
    // Just above the axis, where no mark sits.
    const y = box.y + box.height - 40;
    const plot = await page.evaluate(() => {
      const lane = document.querySelector('.eventline-axis-domain')!.getBoundingClientRect();
      return { left: lane.left, right: lane.right };
    });
    await page.mouse.dblclick(x, y);
    await expect.poll(async () => { const [a, b] = await range(page); return Math.round(((b - a) / (b0 - a0)) * 100); }).toBe(50);
    const [a1, b1] = await range(page);
    const share = (x - plot.left) / (plot.right - plot.left);
    // The time under the pointer stays under it (to a pixel's worth of time).
    expect(Math.abs(a1 + share * (b1 - a1) - (a0 + share * (b0 - a0)))).toBeLessThan((b0 - a0) / 1000);
    // Animated: several frames, every one of them reader input.
    const inputs = await page.evaluate(() => (window as unknown as { zoomInputs: boolean[] }).zoomInputs);
    expect(inputs.length).toBeGreaterThan(3);
    expect(inputs.every(Boolean)).toBe(true);
    await page.keyboard.down('Shift');
    await page.mouse.dblclick(x, y);
    await page.keyboard.up('Shift');
    await expect.poll(async () => { const [a, b] = await range(page); return Math.round(((b - a) / (b0 - a0)) * 100); }).toBe(100);
    await page.close();
  });

  it('pans with a drag', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off');
    const [w0, w1] = await range(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => { const [a, b] = await range(page); return b - a; }).toBeCloseTo((w1 - w0) / 2, -3);
    const [a0, b0] = await range(page);
    const { x, y } = await chartCentre(page);
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x + 200, y, { steps: 10 });
    await page.mouse.up();
    const [a1, b1] = await range(page);
    expect(a1).toBeLessThan(a0);
    expect(b1 - a1).toBeCloseTo(b0 - a0, -6);
    await page.close();
  });

  it('zooms with a two-finger pinch and pans with a swipe on a touch screen', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off', { hasTouch: true });
    const [a0, b0] = await range(page);
    const { x, y } = await chartCentre(page);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) => cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x: x - spread, y, id: 1 }, { x: x + spread, y, id: 2 }],
    });
    await touch('touchStart', 20);
    for (let spread = 30; spread <= 200; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(async () => { const [a, b] = await range(page); return b - a; }).toBeLessThan((b0 - a0) / 3);
    // A one-finger swipe pans.
    const [a1, b1] = await range(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y, id: 1 }] });
    for (let dx = 10; dx <= 200; dx += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x + dx, y, id: 1 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => (await range(page))[0]).toBeLessThan(a1);
    const [a2, b2] = await range(page);
    expect(b2 - a2).toBeCloseTo(b1 - a1, -6);
    await page.close();
  });

  it('jumps without animation when the reader prefers reduced motion, and animates (200–750 ms) otherwise', async () => {
    const target: Range = [Date.UTC(2025, 7, 1), Date.UTC(2025, 8, 10)];
    const zoomTo = (page: Page): Promise<Range> => page.evaluate(([a, b]) => {
      const timeline = (window as unknown as { timeline: { zoomTo(r: [Date, Date], o: { animate: boolean }): void; getState(): { range: [Date, Date] } } }).timeline;
      timeline.zoomTo([new Date(a), new Date(b)], { animate: true });
      const [x, y] = timeline.getState().range;
      return [x.getTime(), y.getTime()] as Range;
    }, target);

    const reduced = await openTimelinePage(chromium, 'width=1000&gaps=off', { reducedMotion: true });
    expect(await zoomTo(reduced)).toEqual(target);
    await reduced.close();

    const animated = await openTimelinePage(chromium, 'width=1000&gaps=off');
    const started = Date.now();
    expect(await zoomTo(animated)).not.toEqual(target);
    await expect.poll(() => range(animated), { interval: 20 }).toEqual(target);
    const took = Date.now() - started;
    expect(took).toBeGreaterThanOrEqual(200);
    expect(took).toBeLessThan(1500);
    await animated.close();
  });

  it('does not select the mark a drag starts on, and still selects it on a plain click', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off');
    // Zoomed in to the summer of 2025, where marks stand alone and there is somewhere to pan to.
    await page.evaluate(() => (window as unknown as { timeline: { zoomTo(r: [Date, Date], o: { animate: boolean }): void } }).timeline.zoomTo([new Date('2025-08-01T00:00:00Z'), new Date('2025-09-15T00:00:00Z')], { animate: false }));
    const mark = page.locator('.eventline-point[data-event-id]').first();
    const box = (await mark.boundingBox())!;
    const [a0] = await range(page);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 150, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    expect((await range(page))[0]).toBeLessThan(a0);
    expect(await page.locator('.eventline-event.is-selected').count()).toBe(0);
    const id = await mark.getAttribute('data-event-id');
    await mark.click();
    await expect.poll(() => page.locator('.eventline-event.is-selected').getAttribute('data-event-id')).toBe(id);
    await page.close();
  });

  it('leaves the wheel to the page at the widest view, so the article scrolls past the chart', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off&height=1400', { viewport: { width: 1100, height: 700 } });
    const { x } = await chartCentre(page);
    await page.mouse.move(x, 300);
    const [a0, b0] = await range(page);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await range(page)).toEqual([a0, b0]);
    await page.close();
  });

  it('zooms in one step on a double-tap (not again for the dblclick the browser adds)', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off', { hasTouch: true });
    const [a0, b0] = await range(page);
    const box = (await page.locator('.eventline-svg').boundingBox())!;
    // Just above the axis, where no mark sits.
    const [x, y] = [box.x + box.width * 0.6, box.y + box.height - 60];
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
    await expect.poll(async () => { const [a, b] = await range(page); return b - a; }).toBeLessThan((b0 - a0) * 0.6);
    // Settled (the animation takes 450 ms): half the width, not a quarter.
    await page.waitForTimeout(700);
    const [a1, b1] = await range(page);
    expect((b1 - a1) / (b0 - a0)).toBeCloseTo(0.5, 2);
    await page.close();
  });
});
