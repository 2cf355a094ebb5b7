import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

const titles = raw.events.map((event) => event.title);

interface PhoneReading {
  orientation: string | undefined;
  /** Titles drawn whole: the text is the title, no box cuts it, and it lies inside the viewport's width. */
  whole: string[];
  sideways: boolean;
  /** Visible controls smaller than 24 × 24 CSS px. */
  small: string[];
  /** Distinct tops of the control bar's visible controls (one row: one top). */
  rows: number;
  barHeight: number;
}

/** Reads the story as a phone reader meets it (in the light DOM, or in `host`'s shadow root). */
function readPhone(page: Page, host = ''): Promise<PhoneReading> {
  return page.evaluate((hostSelector) => {
    const scope: ParentNode = hostSelector ? document.querySelector(hostSelector)!.shadowRoot! : document;
    const root = scope.querySelector<HTMLElement>('.eventline')!;
    const visible = (element: Element): boolean => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
    const whole = [...scope.querySelectorAll<HTMLElement>('.eventline-card-title')].filter((title) => {
      const box = title.getBoundingClientRect();
      return visible(title) && title.scrollWidth <= title.clientWidth + 1 && title.scrollHeight <= title.clientHeight + 1 && box.left >= 0 && box.right <= innerWidth;
    }).map((title) => title.textContent!.replace(/[\u2068\u2069]/g, ''));
    const targets = [...scope.querySelectorAll<HTMLElement>('.eventline button, .eventline a, .eventline select, .eventline [tabindex="0"]')].filter(visible);
    const small = targets.filter((target) => {
      const box = target.getBoundingClientRect();
      return box.width < 24 || box.height < 24;
    }).map((target) => `${target.className || target.tagName}: ${target.textContent!.slice(0, 30)}`);
    const controls = [...scope.querySelectorAll('.eventline-controls > *')].filter(visible);
    return {
      orientation: root.dataset.orientation,
      whole,
      sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      small,
      rows: new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top))).size,
      barHeight: scope.querySelector('.eventline-controls')!.getBoundingClientRect().height,
    };
  }, host);
}

