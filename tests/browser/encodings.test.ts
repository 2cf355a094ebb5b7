import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

/**
 * The one-tag script and its add-ons in pages that are not UTF-8 (#22). A classic script whose server
 * names no charset is decoded in the page's encoding, so a script with raw UTF-8 in it breaks in older
 * CMS pages: a SyntaxError, or text that reads as mojibake. The repository's test server always sends
 * `charset=utf-8`, which is what hides the problem, so here every page and script is answered through
 * Playwright's router with a bare `text/html` or `text/javascript`, as many CDNs and CMSs answer.
 */
const PAGES = [
  // No charset anywhere: Chromium takes its default for an English page, windows-1252.
  { name: 'no-charset', label: 'no charset', meta: '', characterSet: 'windows-1252' },
  { name: 'windows-1252', label: 'windows-1252', meta: '<meta charset="windows-1252">', characterSet: 'windows-1252' },
  // The Encoding Standard reads the label iso-8859-1 as windows-1252.
  { name: 'iso-8859-1', label: 'iso-8859-1', meta: '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', characterSet: 'windows-1252' },
  { name: 'shift_jis', label: 'shift_jis', meta: '<meta charset="shift_jis">', characterSet: 'Shift_JIS' },
  { name: 'utf-8', label: 'utf-8', meta: '<meta charset="utf-8">', characterSet: 'UTF-8' },
] as const;

/** Every script of the one-tag build a page may load: the script, both add-ons, a Cyrillic and an Arabic locale. */
const SCRIPTS = ['/dist/eventline.iife.js', '/dist/eventline-importers.js', '/dist/eventline-export.js', '/dist/locales/uk.js', '/dist/locales/ar.js'];

/**
 * The page, ASCII only (so its bytes are the same in all five encodings): the scripts, and a chart of the
 * news dataset in Ukrainian with an event open.
 */
const pageHtml = (meta: string): string => `<!doctype html>
<html lang="en">
<head>
  ${meta}
  <title>eventline in a page that may not be UTF-8</title>
  ${SCRIPTS.map((src) => `<script src="${src}"></script>`).join('\n  ')}
</head>
<body>
  <event-timeline id="chart" src="/data/ukraine-security-guarantees.json" locale="uk" selected="crimea-annexation" height="420"></event-timeline>
</body>
</html>
`;

/** The text content of every match of `selector` in the chart's shadow root. */
const inChart = (page: Page, selector: string): Promise<string[]> =>
  page.evaluate((css) => [...(document.getElementById('chart')!.shadowRoot?.querySelectorAll(css) ?? [])].map((node) => node.textContent ?? ''), selector);

describe.skipIf(!chromiumAvailable())('the one-tag script in pages of other encodings', () => {
  const chromium = useChromiumAndServer();

  /** Opens the page declared as `meta`, its scripts served without a charset; collects the page's errors. */
  async function open(name: string, meta: string): Promise<{ page: Page; errors: string[] }> {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const pagePath = `/encodings/${name}.html`;
    await page.route(`${chromium.url}/**`, async (route: Route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === pagePath) {
        await route.fulfill({ status: 200, headers: { 'content-type': 'text/html' }, body: pageHtml(meta) });
      } else if (pathname.endsWith('.js')) {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/javascript' } });
      } else {
        await route.continue();
      }
    });
    await page.goto(`${chromium.url}${pagePath}`);
    return { page, errors };
  }

  for (const { name, label, meta, characterSet } of PAGES) {
    it(`loads every script and draws the chart, its text intact, in a page declaring ${label}`, async () => {
      const { page, errors } = await open(name, meta);
      expect(await page.evaluate(() => document.characterSet)).toBe(characterSet);
      // Every script ran (a SyntaxError would be reported here, the page having loaded).
      expect(errors).toEqual([]);
      expect(await page.evaluate(() => typeof (window as unknown as { eventline?: unknown }).eventline)).toBe('object');
      await expect.poll(() => inChart(page, '.eventline-event').then((marks) => marks.length)).toBeGreaterThan(5);

      // Text the script carries: the buttons' arrows and minus sign, the close button's cross.
      expect(await inChart(page, '.eventline-button-previous')).toEqual(['← Previous event']);
      expect(await inChart(page, '.eventline-button-next')).toEqual(['Next event →']);
      // U+2212, the minus sign, not a hyphen.
      expect(await inChart(page, '.eventline-button-zoomOut')).toEqual(['\u2212 Zoom out']);
      expect(await inChart(page, '.eventline-detail-close')).toEqual(['×']);
      // The Ukrainian add-on's month name, then the Arabic add-on's.
      await expect.poll(() => inChart(page, '.eventline-detail-date')).toEqual(['18-е березня 2014 р.']);
      await page.evaluate(() => document.getElementById('chart')!.setAttribute('locale', 'ar'));
      await expect.poll(() => inChart(page, '.eventline-detail-date')).toEqual(['18 مارس 2014']);

      const addOns = await page.evaluate(async () => {
        type Eventline = { htmlToText(html: string): string; renderToSVGString(dataset: unknown, options: { width: number }): string };
        const { eventline } = window as unknown as { eventline: Eventline };
        const dataset: unknown = await (await fetch('/data/ukraine-security-guarantees.json')).json();
        return {
          // The importers add-on's table of HTML entities.
          entities: eventline.htmlToText('1914&ndash;1918 &hellip; &ldquo;quoted&rdquo;'),
          // The export add-on's story writer joins a card's lane and category with a middle dot.
          story: eventline.renderToSVGString(dataset, { width: 400 }).includes('War · annexation'),
        };
      });
      expect(addOns).toEqual({ entities: '1914–1918 … “quoted”', story: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
