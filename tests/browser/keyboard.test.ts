import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };
import { NEWS_IN_TIME_ORDER } from '../support/newsOrder.js';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

const inTimeOrder = NEWS_IN_TIME_ORDER;

interface FocusState {
  id: string | null;
  tabStops: number;
  outline: string;
}

const focusState = (page: Page): Promise<FocusState> =>
  page.evaluate(() => {
    const active = document.activeElement;
    const style = active ? getComputedStyle(active) : null;
    return {
      id: active?.getAttribute('data-event-id') ?? null,
      tabStops: document.querySelectorAll('.eventline-svg [tabindex="0"]').length,
      outline: style ? `${style.stroke} ${style.strokeWidth}` : '',
    };
  });

describe.skipIf(!chromiumAvailable())('keyboard and screen-reader support in Chromium', () => {
  const chromium = useChromiumAndServer();

  it('walks every event of the news dataset in time order with the right arrow, one tab stop at a time', async () => {
    const page = await openTimelinePage(chromium);
    // One Tab from the page reaches the chart (after the toolbar's buttons).
    await page.locator('.eventline-svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    const visited: Array<string | null> = [];
    for (let i = 0; i < inTimeOrder.length; i++) {
      const state = await focusState(page);
      visited.push(state.id);
      expect(state.tabStops, `one tab stop at ${state.id}`).toBe(1);
      await page.keyboard.press('ArrowRight');
    }
    expect(visited).toEqual(inTimeOrder);
    // The focus ring is drawn: a 3 px stroke in the focus colour.
    expect((await focusState(page)).outline).toMatch(/rgb\(11, 87, 208\) 3px/);
    await page.keyboard.press('End');
    expect((await focusState(page)).id).toBe(inTimeOrder[inTimeOrder.length - 1]);
    await page.keyboard.press('ArrowLeft');
    expect((await focusState(page)).id).toBe(inTimeOrder[inTimeOrder.length - 2]);
    await page.close();
  });

  it('keeps focus in the chart when Page Down reaches a screen with no events, and on a cluster after zooming out', async () => {
    const page = await openTimelinePage(chromium);
    await page.locator('.eventline-svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('PageDown');
      expect(await page.evaluate(() => document.activeElement?.closest('.eventline-svg') !== null), `after PageDown ${i + 1}`).toBe(true);
    }
    await page.keyboard.press('End');
    for (let i = 0; i < 3; i++) await page.keyboard.press('-');
    await page.keyboard.press('0');
    expect(await page.evaluate(() => document.activeElement?.closest('.eventline-svg') !== null)).toBe(true);
    expect((await focusState(page)).tabStops).toBe(1);
    await page.close();
  });

  it('draws a focus ring of at least 2 px in forced-colours mode too', async () => {
    const page = await openTimelinePage(chromium);
    await page.emulateMedia({ forcedColors: 'active' });
    await page.locator('.eventline-svg [tabindex="0"]').focus();
    await page.keyboard.press('ArrowRight');
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      const highlight = document.createElement('div');
      highlight.style.color = 'Highlight';
      document.body.append(highlight);
      const expected = getComputedStyle(highlight).color;
      highlight.remove();
      return { stroke: style.stroke, width: parseFloat(style.strokeWidth), expected };
    });
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(ring.stroke).toBe(ring.expected);
    await page.close();
  });

  it('opens an event with Enter, announces it, and Escape closes it and returns focus to the event', async () => {
    const page = await openTimelinePage(chromium);
    await page.locator('.eventline-svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const id = (await focusState(page)).id;
    await page.keyboard.press('Enter');
    await expect.poll(() => page.$eval('.eventline-detail', (detail) => (detail as HTMLElement).hidden)).toBe(false);
    // The event's name was just read: the news is the start of its summary, and how to read the rest.
    const lead = raw.events.find((event) => event.id === id)!.summary!.split(' ').slice(0, 4).join(' ');
    const announced = await page.$eval('.eventline-live', (live) => live.textContent ?? '');
    expect(announced.startsWith(`Tab for details: ${lead}`), announced).toBe(true);
    expect(announced.length).toBeLessThanOrEqual(150);
    // Escape from inside the detail panel (its close button) closes it and returns to the event.
    await page.locator('.eventline-detail-close').focus();
    await page.keyboard.press('Escape');
    expect(await page.$eval('.eventline-detail', (detail) => (detail as HTMLElement).hidden)).toBe(true);
    expect((await focusState(page)).id).toBe(id);
    expect(await page.$eval('.eventline-live', (live) => live.textContent)).toBe('Details closed.');
    await page.close();
  });

  it('zooms with + - 0 and with the visible buttons, and announces the new range once', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&gaps=off');
    const span = (): Promise<number> => page.evaluate(() => {
      const [a, b] = (window as unknown as { timeline: { getState(): { range: [Date, Date] } } }).timeline.getState().range;
      return b.getTime() - a.getTime();
    });
    const whole = await span();
    await page.locator('.eventline-svg [tabindex="0"]').focus();
    await page.keyboard.press('+');
    expect(await span()).toBeCloseTo(whole / 2, -3);
    await page.keyboard.press('-');
    expect(await span()).toBeCloseTo(whole, -3);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(span).toBeLessThan(whole * 0.6);
    await expect.poll(() => page.$eval('.eventline-live', (live) => live.textContent ?? '')).toMatch(/^Showing .+ to .+\.$/);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(span).toBeCloseTo(whole, -3);
    // Tab from the toolbar into the chart.
    await page.keyboard.press('Tab');
    await page.keyboard.press('0');
    // The key help shows while the keyboard is in the chart; a screen reader hears it on demand (?), not on every entry.
    const help = page.locator('.eventline-chart ~ .eventline-keys');
    expect((await help.boundingBox())!.width).toBeGreaterThan(200);
    expect(await help.getAttribute('aria-hidden')).toBe('true');
    expect(await page.$eval('.eventline', (root) => root.hasAttribute('aria-describedby'))).toBe(false);
    // (After the zoom's own announcement, which waits 600 ms for the zoom to pause.)
    await page.waitForTimeout(800);
    await page.keyboard.press('?');
    expect(await page.$eval('.eventline-live', (live) => live.textContent)).toBe(await help.textContent());
    await page.close();
  });

  it('steps through the story with the previous and next buttons, the detail panel following', async () => {
    const page = await openTimelinePage(chromium);
    const next = page.getByRole('button', { name: 'Next event' });
    await next.click();
    await next.click();
    const heading = await page.$eval('.eventline-detail', (detail) => detail.textContent ?? '');
    const second = raw.events.find((event) => event.id === inTimeOrder[1])!;
    expect(heading).toContain(second.title);
    expect(await page.evaluate(() => (window as unknown as { timeline: { getState(): { selected: string | null } } }).timeline.getState().selected)).toBe(second.id);
    await page.getByRole('button', { name: 'Previous event' }).click();
    expect(await page.evaluate(() => (window as unknown as { timeline: { getState(): { selected: string | null } } }).timeline.getState().selected)).toBe(inTimeOrder[0]);
    // At the start of the story the button says so, and keeps the keyboard where it was.
    expect(await page.getByRole('button', { name: 'Previous event' }).getAttribute('aria-disabled')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('← Previous event');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { timeline: { getState(): { selected: string | null } } }).timeline.getState().selected)).toBe(inTimeOrder[0]);
    await page.close();
  });
});