describe.skipIf(!chromiumAvailable())('the news story on a phone (Chromium, touch)', () => {
  const chromium = useChromiumAndServer();

  async function phone(width: number, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport: { width, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, colorScheme });
    await page.goto(`${chromium.url}/tests/fixtures/browser/reading.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('.eventline-card');
    return page;
  }

  it.each([390, 320])('at %i px: every title whole, nothing sideways, targets of 24 px or more, one row of controls', async (width) => {
    const page = await phone(width);
    const reading = await readPhone(page);
    expect(reading.orientation).toBe('vertical');
    expect(titles.filter((title) => !reading.whole.includes(title))).toEqual([]);
    expect(reading.sideways).toBe(false);
    expect(reading.small).toEqual([]);
    expect(reading.rows).toBe(1);
    expect(reading.barHeight).toBeLessThan(60);
    await page.close();
  });

  it('opens the Paris summit in place on a tap, its details inside the viewport, and names the year being read', async () => {
    const page = await phone(390);
    const paris = page.locator('.eventline-card[data-event-id="paris-summit"] .eventline-card-head');
    await paris.scrollIntoViewIfNeeded();
    await paris.tap();
    await expect.poll(() => paris.getAttribute('aria-expanded')).toBe('true');
    // Wait for a smooth scroll (if any) to settle.
    await page.waitForFunction(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))));
    await page.waitForTimeout(400);
    const summary = page.locator('.eventline-card[data-event-id="paris-summit"] .eventline-detail-summary');
    const box = (await summary.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(await page.locator('.eventline-story-when').textContent()).toBe('2025');
    // No tooltip over the card, and the live region says what opened.
    expect(await page.locator('.eventline-tooltip').isVisible()).toBe(false);
    // A tap focuses the card: its name was just read, the news is what its details say.
    expect(await page.locator('.eventline-live').textContent()).toMatch(/^Tab for details: Macron hosted the coalition /);
    await page.close();
  });

  it('switches with the container: the chart when wide, the story when narrow, the selection kept', async () => {
    const page = await phone(390);
    await page.locator('.eventline-card[data-event-id="alaska-summit"] .eventline-card-head').tap();
    await page.setViewportSize({ width: 1000, height: 700 });
    await expect.poll(() => page.locator('.eventline').getAttribute('data-orientation')).toBe('horizontal');
    expect(await page.locator('.eventline-card').first().isVisible()).toBe(false);
    await expect.poll(() => page.locator('.eventline-event.is-selected').getAttribute('data-event-id')).toBe('alaska-summit');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.locator('.eventline').getAttribute('data-orientation')).toBe('vertical');
    expect(await page.locator('.eventline-card[data-event-id="alaska-summit"] .eventline-card-head').getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('shows the article example as a story in a phone column and as the chart on a desktop, in its shadow root', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    await page.goto(`${chromium.url}/examples/article.html`);
    const host = page.locator('event-timeline');
    await expect.poll(() => host.locator('.eventline-card').count()).toBe(raw.events.length);
    const reading = await readPhone(page, 'event-timeline');
    expect(reading.orientation).toBe('vertical');
    expect(titles.filter((title) => !reading.whole.includes(title))).toEqual([]);
    expect(reading.sideways).toBe(false);
    expect(reading.small).toEqual([]);
    // The article's selected event is open; the layout attribute can ask for the chart instead.
    expect(await host.locator('.eventline-card[data-event-id="paris-summit"] .eventline-card-head').getAttribute('aria-expanded')).toBe('true');
    await host.evaluate((element) => element.setAttribute('layout', 'horizontal'));
    await expect.poll(() => host.locator('.eventline').getAttribute('data-orientation')).toBe('horizontal');
    await page.setViewportSize({ width: 1100, height: 900 });
    await host.evaluate((element) => element.removeAttribute('layout'));
    await expect.poll(() => host.locator('.eventline-event').count()).toBeGreaterThan(5);
    expect(await host.locator('.eventline').getAttribute('data-orientation')).toBe('horizontal');
    await page.close();
  });

  it('draws a long story near the viewport: the heading names the card under it and one drawn card stays the tab stop', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await page.goto(`${chromium.url}/tests/fixtures/browser/timeline.html?width=370`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(() => {
      const events = Array.from({ length: 2000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i} in a long run of weekly events`, start: new Date(Date.UTC(1980, 0, 1 + 7 * i)).toISOString().slice(0, 10), sources: ['s'] }));
      (window as unknown as { timeline: { update(options: object): void } }).timeline.update({ dataset: { title: 'Weekly', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events } });
    });
    await page.waitForSelector('.eventline-card');
    await page.locator('.eventline-card-head').first().focus();
    await page.mouse.move(200, 500);
    for (let step = 0; step < 40; step++) {
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(20);
    }
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const heading = document.querySelector('.eventline-story-when')!;
      const line = heading.getBoundingClientRect().bottom + 1;
      const card = [...document.querySelectorAll('.eventline-card')].find((candidate) => candidate.getBoundingClientRect().bottom > line)!;
      return {
        heading: heading.textContent,
        year: card.querySelector('time')!.getAttribute('datetime')!.slice(0, 4),
        drawn: document.querySelectorAll('.eventline-card').length,
        stops: [...document.querySelectorAll<HTMLElement>('.eventline-card-head')].filter((head) => head.tabIndex === 0).length,
        scrolled: scrollY,
      };
    });
    expect(seen.scrolled).toBeGreaterThan(20_000);
    expect(seen.heading).toBe(seen.year);
    expect(seen.drawn).toBeLessThan(300);
    expect(seen.stops).toBe(1);
    await page.close();
  });
});
