import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/model/parseDataset.js';
import { TEST_ZONES } from '../support/timeZones.js';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';
const dataset = parseDataset(JSON.parse(readFileSync(new URL('../../data/ukraine-security-guarantees.json', import.meta.url), 'utf8')));
const idsInTimeOrder = dataset.events.map((event) => event.id);

describe.skipIf(!chromiumAvailable())('the one-tag build and demo page in Chromium', () => {
  const chromium = useChromiumAndServer();

  /** Opens the demo (optionally with ?data=) and fails on any page error or CSP violation. */
  async function openDemo(query = '', timezoneId = 'Asia/Kolkata'): Promise<{ page: Page; errors: string[] }> {
    const context = await chromium.browser.newContext({ timezoneId });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${chromium.url}/demo/${query}`);
    await page.waitForFunction(() => !document.querySelector('.demo-status'));
    return { page, errors };
  }

  it('defines the eventline global from one script tag', async () => {
    const { page, errors } = await openDemo();
    const api = await page.evaluate(() => Object.keys((window as unknown as { eventline: object }).eventline).sort());
    expect(api).toEqual(expect.arrayContaining(['parseDataset', 'validateDataset', 'EventlineDataError', 'formatISODate']));
    expect(errors).toEqual([]);
  });

  it.each(TEST_ZONES.filter(([zone]) => zone !== 'UTC'))(
    'lists every event of the news dataset in time order, on the same day in %s',
    async (zone, offset) => {
      const { page, errors } = await openDemo('', zone);
      const ids = await page.$$eval('.demo-events > li', (items) => items.map((item) => (item as HTMLElement).dataset.eventId));
      expect(await page.evaluate(() => new Date(Date.UTC(2022, 1, 24, 12)).getTimezoneOffset())).toBe(offset);
      expect(ids).toEqual(idsInTimeOrder);
      expect(ids).toEqual(expect.arrayContaining(['full-scale-invasion', 'paris-summit', 'vladivostok-remarks']));
      const invasion = page.locator('[data-event-id="full-scale-invasion"] time');
      await expect(invasion.getAttribute('datetime')).resolves.toBe('2022-02-24');
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );

  it('shows hostile text from data as text, never as markup', async () => {
    const { page, errors } = await openDemo('?data=/tests/fixtures/browser/hostile.json');
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror="window.__pwned=1">Hostile title');
    expect(await page.locator('.demo-title').textContent()).toBe('<img src=x onerror="window.__pwned=3">');
    expect(await page.locator('#demo img, #demo svg:not(.eventline-svg):not(.eventline-overview), #demo script, #demo b, .eventline-svg foreignObject').count()).toBe(0);
    await expect(page.locator('.eventline-label').first().textContent()).resolves.toContain('<img');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  it('shows every validation problem as a readable error state', async () => {
    const { page } = await openDemo('?data=/tests/fixtures/browser/invalid.json');
    await expect(page.getByRole('alert').locator('li').allTextContents()).resolves.toEqual([
      'events[0].start: "2022-13-01" is not a valid date (there is no month 13)',
      'events[1].sources[0]: "nope" is not the id of any source (known: s)',
    ]);
  });
});
