import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, openTimelinePage, useChromiumAndServer } from './chromium.js';

const axisText = (page: Page): Promise<string> =>
  page.$$eval('.eventline-svg .eventline-tick text, .eventline-svg .eventline-tick-major', (texts) => texts.map((text) => text.textContent).join(' '));
const breakCount = (page: Page): Promise<number> => page.locator('.eventline-svg .eventline-axis-break').count();
/** Centre x of an event's own mark on screen. */
const markX = async (page: Page, id: string): Promise<number> => {
  const box = (await page.locator(`.eventline-svg .eventline-event[data-event-id="${id}"]`).boundingBox())!;
  return box.x + box.width / 2;
};

describe.skipIf(!chromiumAvailable())('gap compression in Chromium', () => {
  const chromium = useChromiumAndServer();

  it('shows 1953, 2014, 2022 and the days of early September 2025 in one view, with breaks on the axis', async () => {
    const page = await openTimelinePage(chromium);
    expect(await breakCount(page)).toBe(5);
    // Each gap's length is written under its cut.
    expect(await page.locator('.eventline-svg .eventline-axis-break-length').first().textContent()).toBe('60 years');
    expect(await axisText(page)).toMatch(/1953.*2014.*2022.*August 2025.*September 2025/);
    for (const id of ['korean-armistice', 'crimea-annexation', 'full-scale-invasion', 'istanbul-talks', 'alaska-summit']) {
      expect(await page.locator(`.eventline-svg .eventline-event[data-event-id="${id}"]`).count(), id).toBe(1);
    }
    // A day of September 2025 is wide enough to tell 3, 4 and 5 September apart.
    const third = await markX(page, 'beijing-parade');
    const fourth = await markX(page, 'trump-very-good-dialogue');
    const fifth = await markX(page, 'vladivostok-remarks');
    expect(fourth - third).toBeGreaterThan(20);
    expect(fifth - fourth).toBeGreaterThan(20);
    await page.close();
  });

  it('expands a gap when its break on the axis is clicked, and says so', async () => {
    const page = await openTimelinePage(chromium, 'width=1000&scale=linear');
    await page.locator('.eventline-svg .eventline-axis-break').nth(1).click();
    await expect.poll(() => breakCount(page)).toBe(2);
    expect(await axisText(page)).toMatch(/2016.*2018.*2020/);
    await expect.poll(() => page.locator('.eventline-live').textContent()).toBe('Expanded 7 years 11 months without events.');
    await page.close();
  });

  it('draws every gap at full length from the keyboard with the toggle button, and shortens them again', async () => {
    const page = await openTimelinePage(chromium);
    const toggle = page.getByRole('button', { name: 'True time scale' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await breakCount(page)).toBe(0);
    // Linear time: 1953 to 2025 spread evenly, decades on the axis.
    expect(await axisText(page)).toMatch(/1960.*1980.*2000.*2020/);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await breakCount(page)).toBe(5);
    await page.close();
  });
});
