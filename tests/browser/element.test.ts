import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

type Host = Omit<HTMLElement, 'dataset'> & { timeline: { getState(): { range: [Date, Date]; selected: string | null }; toSVG(): string; toPNG(): Promise<Blob> } | null; dataset: unknown };

/** Runs `query` inside the shadow root of `#id`. */
const statusHeight = (page: Page, id: string): Promise<number> =>
  page.evaluate((host) => document.getElementById(host)!.shadowRoot!.querySelector('.eventline-status')!.getBoundingClientRect().height, id);
const inShadow = (page: Page, id: string, selector: string): Promise<string[]> =>
  page.evaluate(([host, css]) => [...(document.getElementById(host!)!.shadowRoot?.querySelectorAll(css!) ?? [])].map((node) => node.textContent ?? ''), [id, selector]);

const NO_DATA = 'No timeline data: give the element a src attribute, an inline <script type="application/json">, or a dataset property.';

/**
 * Serves `page` (a fixture) split at its `<!-- pause … -->` comments: the first piece at once, each next
 * one when the test calls `next()`, so the parser sees a piece before the test lets the next arrive. The
 * static server cannot hold a response open; this one also serves the one-tag script the page loads.
 */
async function streamPage(page: string): Promise<{ url: string; next(): void; close(): Promise<void> }> {
  const root = new URL('../../', import.meta.url);
  const pieces = readFileSync(new URL(page, root), 'utf8').split(/<!-- pause[^>]*-->\n?/);
  const releases: Array<() => void> = [];
  const gates = pieces.map(() => new Promise<void>((resolve) => releases.push(resolve)));
  const server = createServer(async (request, response) => {
    if (request.url === '/dist/eventline.iife.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      return response.end(readFileSync(new URL('dist/eventline.iife.js', root)));
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    for (const [index, piece] of pieces.entries()) {
      if (index > 0) await gates[index];
      response.write(piece);
    }
    response.end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  let released = 0;
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    next: () => releases[++released]?.(),
    close: () => {
      releases.forEach((release) => release());
      return new Promise((done) => server.close(() => done()));
    },
  };
}

describe.skipIf(!chromiumAvailable())('<event-timeline> in Chromium', () => {
  const chromium = useChromiumAndServer();

  async function open(path: string): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${chromium.url}${path}`);
    await page.waitForFunction(() => customElements.get('event-timeline') !== undefined);
    return page;
  }

  it('renders from src, from inline JSON, and says which URL failed and why, under a strict CSP without violations', async () => {
    const page = await open('/tests/fixtures/browser/element.html');
    await expect.poll(() => inShadow(page, 'remote', '.eventline-event').then((marks) => marks.length)).toBeGreaterThan(5);
    await expect.poll(() => inShadow(page, 'inline', '.eventline-label')).toContain('Paris <summit>');
    await expect.poll(() => inShadow(page, 'missing', '.eventline-status[role="alert"]')).toEqual([
      `Could not load the timeline data from ${chromium.url}/no-such-file.json: the server answered 404 Not Found`,
    ]);
    // A failure in place of the chart is a panel a reader sees, not a line.
    expect(await statusHeight(page, 'missing')).toBeGreaterThanOrEqual(120);
    // An invalid dataset lists its problems as text; an empty one says so.
    await expect.poll(() => inShadow(page, 'invalid', '.eventline-error li')).toEqual([
      'events[0].start: "2022-13-01" is not a valid date (there is no month 13)',
      'events[0].sources[0]: "nope" is not the id of any source (the dataset lists no sources)',
    ]);
    await expect.poll(() => inShadow(page, 'empty', '.eventline-empty')).toEqual(['No events to show.']);
    // The stylesheet is adopted (constructable), not injected: nothing was blocked.
    expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.adoptedStyleSheets.length)).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.close();
  });

  it('updates the view when attributes change, reflects the selection, and dispatches the component’s events', async () => {
    const page = await open('/tests/fixtures/browser/element.html');
    await expect.poll(() => inShadow(page, 'remote', '.eventline-event').then((marks) => marks.length)).toBeGreaterThan(5);
    await page.evaluate(() => {
      const host = document.getElementById('remote')!;
      (window as unknown as { selections: unknown[] }).selections = [];
      document.addEventListener('eventline:select', (event) => (window as unknown as { selections: unknown[] }).selections.push([(event.target as Element).id, (event as CustomEvent).detail.id]));
      host.setAttribute('theme', 'dark');
      host.setAttribute('locale', 'de');
      host.setAttribute('compress-gaps', 'false');
      host.setAttribute('selected', 'crimea-annexation');
    });
    expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.querySelector('.eventline')!.getAttribute('data-theme'))).toBe('dark');
    expect(await inShadow(page, 'remote', '.eventline-axis-break')).toEqual([]);
    expect(await inShadow(page, 'remote', '.eventline-detail-title')).toEqual(['Russia annexes Crimea']);
    // German is an add-on script: until it is loaded the element says what to load, and stays English.
    expect(await inShadow(page, 'remote', '.eventline-status')).toEqual([
      'Ignored: locale="de" is not loaded (English is built in): load dist/locales/de.js after the eventline script, or call registerLocale("de", locale) with a date-fns locale.',
    ]);
    expect(await inShadow(page, 'remote', '.eventline-detail-date')).toEqual(['18 March 2014']);
    await page.addScriptTag({ url: '/dist/locales/de.js' });
    await expect.poll(() => inShadow(page, 'remote', '.eventline-detail-date')).toEqual(['18. März 2014']);
    expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.querySelector<HTMLElement>('.eventline-status')!.hidden)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { selections: unknown[] }).selections)).toEqual([['remote', 'crimea-annexation']]);
    // A click inside the shadow root selects, and the attribute follows.
    await page.locator('#remote').locator('[data-event-id="full-scale-invasion"].eventline-event').click();
    await expect.poll(() => page.getAttribute('#remote', 'selected')).toBe('full-scale-invasion');
    await page.evaluate(() => {
      const host = document.getElementById('remote')!;
      host.setAttribute('start', '2025-08-01');
      host.setAttribute('end', '2025-09-10');
    });
    await expect.poll(() => page.evaluate(() => (document.getElementById('remote') as unknown as Host).timeline!.getState().range[0].toISOString().slice(0, 7))).toBe('2025-08');
    // With the hash attribute, a selection is written to the URL.
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('hash', ''));
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('selected', 'alaska-summit'));
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#event=alaska-summit');
    // The lane order follows the lanes attribute.
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('lanes', 'Security guarantees, War'));
    expect(await page.evaluate(() => [...document.getElementById('remote')!.shadowRoot!.querySelectorAll('.eventline-lane')].map((lane) => lane.getAttribute('data-lane')))).toEqual(['Security guarantees', 'War', 'Diplomacy']);
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('height', 'tall'));
    expect(await inShadow(page, 'remote', '.eventline-status')).toEqual(['Ignored: height="tall" is not a number of pixels.']);
    // An id the data does not have is named too (#25), with the other problems; like select(), the
    // timeline ignores it and keeps what the reader had selected.
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('selected', 'paris'));
    expect(await inShadow(page, 'remote', '.eventline-status[role="alert"]')).toEqual(['Ignored: height="tall" is not a number of pixels; selected="paris" is not an event id of this timeline.']);
    expect(await inShadow(page, 'remote', '.eventline-detail-title')).toEqual(['Trump–Putin summit in Alaska']);
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('height', '480'));
    expect(await inShadow(page, 'remote', '.eventline-status')).toEqual(['Ignored: selected="paris" is not an event id of this timeline.']);
    // A selection made in the chart replaces it, and the line clears.
    await page.evaluate(() => (document.getElementById('remote') as unknown as { timeline: { select(id: string): void } }).timeline.select('crimea-annexation'));
    await expect.poll(() => page.getAttribute('#remote', 'selected')).toBe('crimea-annexation');
    expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.querySelector<HTMLElement>('.eventline-status')!.hidden)).toBe(true);
    await page.close();
  });

  it('keeps the keyboard’s place inside the shadow root when the chart redraws', async () => {
    const page = await open('/tests/fixtures/browser/element.html');
    await expect.poll(() => inShadow(page, 'remote', '.eventline-event').then((marks) => marks.length)).toBeGreaterThan(5);
    await page.locator('#remote').locator('.eventline-svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    const focusedName = (): Promise<string | null> => page.evaluate(() => document.getElementById('remote')!.shadowRoot!.activeElement?.getAttribute('aria-label') ?? null);
    expect(await focusedName()).toBe('Russia annexes Crimea, 18 March 2014');
    // A redraw the keyboard did not cause (an attribute change) keeps the focused mark as the tab stop.
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('height', '480'));
    expect(await focusedName()).toBe('Russia annexes Crimea, 18 March 2014');
    expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.activeElement?.getAttribute('tabindex'))).toBe('0');
    await page.close();
  });

  it('keeps the reader’s state (an expanded gap) when an attribute such as theme changes', async () => {
    const page = await open('/tests/fixtures/browser/element.html');
    await expect.poll(() => inShadow(page, 'remote', '.eventline-axis-break').then((marks) => marks.length)).toBe(5);
    await page.locator('#remote').locator('.eventline-axis-break').first().click();
    const expanded = (await inShadow(page, 'remote', '.eventline-axis-break')).length;
    expect(expanded).toBeLessThan(5);
    await page.evaluate(() => document.getElementById('remote')!.setAttribute('theme', 'dark'));
    expect((await inShadow(page, 'remote', '.eventline-axis-break')).length).toBe(expanded);
    await page.close();
  });

  it('says it is loading while the data is on its way', async () => {
    const page = await chromium.browser.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/data/ukraine-security-guarantees.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${chromium.url}/tests/fixtures/browser/element.html`);
    await expect.poll(() => inShadow(page, 'remote', '.eventline-status[role="status"]')).toEqual(['Loading timeline…']);
    // The chart's room is kept while it loads (height="420"), so the page does not jump when it arrives.
    expect(await statusHeight(page, 'remote')).toBe(420);
    release();
    await expect.poll(() => inShadow(page, 'remote', '.eventline-event').then((marks) => marks.length)).toBeGreaterThan(5);
    expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.querySelector<HTMLElement>('.eventline-status')!.hidden)).toBe(true);
    await page.close();
  });

  it('waits for inline JSON the parser has not reached (the script in the head without defer), and says there is none only once the page is parsed', async () => {
    const stream = await streamPage('tests/fixtures/browser/streamed.html');
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.addInitScript(() => {
      const errors: string[] = ((window as unknown as { loadErrors: string[] }).loadErrors = []);
      document.addEventListener('eventline:error', (event) => errors.push((event.target as Element).id));
    });
    try {
      await page.goto(`${stream.url}/`, { waitUntil: 'commit' });
      // The first piece ends with the element's start tag: it is upgraded with no children yet.
      await page.waitForFunction(() => document.getElementById('streamed')?.shadowRoot?.querySelector('.eventline-status') != null);
      expect(await inShadow(page, 'streamed', '.eventline-status[role="status"]')).toEqual(['Loading timeline…']);
      // The script arrives with part of its text (the rest is held back): still loading, no error.
      stream.next();
      await page.waitForFunction(() => document.querySelector('#streamed script')?.textContent?.includes('Paris summit'));
      expect(await inShadow(page, 'streamed', '.eventline-status[role="status"]')).toEqual(['Loading timeline…']);
      // The rest of the text: the chart is drawn before the document has finished parsing.
      stream.next();
      await expect.poll(() => inShadow(page, 'streamed', '.eventline-label')).toEqual(['Paris summit', 'Vladivostok']);
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      expect(await inShadow(page, 'nothing', '.eventline-status')).toEqual(['Loading timeline…']);
      // The document is complete: an element with no data says so.
      stream.next();
      await expect.poll(() => inShadow(page, 'nothing', '.eventline-status[role="alert"]')).toEqual([NO_DATA]);
      expect(await statusHeight(page, 'nothing')).toBeGreaterThanOrEqual(120);
      expect(await page.evaluate(() => (window as unknown as { loadErrors: string[] }).loadErrors)).toEqual(['nothing']);
    } finally {
      await page.close();
      await stream.close();
    }
  });

  it('reads an inline JSON script added after the element (a CMS injecting it), also in place of a broken one', async () => {
    const page = await open('/tests/fixtures/browser/element.html');
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('event-timeline'), { id: 'injected' })));
    await expect.poll(() => inShadow(page, 'injected', '.eventline-status[role="alert"]')).toEqual([NO_DATA]);
    const addScript = (text: string): Promise<void> =>
      page.evaluate((json) => {
        const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: json });
        const host = document.getElementById('injected')!;
        host.querySelector('script')?.remove();
        host.append(script);
      }, text);
    await addScript('{"title": "Cut short", "events": [');
    await expect.poll(() => inShadow(page, 'injected', '.eventline-status[role="alert"]').then(([text]) => text)).toMatch(/^The timeline data in the inline <script type="application\/json"> is not valid JSON/);
    await addScript(JSON.stringify({ title: 'Injected', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events: [{ id: 'one', title: 'Injected event', start: '2025-01-01', sources: ['s'] }] }));
    await expect.poll(() => inShadow(page, 'injected', '.eventline-label')).toEqual(['Injected event']);
    expect(await page.evaluate(() => document.getElementById('injected')!.shadowRoot!.querySelector<HTMLElement>('.eventline-status')!.hidden)).toBe(true);
    await page.close();
  });

  it('takes a dataset object through the dataset property (frameworks)', async () => {
    const page = await open('/tests/fixtures/browser/element.html');
    await page.evaluate(() => {
      const host = document.createElement('event-timeline') as Host;
      host.id = 'framework';
      host.dataset = { title: 'From a framework', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events: [{ id: 'one', title: 'One event', start: '2025-01-01', sources: ['s'] }] };
      document.body.append(host);
    });
    await expect.poll(() => inShadow(page, 'framework', '.eventline-label')).toEqual(['One event']);
    expect(await page.evaluate(() => document.getElementById('framework')!.shadowRoot!.querySelector('.eventline')!.getAttribute('aria-label'))).toBe('From a framework');
    await page.close();
  });

  it('keeps the host page’s CSS out and lets it theme through custom properties and parts', async () => {
    const page = await open('/examples/article.html');
    await expect.poll(() => page.locator('event-timeline').locator('.eventline-event').count()).toBeGreaterThan(5);
    const styles = await page.evaluate(() => {
      const shadow = document.querySelector('event-timeline')!.shadowRoot!;
      const button = shadow.querySelector('.eventline-button')!;
      const label = shadow.querySelector('.eventline-label')!;
      const detail = shadow.querySelector('.eventline-detail')!;
      return {
        transform: getComputedStyle(button).textTransform,
        font: getComputedStyle(label).fontFamily,
        accent: getComputedStyle(detail).borderTopColor,
        border: getComputedStyle(detail).borderTopWidth,
      };
    });
    expect(styles.transform).toBe('none');
    expect(styles.font).not.toMatch(/Comic/);
    expect(styles.accent).toBe('rgb(164, 22, 26)');
    expect(styles.border).toBe('4px');
    // The no-script fallback is the static SVG written in Node at build time.
    const fallback = await page.request.get(`${chromium.url}/examples/generated/ukraine-security-guarantees.svg`);
    expect(fallback.ok()).toBe(true);
    expect(await fallback.text()).toContain('Russia annexes Crimea');
    await page.close();
  });

  it('shows a TimelineJS file and a TimelineJS spreadsheet, their HTML as plain text', async () => {
    const page = await open('/examples/timelinejs.html');
    await expect.poll(() => inShadow(page, 'timelinejs', '.eventline-label')).toContain('Russia annexes Crimea');
    expect(await page.evaluate(() => document.getElementById('timelinejs')!.shadowRoot!.querySelector('.eventline')!.getAttribute('aria-label'))).toBe('Ukraine: war and security guarantees');
    expect(await inShadow(page, 'timelinejs', '.eventline-era')).toHaveLength(2);
    await expect.poll(() => inShadow(page, 'sheet', '.eventline-label')).toContain('Trump–Putin summit in Alaska');
    // Clean files import without a word.
    expect(await inShadow(page, 'timelinejs', '.eventline-status')).toEqual(['']);
    await page.close();
  });

  it('shows a producer’s TimelineJS file whole, says in its status line what the import changed, and lists it in the console', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${chromium.url}/examples/timelinejs.html`);
    await expect.poll(() => inShadow(page, 'producer', '.eventline-event[data-event-id]').then((marks) => marks.length)).toBe(4);
    // The quote-only slide is titled from its quote; the video slide is kept without its video.
    expect(await inShadow(page, 'producer', '.eventline-label')).toEqual(expect.arrayContaining(['Western troops in Ukraine would be legitimate targets.', 'Putin, Xi and Kim at Beijing military parade']));
    await expect.poll(() => inShadow(page, 'producer', '.eventline-status[role="status"]')).toEqual(['Imported from TimelineJS with 6 changes (listed in the browser console).']);
    expect(warnings.filter((text) => text.includes('producer-timelinejs.json'))).toEqual([
      expect.stringMatching(/^eventline: http:\/\/127\.0\.0\.1:\d+\/examples\/data\/producer-timelinejs\.json was imported from TimelineJS with 6 changes:\ntitle\.background\.color: background colour not supported: left out\nevents\[0\]\.background\.color: /),
    ]);
    // The page lists the same report, from importTimelineJS, as text.
    await expect.poll(() => page.locator('#report li').allTextContents()).toEqual([
      'title.background.color: background colour not supported: left out',
      'events[0].background.color: background colour not supported: left out',
      'events[1].media: https://www.youtube.com/watch?v=parade is not an image (a video, map or page eventline cannot show): left out',
      'events[2].media: Commons page URL converted to its image',
      'events[3].media: blockquote media kept as a quote by Vladimir Putin, Vladivostok',
      'events[3].text.headline: is empty: the title is taken from the quote',
    ]);
    await page.close();
  });

  it('shows a cosmological TimelineJS file whole: the Big Bang to the Moon landing on one axis of years ago', async () => {
    const page = await open('/examples/timelinejs.html');
    await expect.poll(() => inShadow(page, 'deep-time', '.eventline-event[data-event-id]').then((marks) => marks.length)).toBe(9);
    const names = await page.evaluate(() => [...document.getElementById('deep-time')!.shadowRoot!.querySelectorAll('.eventline-event[data-event-id]')].map((mark) => mark.getAttribute('aria-label')));
    expect(names).toEqual(expect.arrayContaining(['The Big Bang, 13.8 billion years ago', 'Homo sapiens appears, 300,000 years ago', 'Apollo 11 lands on the Moon, 20 July 1969']));
    const ticks = await inShadow(page, 'deep-time', '.eventline-axis .eventline-tick');
    expect(ticks.some((label) => /billion years ago$/.test(label))).toBe(true);
    expect(ticks.filter((label) => /NaN|undefined|Invalid/.test(label))).toEqual([]);
    // Nothing left out: deep time is imported as it is, so the import has nothing to say.
    expect(await inShadow(page, 'deep-time', '.eventline-status')).toEqual(['']);
    await page.close();
  });

  it('reads TimelineJS data once the importers add-on is loaded, saying what to load until then', async () => {
    const page = await open('/tests/fixtures/browser/importers.html');
    await expect.poll(() => inShadow(page, 'inline-timelinejs', '.eventline-status')).toEqual([
      "The timeline data in the inline <script type=\"application/json\"> is TimelineJS JSON: load the importers (dist/eventline-importers.js after the eventline script, or import 'eventline/element', which includes them)",
    ]);
    expect(await page.evaluate(() => typeof (window as unknown as { eventline: { fromTimelineJS?: unknown } }).eventline.fromTimelineJS)).toBe('undefined');
    await page.addScriptTag({ url: '/dist/eventline-importers.js' });
    await expect.poll(() => inShadow(page, 'inline-timelinejs', '.eventline-label')).toEqual(['Paris summit', 'Vladivostok remarks']);
    expect(await page.evaluate(() => typeof (window as unknown as { eventline: { fromTimelineJS?: unknown } }).eventline.fromTimelineJS)).toBe('function');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    await page.close();
  });

  it('exports PNG where the page allows blob: images, and says why not under a strict CSP', async () => {
    const strict = await open('/examples/article.html');
    await expect.poll(() => strict.locator('event-timeline').locator('.eventline-event').count()).toBeGreaterThan(5);
    const toPNG = () => strict.evaluate(() => (document.querySelector('event-timeline') as unknown as Host).timeline!.toPNG().then(() => 'resolved', (error: Error) => error.message));
    // The one-tag script exports through its add-on, and says so until it is loaded.
    expect(await toPNG()).toMatch(/needs the export add-on: import "eventline\/export", or load dist\/eventline-export.js/);
    await strict.addScriptTag({ url: '/dist/eventline-export.js' });
    expect(await toPNG()).toMatch(/img-src blob:/);
    await strict.close();
    const page = await chromium.browser.newPage();
    await page.goto(`${chromium.url}/tests/fixtures/browser/export.html`);
    await page.waitForSelector('body[data-ready="true"]');
    const png = await page.evaluate(async () => {
      const blob = await (window as unknown as { timeline: { toPNG(): Promise<Blob> } }).timeline.toPNG();
      const bytes = new Uint8Array(await blob.arrayBuffer());
      return { type: blob.type, size: blob.size, signature: [...bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join('') };
    });
    expect(png).toMatchObject({ type: 'image/png', signature: 'PNG' });
    expect(png.size).toBeGreaterThan(10_000);
    // The page's own theme values (brand colours) are what the export is drawn in.
    const svg = await page.evaluate(() => {
      document.querySelector<HTMLElement>('.eventline')!.style.setProperty('--eventline-bg', '#fefae0');
      return (window as unknown as { timeline: { toSVG(): string } }).timeline.toSVG();
    });
    expect(svg).toContain('fill="#fefae0"');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    expect((await download).suggestedFilename()).toBe('ukraine-the-war-and-the-2025-security-guarantee-talks.svg');
    await page.close();
  });

  it('shows the download buttons when the export add-on loads, also to a chart made before it', async () => {
    const page = await chromium.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${chromium.url}/tests/fixtures/browser/timeline.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(() => (window as unknown as { timeline: { update(options: { download: boolean }): void } }).timeline.update({ download: true }));
    // The one-tag script carries no download buttons: they come with the add-on.
    expect(await page.locator('.eventline-controls button').allTextContents()).not.toContain('Download SVG');
    await page.addScriptTag({ url: '/dist/eventline-export.js' });
    await expect.poll(() => page.getByRole('button', { name: 'Download SVG' }).count()).toBe(1);
    // In the toolbar's arrow order, not tab stops of their own.
    expect(await page.locator('.eventline-controls [tabindex="0"]').count()).toBe(1);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download SVG' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.svg$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
