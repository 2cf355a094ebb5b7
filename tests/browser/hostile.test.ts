/**
 * The XSS corpus (tests/hostile/corpus.ts) in Chromium, where a payload that got into the page would
 * run: through createTimeline from the one-tag script and through <event-timeline> (eventline JSON,
 * a spreadsheet CSV, TimelineJS JSON, and hostile links), across the chart, tooltip, detail panel,
 * list view, phone story, SVG and PNG export. Twice: under the strictest policy eventline promises to
 * work under (no inline script or style, Trusted Types with no policy), where the test is that
 * nothing is blocked because nothing tried; and with no policy at all, where the test is that nothing
 * ran. The same audit as the jsdom suite (tests/hostile/audit.ts) checks each view's DOM.
 */
import { JSDOM } from 'jsdom';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fromSpreadsheetCSV, fromTimelineJS } from '../../src/importers/index.js';
import { parseDataset } from '../../src/index.js';
import { auditTree, LIBRARY_ELEMENTS, plain, SVG_WRITER_ELEMENTS } from '../hostile/audit.js';
import { HOSTILE_URLS, hostileCsv, hostileDataset, hostileLinksDataset, hostileTimelineJS, PWNED_FLAG, XSS_TEXTS } from '../hostile/corpus.js';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

/** The part of the timeline handle the test drives. */
interface Handle {
  select(id: string | null): void;
  toSVG(): string;
  toPNG(): Promise<Blob>;
}
type TestWindow = Window & { timeline: Handle; cspViolations: string[] } & Record<string, unknown>;
type Host = HTMLElement & { timeline: Handle | null };

const IMPORT_OPTIONS = { today: '2025-09-05' };
/** What the page's data requests get: the corpus in each format, built here so there is one copy of it. */
const DATA: Record<string, { body: string; contentType: string }> = {
  'eventline.json': { body: JSON.stringify(hostileDataset()), contentType: 'application/json' },
  'links.json': { body: JSON.stringify(hostileLinksDataset()), contentType: 'application/json' },
  'sheet.csv': { body: hostileCsv(), contentType: 'text/csv; charset=utf-8' },
  'timelinejs.json': { body: JSON.stringify(hostileTimelineJS()), contentType: 'application/json' },
};
const ids = {
  chart: parseDataset(hostileDataset()).events.map((event) => event.id),
  csv: parseDataset(fromSpreadsheetCSV(hostileCsv(), undefined, IMPORT_OPTIONS)).events.map((event) => event.id),
  timelinejs: parseDataset(fromTimelineJS(hostileTimelineJS(), IMPORT_OPTIONS)).events.map((event) => event.id),
};
const titleOf = (id: string): string => XSS_TEXTS[Number(id.slice(1))]!;

/** What a page did that it should not have: dialogs opened, uncaught errors, windows opened. */
interface Watch {
  dialogs: string[];
  errors: string[];
  popups: string[];
}

