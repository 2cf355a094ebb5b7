import { existsSync } from 'node:fs';
import { expect } from 'vitest';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };
import { NEWS_IN_TIME_ORDER } from '../support/newsOrder.js';
import { waitInPage, type EngineDriver, type EnginePage } from './driver.js';

/** What a scenario gets: the running engine, the test server's address and a place for screenshots. */
export interface ScenarioContext {
  readonly driver: EngineDriver;
  /** The address of a path on the test server (the repository's root). */
  url(path: string): string;
  /** Saves a screenshot of `page` as `<engine>/<name>.png` under screenshots/engines/ (for a person to look at). */
  screenshot(page: EnginePage, name: string): Promise<void>;
}

/** One thing a reader does, checked the same way in every engine. */
export interface Scenario {
  readonly name: string;
  run(context: ScenarioContext): Promise<void>;
}

const NEWS = '/tests/fixtures/engines/news.html';
const DESKTOP = { width: 1100, height: 900 } as const;
const PHONE = { width: 390, height: 844, touch: true } as const;
const TITLES = new Map(raw.events.map((event) => [event.id, event.title]));

async function openNews(context: ScenarioContext, query: string, size: { width: number; height: number; touch?: boolean }): Promise<EnginePage> {
  const page = await context.driver.open(context.url(`${NEWS}${query}`), size);
  await waitInPage(page, 'the news story to mount', () => document.body.dataset.ready === 'true');
  return page;
}

/** What the page's own record says a reader's console showed (errors, warnings, CSP violations). */
const problems = (page: EnginePage): Promise<string[]> => page.evaluate(() => (window as unknown as { engineProblems: string[] }).engineProblems);

/**
 * Tabs from the top of the page until focus is on the chart; resolves to the focused event's id and
 * the presses it took (two: the toolbar is one stop, then the chart).
 */
async function tabIntoChart(page: EnginePage): Promise<{ id: string; presses: number }> {
  for (let presses = 1; presses <= 12; presses++) {
    await page.press('Tab');
    const id = await page.evaluate(() => (document.activeElement?.closest('.eventline-svg') ? document.activeElement.getAttribute('data-event-id') ?? '' : null));
    if (id !== null) return { id, presses };
  }
  throw new Error('12 presses of Tab did not reach the chart');
}

const focusedId = (page: EnginePage): Promise<string | null> => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