describe.skipIf(!chromiumAvailable())('hostile data in Chromium', () => {
  const chromium = useChromiumAndServer();

  /** Opens `page` (a fixture) in its own context: data requests answered from the corpus, every other host refused (no network here, and none wanted). */
  async function open(path: string): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
    const context = await chromium.browser.newContext({ viewport: { width: 1100, height: 900 } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1') return route.abort();
      const data = DATA[url.pathname.replace('/tests/fixtures/browser/hostile-data/', '')];
      return data ? route.fulfill({ status: 200, body: data.body, contentType: data.contentType }) : route.continue();
    });
    const page = await context.newPage();
    const watch: Watch = { dialogs: [], errors: [], popups: [] };
    page.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => watch.errors.push(String(error)));
    page.on('popup', (popup) => watch.popups.push(popup.url()));
    await page.goto(`${chromium.url}/tests/fixtures/browser/${path}`);
    await page.waitForSelector('body[data-ready="true"]');
    for (const host of ['element', 'csv', 'timelinejs']) await page.waitForSelector(`#${host} .eventline-event`);
    await page.waitForSelector('#links .eventline-error li');
    return { context, page, watch };
  }

  const audit = (page: Page, selector: string): Promise<string[]> => page.$eval(selector, auditTree, LIBRARY_ELEMENTS);
  /** The audit of an <event-timeline>'s shadow root: the element itself and its src are the page's, not the data's. */
  async function auditShadow(page: Page, id: string): Promise<string[]> {
    const shadow = await page.evaluateHandle((host) => document.getElementById(host)!.shadowRoot!, id);
    return shadow.evaluate(auditTree, LIBRARY_ELEMENTS);
  }

  /**
   * Goes through every view with the corpus in it, checking each view's DOM and what it shows. A
   * payload that slipped into the page would run (or, under the policy, be blocked) along the way.
   */
  async function walkViews(page: Page): Promise<void> {
    expect(await audit(page, '#chart')).toEqual([]);

    // Tooltip: hovering a mark shows its title as text.
    for (const mark of (await page.locator('#chart .eventline-point').all()).slice(0, 6)) {
      await mark.hover();
      const id = (await mark.getAttribute('data-event-id'))!;
      await expect.poll(async () => plain((await page.locator('#chart .eventline-tooltip strong').textContent()) ?? '')).toBe(plain(titleOf(id)));
    }
    expect(await audit(page, '#chart .eventline-tooltip')).toEqual([]);

    // Detail panel: a click on a mark, then every event in turn.
    await page.locator('#chart .eventline-point').first().click();
    await page.waitForSelector('#chart .eventline-detail:not([hidden])');
    const titles = await page.evaluate((all) => all.map((id) => {
      (window as unknown as TestWindow).timeline.select(id);
      return document.querySelector('#chart .eventline-detail-title')!.textContent;
    }), ids.chart);
    expect(titles).toEqual(ids.chart.map(titleOf));
    expect(await audit(page, '#chart')).toEqual([]);
    // The sources' links are the allowed URLs, one href each (no attribute more).
    const links = await page.$$eval('#chart .eventline-detail a', (anchors) => (anchors as HTMLAnchorElement[]).map((anchor) => [anchor.protocol, anchor.attributes.length] as const));
    expect(links.length).toBeGreaterThan(0);
    for (const [protocol, attributes] of links) {
      expect(['http:', 'https:', 'mailto:']).toContain(protocol);
      expect(attributes).toBe(3);
    }

    // Export: the chart as SVG (checked here, in Node) and as PNG (drawn through an image in the page).
    const svg = await page.evaluate(() => (window as unknown as TestWindow).timeline.toSVG());
    const document = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(auditTree(document.documentElement, SVG_WRITER_ELEMENTS)).toEqual([]);
    expect(document.querySelector('title')!.textContent).toBe(XSS_TEXTS[1]);
    const png = await page.evaluate(async () => {
      const blob = await (window as unknown as TestWindow).timeline.toPNG();
      return [blob.type, blob.size > 0];
    });
    expect(png).toEqual(['image/png', true]);

    // List view: the story of cards, three of them opened.
    await page.locator('#chart .eventline-button-list').click();
    for (const id of ['x2', 'x9', 'x14']) await page.locator(`#chart .eventline-card[data-event-id="${id}"] .eventline-card-head`).click();
    expect((await page.locator('#chart .eventline-card-title').allTextContents()).map(plain)).toEqual(ids.chart.map((id) => plain(titleOf(id))));
    expect(await audit(page, '#chart')).toEqual([]);

    // The element: every event's details in its shadow root, then the phone story with cards open.
    const elementTitles = await page.evaluate((all) => {
      const host = document.getElementById('element') as Host;
      return all.map((id) => {
        host.timeline!.select(id);
        return host.shadowRoot!.querySelector('.eventline-detail-title')!.textContent;
      });
    }, ids.chart);
    expect(elementTitles).toEqual(ids.chart.map(titleOf));
    await page.evaluate(() => document.getElementById('element')!.setAttribute('layout', 'vertical'));
    for (const id of ['x0', 'x7', 'x19']) await page.locator(`#element .eventline-card[data-event-id="${id}"] .eventline-card-head`).click();
    expect(await auditShadow(page, 'element')).toEqual([]);

    // Imported formats through the element: every event opened.
    for (const host of ['csv', 'timelinejs'] as const) {
      await page.evaluate(([id, all]) => {
        const element = document.getElementById(id!) as Host;
        for (const event of all as string[]) element.timeline!.select(event);
      }, [host, ids[host]] as const);
      expect(await auditShadow(page, host)).toEqual([]);
    }

    // Hostile links: refused, each named by where it is, shown as text; no link or image drawn.
    const problems = await page.locator('#links .eventline-error li').allTextContents();
    expect(problems.filter((line) => /^sources\[\d+\]\.url: /.test(line))).toHaveLength(HOSTILE_URLS.length);
    expect(await page.locator('#links a, #links img').count()).toBe(0);
    expect(await auditShadow(page, 'links')).toEqual([]);
  }

  const flag = (page: Page): Promise<unknown> => page.evaluate((name) => (window as unknown as TestWindow)[name], PWNED_FLAG);

  it('under a strict CSP with Trusted Types: every view works, nothing is blocked, nothing runs', async () => {
    const { context, page, watch } = await open('hostile.html');
    await walkViews(page);
    expect(await page.evaluate(() => (window as unknown as TestWindow).cspViolations)).toEqual([]);
    expect(await flag(page)).toBeUndefined();
    expect(watch).toEqual({ dialogs: [], errors: [], popups: [] });
    // The page links no stylesheet: the one-tag script adopted its own, a constructed sheet the policy allows.
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    // Self-check: the policy is in force and its violations are recorded, so the empty list above means something.
    const refused = await page.evaluate(() => {
      try {
        document.createRange().createContextualFragment('<img src=x onerror="window.__eventlinePwned=0">');
        return 'parsed';
      } catch (error) {
        return String(error);
      }
    });
    expect(refused).toMatch(/TrustedHTML/);
    await expect.poll(() => page.evaluate(() => (window as unknown as TestWindow).cspViolations.join('\n'))).toMatch(/require-trusted-types-for/);
    await context.close();
  });

  it('with no CSP at all: no payload runs, no dialog opens, no window opens', async () => {
    const { context, page, watch } = await open('hostile-open.html');
    await walkViews(page);
    expect(await flag(page)).toBeUndefined();
    expect(watch).toEqual({ dialogs: [], errors: [], popups: [] });
    // Self-check: markup parsed into this page does run, and the flag says so.
    await page.evaluate(() => document.body.append(document.createRange().createContextualFragment('<img src=x onerror="window.__eventlinePwned=\'self-check\'">')));
    await expect.poll(() => flag(page)).toBe('self-check');
    await context.close();
  });
});