interface Box {
  readonly id: string;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** What the chart drew, as the engine lays it out. Runs in the page (self-contained). */
function readDrawing(): { fontPinned: boolean; ids: string[]; labels: Box[]; points: Box[]; svg: Omit<Box, 'id'> } {
  // Boxes from getBBox (the shape, in every engine: Firefox's getBoundingClientRect adds the stroke)
  // carried to the screen by the element's own transform.
  const onScreen = (element: SVGGraphicsElement, id: string) => {
    const box = element.getBBox();
    const matrix = element.getScreenCTM()!;
    const corners = [[box.x, box.y], [box.x + box.width, box.y + box.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
    return { id, left: Math.min(corners[0]!.x, corners[1]!.x), right: Math.max(corners[0]!.x, corners[1]!.x), top: Math.min(corners[0]!.y, corners[1]!.y), bottom: Math.max(corners[0]!.y, corners[1]!.y) };
  };
  const svg = document.querySelector('.eventline-svg')!.getBoundingClientRect();
  const labels = [...document.querySelectorAll<SVGTextElement>('.eventline-label')]
    .filter((label) => label.textContent!.trim() !== '')
    .map((label) => onScreen(label, label.getAttribute('data-event-id') ?? label.textContent!));
  const points = [...document.querySelectorAll<SVGGraphicsElement>('.eventline-point')].map((mark) => onScreen(mark, mark.getAttribute('data-event-id')!));
  // The pinned font is really there: text set in it measures differently from the monospace fallback.
  // And the chart's names are set in it (the page's font, inherited).
  const context = document.createElement('canvas').getContext('2d')!;
  const measure = (font: string): number => ((context.font = font), context.measureText('Coalition of the willing').width);
  return {
    fontPinned: measure('16px "Liberation Sans", monospace') !== measure('16px monospace')
      && /^"?Liberation Sans"?,/.test(getComputedStyle(document.querySelector('.eventline-label')!).fontFamily),
    ids: [...new Set([...document.querySelectorAll('.eventline-event[data-event-id]')].map((mark) => mark.getAttribute('data-event-id')!))],
    labels,
    points,
    svg: { left: svg.left, right: svg.right, top: svg.top, bottom: svg.bottom },
  };
}

/** Names that overlap each other or cover another event's mark (by more than half a pixel). */
function collisionsOf(drawing: { labels: readonly Box[]; points: readonly Box[] }): string[] {
  const overlap = (a: Box, b: Box): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
  const collisions: string[] = [];
  drawing.labels.forEach((label, index) => {
    for (const other of drawing.labels.slice(index + 1)) if (overlap(label, other)) collisions.push(`${label.id} × ${other.id}`);
    for (const mark of drawing.points) if (mark.id !== label.id && overlap(label, mark)) collisions.push(`${label.id} × mark of ${mark.id}`);
  });
  return collisions;
}

/** The news story at `width` px in a `viewport` px window: every event drawn, every name whole, inside and apart. */
async function checkNewsStory(context: ScenarioContext, viewport: number, width: number): Promise<void> {
  const page = await openNews(context, `?width=${width}`, { width: viewport, height: 900 });
  const drawn = await page.evaluate(readDrawing);
  await context.screenshot(page, `news-${viewport}`);
  expect(drawn.fontPinned, 'the names are set in Liberation Sans, and it is installed (fonts-liberation)').toBe(true);
  expect([...drawn.ids].sort()).toEqual([...TITLES.keys()].sort());
  // Most events are named at first view (the reading issue's promise), and every name sits inside the chart.
  expect(drawn.labels.length).toBeGreaterThanOrEqual(20);
  for (const label of drawn.labels) {
    expect(label.left, `${label.id} at ${width} px starts inside the chart`).toBeGreaterThanOrEqual(drawn.svg.left - 0.5);
    expect(label.right, `${label.id} at ${width} px ends inside the chart`).toBeLessThanOrEqual(drawn.svg.right + 0.5);
  }
  // No two names overlap, and no name covers another event's mark: the engine's own text widths.
  const collisions = collisionsOf(drawn);
  expect(collisions, `at ${width} px`).toEqual([]);
  expect(await problems(page)).toEqual([]);
  await page.close();
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'draws the news story at 1280, 1000 and 960 px: every event, labels inside the chart and clear of each other, a clean console',
    async run(context) {
      for (const [viewport, width] of [[1280, 1248], [1100, 1000], [960, 928]] as const) {
        await checkNewsStory(context, viewport, width);
      }
    },
  },
  {
    name: 'shows the showroom: Storybook\u2019s news story at 1280 px and its 10,000-event story',
    async run(context) {
      if (!existsSync(new URL('../../storybook-static/iframe.html', import.meta.url))) {
        throw new Error('storybook-static/ is missing: run npm run build-storybook (npm test and npm run test:engines do)');
      }
      for (const [id, atLeast] of [['timeline--news-at-1280', TITLES.size], ['features--dense', 100]] as const) {
        const page = await context.driver.open(context.url(`/storybook-static/iframe.html?id=${id}&viewMode=story`), { width: 1280, height: 900 });
        // Storybook's own verdict: the story rendered and its play function ran (or it failed).
        type Preview = { currentRender?: { phase?: string } };
        await waitInPage(page, `the story ${id} to finish`, () => {
          const phase = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender?.phase;
          return phase === 'finished' || phase === 'errored' || phase === 'aborted';
        }, undefined, 60_000);
        const shown = await page.evaluate(() => ({
          phase: (window as unknown as { __STORYBOOK_PREVIEW__: Preview }).__STORYBOOK_PREVIEW__.currentRender!.phase,
          marks: document.querySelectorAll('.eventline-event').length,
          // Storybook shows a failed story by a class on the body; eventline by its error panel.
          errors: Number(document.body.classList.contains('sb-show-errordisplay')) + document.querySelectorAll('.eventline-error').length,
          labels: [...document.querySelectorAll('.eventline-label')].filter((label) => label.textContent!.trim() !== '').length,
        }));
        await context.screenshot(page, id);
        expect(shown.phase).toBe('finished');
        expect(shown.errors).toBe(0);
        expect(shown.marks).toBeGreaterThanOrEqual(atLeast);
        expect(shown.labels).toBeGreaterThanOrEqual(20);
        await page.close();
      }
    },
  },
  {
    name: 'opens the detail panel on a click, with its title and sources, and closes it',
    async run(context) {
      const page = await openNews(context, '?width=1000', DESKTOP);
      await page.click('.eventline-event[data-event-id="paris-summit"]');
      await waitInPage(page, 'the detail panel', () => !document.querySelector<HTMLElement>('.eventline-detail')!.hidden);
      const detail = await page.evaluate(() => ({
        title: document.querySelector('.eventline-detail-title')!.textContent!.replace(/[\u2066-\u2069]/g, ''),
        sources: [...document.querySelectorAll('.eventline-detail-sources li')].map((item) => item.textContent!.replace(/[\u2066-\u2069]/g, '')),
        links: [...document.querySelectorAll<HTMLAnchorElement>('.eventline-detail-sources a')].map((link) => link.href),
        inView: document.querySelector('.eventline-detail')!.getBoundingClientRect().height > 40,
      }));
      await context.screenshot(page, 'detail');
      expect(detail.title).toBe(TITLES.get('paris-summit'));
      expect(detail.sources.length).toBeGreaterThan(0);
      expect(detail.sources[0]).toMatch(/^(BBC News|Al Jazeera), “/);
      // The news dataset's sources have no URLs: cited as text, not as links to nowhere.
      expect(detail.links).toEqual([]);
      expect(detail.inView).toBe(true);
      await page.click('.eventline-detail-close');
      await waitInPage(page, 'the detail panel to close', () => document.querySelector<HTMLElement>('.eventline-detail')!.hidden);
      expect(await problems(page)).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'walks every event in time order from the keyboard, opens one with Enter and closes it with Escape',
    async run(context) {
      const page = await openNews(context, '?width=1000', DESKTOP);
      const reached = await tabIntoChart(page);
      expect(reached.id).not.toBe('');
      expect(reached.presses, 'Tab stops before the chart: the toolbar, once').toBe(2);
      await page.press('Home');
      const visited: Array<string | null> = [];
      for (let step = 0; step < NEWS_IN_TIME_ORDER.length; step++) {
        visited.push(await focusedId(page));
        await page.press('ArrowRight');
      }
      expect(visited).toEqual(NEWS_IN_TIME_ORDER);
      // One tab stop in the chart wherever focus is (a roving tabindex).
      expect(await page.evaluate(() => document.querySelectorAll('.eventline-svg [tabindex="0"]').length)).toBe(1);
      await page.press('Home');
      await page.press('ArrowRight');
      const id = await focusedId(page);
      await page.press('Enter');
      await waitInPage(page, 'Enter to open the details', () => !document.querySelector<HTMLElement>('.eventline-detail')!.hidden);
      expect(await page.evaluate(() => document.querySelector('.eventline-detail-title')!.textContent!.replace(/[\u2066-\u2069]/g, ''))).toBe(TITLES.get(id!));
      await page.press('Escape');
      await waitInPage(page, 'Escape to close the details', () => document.querySelector<HTMLElement>('.eventline-detail')!.hidden);
      expect(await focusedId(page)).toBe(id);
      expect(await problems(page)).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'switches to the list view: every event as a card, in time order, and back to the chart',
    async run(context) {
      const page = await openNews(context, '?width=1000', DESKTOP);
      await page.click('.eventline-button-list');
      await waitInPage(page, 'the list view', () => document.querySelector('.eventline-button-list')!.getAttribute('aria-pressed') === 'true');
      const list = await page.evaluate(() => {
        const cards = [...document.querySelectorAll<HTMLElement>('.eventline-card')].filter((card) => card.getClientRects().length > 0);
        return {
          ids: cards.map((card) => card.dataset.eventId!),
          titlesWhole: cards.every((card) => {
            const title = card.querySelector<HTMLElement>('.eventline-card-title')!;
            return title.scrollWidth <= title.clientWidth + 1;
          }),
          chartShown: document.querySelector('.eventline-svg')!.getClientRects().length > 0,
        };
      });
      await context.screenshot(page, 'list');
      expect(list.ids).toEqual(NEWS_IN_TIME_ORDER);
      expect(list.titlesWhole).toBe(true);
      expect(list.chartShown).toBe(false);
      await page.click('.eventline-button-list');
      await waitInPage(page, 'the chart to come back', () => document.querySelector('.eventline-svg')!.getClientRects().length > 0);
      expect(await problems(page)).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'draws 10,000 events with only what is in view in the DOM, and zooms in from the keyboard',
    async run(context) {
      const page = await context.driver.open(context.url('/tests/fixtures/engines/many.html'), DESKTOP);
      await waitInPage(page, 'the 10,000-event story to mount', () => document.body.dataset.ready === 'true', undefined, 30_000);
      type Handle = { getState(): { range: [Date, Date] } };
      const read = (): Promise<{ marks: number; span: number; renderMs: number }> => page.evaluate(() => {
        const [from, to] = (window as unknown as { timeline: Handle }).timeline.getState().range;
        return { marks: document.querySelectorAll('.eventline-event').length, span: to.getTime() - from.getTime(), renderMs: (window as unknown as { renderMs: number }).renderMs };
      });
      const before = await read();
      await context.screenshot(page, 'many');
      expect(before.marks).toBeGreaterThan(0);
      expect(before.marks).toBeLessThan(2_000);
      const first = await page.evaluate(readDrawing);
      expect(first.labels.length).toBeGreaterThan(0);
      expect(collisionsOf(first)).toEqual([]);
      expect(before.renderMs).toBeLessThan(5_000);
      await tabIntoChart(page);
      await page.press('+');
      const after = await read();
      expect(after.span).toBeLessThan(before.span * 0.6);
      expect(after.marks).toBeGreaterThan(0);
      // Dense data, the engine's own text widths: still no name over another, three zoom levels further in.
      for (let step = 1; step <= 3; step++) {
        await page.press('+');
        const drawing = await page.evaluate(readDrawing);
        expect(drawing.labels.length, `names after ${step} more zoom steps`).toBeGreaterThan(0);
        expect(collisionsOf(drawing), `after ${step} more zoom steps`).toEqual([]);
      }
      expect(await problems(page)).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'renders <event-timeline> from src and from inline JSON under a strict CSP, and lists a broken dataset\u2019s problems',
    async run(context) {
      const page = await context.driver.open(context.url('/tests/fixtures/engines/element.html'), DESKTOP);
      const inShadow = (id: string, selector: string): Promise<string[]> => page.evaluate(([host, css]) =>
        [...(document.getElementById(host!)?.shadowRoot?.querySelectorAll(css!) ?? [])].map((node) => node.textContent!.replace(/[\u2066-\u2069]/g, '')), [id, selector]);
      await expect.poll(() => inShadow('remote', '.eventline-event[data-event-id]').then((marks) => marks.length), { timeout: 15_000 }).toBe(TITLES.size);
      await expect.poll(() => inShadow('inline', '.eventline-label'), { timeout: 15_000 }).toContain('Paris <summit>');
      await expect.poll(() => inShadow('invalid', '.eventline-error li'), { timeout: 15_000 }).toEqual([
        'events[0].start: "2022-13-01" is not a valid date (there is no month 13)',
        'events[0].sources[0]: "nope" is not the id of any source (the dataset lists no sources)',
      ]);
      await context.screenshot(page, 'element');
      // The stylesheet is adopted in the shadow root (nothing injected that the CSP would block).
      expect(await page.evaluate(() => document.getElementById('remote')!.shadowRoot!.adoptedStyleSheets.length)).toBeGreaterThan(0);
      await page.click('#inline >>> .eventline-event[data-event-id="paris"]');
      await expect.poll(() => inShadow('inline', '.eventline-detail-title')).toEqual(['Paris <summit>']);
      // The one console line is the broken dataset's, for its developer.
      expect(await problems(page)).toEqual([expect.stringMatching(/^console\.error: eventline: the timeline data cannot be shown:\nevents\[0\]\.start/)]);
      await page.close();
    },
  },
  {
    name: 'reads as a story of cards at 390 px: every title whole, nothing sideways, a card opens in place',
    async run(context) {
      const page = await openNews(context, '', PHONE);
      await waitInPage(page, 'the cards', () => document.querySelector('.eventline-card') !== null);
      const phone = await page.evaluate(() => {
        const visible = (element: Element): boolean => element.getClientRects().length > 0;
        const titles = [...document.querySelectorAll<HTMLElement>('.eventline-card-title')].filter(visible);
        return {
          width: innerWidth,
          orientation: document.querySelector<HTMLElement>('.eventline')!.dataset.orientation,
          cards: titles.length,
          cut: titles.filter((title) => {
            const box = title.getBoundingClientRect();
            return title.scrollWidth > title.clientWidth + 1 || title.scrollHeight > title.clientHeight + 1 || box.left < 0 || box.right > document.documentElement.clientWidth;
          }).map((title) => title.textContent),
          sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      });
      await context.screenshot(page, 'phone-390');
      expect(phone).toEqual({ width: 390, orientation: 'vertical', cards: TITLES.size, cut: [], sideways: false });
      const head = '.eventline-card[data-event-id="paris-summit"] .eventline-card-head';
      await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'center' }), head);
      await page.evaluate(() => document.addEventListener('pointerdown', (event) => ((window as unknown as { pointer: string }).pointer = event.pointerType), true));
      await (context.driver.touch ? page.tap(head) : page.click(head));
      await waitInPage(page, 'the card to open', (selector) => document.querySelector(selector)!.getAttribute('aria-expanded') === 'true', head);
      const summary = await page.evaluate(() => {
        const box = document.querySelector('.eventline-card[data-event-id="paris-summit"] .eventline-detail-summary')!.getBoundingClientRect();
        return { left: box.left, right: box.right, height: box.height };
      });
      expect(summary.height).toBeGreaterThan(0);
      expect(summary.left).toBeGreaterThanOrEqual(0);
      expect(summary.right).toBeLessThanOrEqual(390);
      // A tap is a touch where the engine can send one (not a mouse click in disguise).
      expect(await page.evaluate(() => (window as unknown as { pointer: string }).pointer)).toBe(context.driver.touch ? 'touch' : 'mouse');
      expect(await problems(page)).toEqual([]);
      await page.close();
    },
  },
  {
    name: 'opens the static SVG as a document: the title, every text inside the picture, no script',
    async run(context) {
      const page = await context.driver.open(context.url('/examples/generated/ukraine-security-guarantees.svg'), DESKTOP);
      await waitInPage(page, 'the SVG document', () => document.readyState === 'complete' && document.documentElement.localName === 'svg');
      const svg = await page.evaluate(() => {
        const root = document.documentElement as unknown as SVGSVGElement;
        const [minX, minY, width, height] = root.getAttribute('viewBox')!.split(/[\s,]+/).map(Number);
        const texts = [...root.querySelectorAll<SVGTextElement>('text')].filter((text) => text.textContent!.trim() !== '');
        const outside = texts.filter((text) => {
          // The text's box in the picture's own units, through every transform between them.
          const box = text.getBBox();
          const matrix = root.getScreenCTM()!.inverse().multiply(text.getScreenCTM()!);
          const [a, b] = [new DOMPoint(box.x, box.y), new DOMPoint(box.x + box.width, box.y + box.height)].map((point) => point.matrixTransform(matrix));
          return Math.min(a!.x, b!.x) < minX! - 0.5 || Math.min(a!.y, b!.y) < minY! - 0.5 || Math.max(a!.x, b!.x) > minX! + width! + 0.5 || Math.max(a!.y, b!.y) > minY! + height! + 0.5;
        }).map((text) => text.textContent);
        return {
          namespace: root.namespaceURI,
          title: root.querySelector('title')?.textContent ?? '',
          texts: texts.length,
          outside,
          scripts: root.querySelectorAll('script').length,
        };
      });
      await context.screenshot(page, 'static-svg');
      expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
      expect(svg.title).toContain(raw.title);
      expect(svg.texts).toBeGreaterThanOrEqual(20);
      expect(svg.outside).toEqual([]);
      expect(svg.scripts).toBe(0);
      await page.close();
    },
  },
];
