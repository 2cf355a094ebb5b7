/**
 * The XSS corpus through every view the chart has, in jsdom: marks and labels, tooltip, detail panel,
 * a cluster's list, the list view's cards, the phone story, the error state and `toSVG()`. Each view
 * must show the payloads as the text they are and contain nothing but what the library builds. (The
 * browser suite, tests/browser/hostile.test.ts, runs them where a payload could actually execute.)
 */
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fromSpreadsheetCSV, fromTimelineJS } from '../../src/importers/index.js';
import { parseDataset, type Dataset, type TimelineEvent } from '../../src/index.js';
import { useMount } from '../support/mount.js';
import { auditTree, LIBRARY_ELEMENTS, plain, SVG_WRITER_ELEMENTS } from './audit.js';
import { ALLOWED_TRICKY_URLS, HOSTILE_URLS, hostileCsv, hostileDataset, hostileLinksDataset, hostileTimelineJS, XSS_TEXTS } from './corpus.js';

const mount = useMount();
const IMPORT_OPTIONS = { today: '2025-09-05' };

const seen = (node: Node | null): string => plain(node?.textContent ?? '');
const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map(seen);

/** The detail panel's content for `event` of `dataset`, checked piece by piece against the data. */
function expectDetailShowsAsText(container: HTMLElement, event: TimelineEvent, dataset: Dataset): void {
  const panel = container.querySelector<HTMLElement>('.eventline-detail')!;
  expect(panel.hidden).toBe(false);
  expect(texts(panel, '.eventline-detail-title')).toEqual([plain(event.title)]);
  if (event.summary) expect(texts(panel, '.eventline-detail-summary')).toEqual([plain(event.summary)]);
  const facts = texts(panel, '.eventline-detail-facts dd');
  for (const fact of [event.location?.name, event.actors?.join(', '), event.group, event.category]) if (fact) expect(facts).toContain(plain(fact));
  for (const quote of event.quotes ?? []) {
    expect(texts(panel, '.eventline-detail-quote blockquote')).toContain(plain(quote.text));
    expect(texts(panel, '.eventline-detail-quote figcaption')).toContain(plain(`— ${quote.speaker}`));
  }
  if (event.note) expect(texts(panel, '.eventline-detail-note')).toEqual([plain(`Note: ${event.note}`)]);
  const images = [...panel.querySelectorAll('img')];
  expect(images.map((image) => [image.getAttribute('src'), image.alt])).toEqual(event.media ? [[event.media.url, event.media.alt]] : []);
  // One link a source with a URL, to exactly that URL, and its citation as text.
  const links = [...panel.querySelectorAll('a')];
  const cited = event.sources.map((id) => dataset.sources.find((source) => source.id === id)!);
  expect(links.map((link) => link.getAttribute('href'))).toEqual(cited.filter((source) => source.url).map((source) => source.url));
  for (const source of cited) expect(texts(panel, '.eventline-detail-sources li').some((line) => line.startsWith(plain(`${source.publisher}, “${source.title}”`)))).toBe(true);
  for (const link of links) expect([...link.attributes].map((attribute) => attribute.name).sort()).toEqual(['href', 'rel', 'target']);
}

describe('hostile text from data in every view (jsdom)', () => {
  // Handler attributes and scripts do not run in this jsdom: whether a payload executes is the
  // browser suite's question. Here every view is checked for what it contains.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('self-check: the audit reports what data could bring in', () => {
    const trap = document.createElement('div');
    const parsed = new DOMParser().parseFromString(`<div>${XSS_TEXTS.join('')}<a href="${HOSTILE_URLS[0]}">x</a></div>`, 'text/html');
    trap.append(...parsed.body.childNodes);
    const problems = auditTree(trap, LIBRARY_ELEMENTS).join('\n');
    for (const expected of ['element <script>', 'element <iframe>', 'event handler attribute <img> onerror', 'link or source <a> href="javascript:', 'element <foreignObject>', 'style that loads or runs something']) {
      expect(problems).toContain(expected);
    }
  });

  it('chart: marks, labels, lane names and legend hold the payloads as text and nothing else', () => {
    const { container } = mount({ dataset: hostileDataset(), layout: 'horizontal', height: 600 });
    expect(auditTree(container, LIBRARY_ELEMENTS)).toEqual([]);
    const dataset = parseDataset(hostileDataset());
    // Every mark of its own is named by its title, as written.
    const marks = [...container.querySelectorAll('.eventline-event[data-event-id]')];
    expect(marks.length).toBeGreaterThan(10);
    for (const mark of marks) {
      const event = dataset.events.find((candidate) => candidate.id === mark.getAttribute('data-event-id'))!;
      expect(mark.getAttribute('aria-label')!.startsWith(`${event.title}, `)).toBe(true);
    }
    // Labels draw the titles as written (a line a tspan; cut short with an ellipsis where room is short).
    const labels = [...container.querySelectorAll('.eventline-label')].filter((label) => label.textContent !== '');
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) {
      const lines = label.querySelectorAll('tspan').length > 0 ? texts(label, 'tspan') : [label.textContent ?? ''];
      const shown = lines.join(' ');
      const title = dataset.events.find((event) => event.id === label.closest('[data-event-id]')!.getAttribute('data-event-id'))!.title;
      if (shown.endsWith('…')) expect(title.startsWith(shown.slice(0, -1).trimEnd())).toBe(true);
      else expect(shown).toBe(title);
    }
    expect(labels.map((label) => label.textContent).join('\n')).toContain('<script>window.__eventlinePwned=1</script>');
    expect(texts(container, '.eventline-lane-name').join('\n')).toContain('<');
    expect(texts(container, '.eventline-legend li')).toEqual(expect.arrayContaining(XSS_TEXTS.slice(0, 11)));
    expect(container.querySelector('.eventline')!.getAttribute('aria-label')).toBe(XSS_TEXTS[1]);
  });

  it('tooltip: the focused mark’s title as text', () => {
    const { container } = mount({ dataset: hostileDataset(), layout: 'horizontal', height: 600 });
    const dataset = parseDataset(hostileDataset());
    const tooltip = container.querySelector<HTMLElement>('.eventline-tooltip')!;
    for (const mark of container.querySelectorAll('.eventline-point[data-event-id]')) {
      mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      const event = dataset.events.find((candidate) => candidate.id === mark.getAttribute('data-event-id'))!;
      expect(tooltip.hidden).toBe(false);
      expect([...tooltip.children].map((child) => child.localName)).toEqual(['strong', 'span']);
      expect(seen(tooltip.querySelector('strong'))).toBe(plain(event.title));
      expect(auditTree(tooltip, LIBRARY_ELEMENTS)).toEqual([]);
    }
  });

  it('detail panel: every event opened shows each field as text, its image and source links as given', () => {
    // Without the overview strip (no text in it): each selection redraws, and there are 42 to open
    // (one event a payload, each field of it holding the payload).
    const { container, timeline } = mount({ dataset: hostileDataset(), layout: 'horizontal', height: 600, overview: false });
    const dataset = parseDataset(hostileDataset());
    for (const event of dataset.events) {
      timeline.select(event.id);
      expectDetailShowsAsText(container, event, dataset);
    }
    expect(auditTree(container, LIBRARY_ELEMENTS)).toEqual([]);
    // The tricky links stay one href each, not an attribute more.
    expect(new Set([...container.querySelectorAll('.eventline-detail a')].map((link) => link.getAttribute('href')))).toEqual(new Set([dataset.sources.find((source) => source.id === dataset.events.at(-1)!.sources[0])!.url]));
    expect(ALLOWED_TRICKY_URLS).toContain(container.querySelector('.eventline-detail a')!.getAttribute('href'));
  }, 30_000);

  it('a cluster’s list: events at one instant listed by their titles as text', () => {
    const titles = XSS_TEXTS.slice(0, 14);
    const { container } = mount({
      dataset: {
        title: 'Same minute', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }],
        events: titles.map((title, index) => ({ id: `c${index}`, title, start: '2025-09-05T09:30Z', sources: ['s'] })),
      },
      layout: 'horizontal',
      height: 150,
    });
    const cluster = container.querySelector<SVGElement>('.eventline-cluster')!;
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const picks = texts(container, '.eventline-detail-pick');
    expect(picks).toHaveLength(titles.length);
    for (const title of titles) expect(picks.some((pick) => pick.startsWith(plain(`${title} (`)))).toBe(true);
    expect(auditTree(container, LIBRARY_ELEMENTS)).toEqual([]);
  });

  it.each(['list view', 'phone layout'] as const)('%s: every card’s title as text, an opened card’s details too', (view) => {
    const { container } = mount({ dataset: hostileDataset(), layout: view === 'list view' ? 'horizontal' : 'vertical' });
    if (view === 'list view') container.querySelector<HTMLButtonElement>('.eventline-button-list')!.click();
    const dataset = parseDataset(hostileDataset());
    expect(texts(container, '.eventline-card-title')).toEqual(dataset.events.map((event) => plain(event.title)));
    for (const id of ['x1', 'x4', 'x13']) {
      container.querySelector<HTMLButtonElement>(`.eventline-card[data-event-id="${id}"] .eventline-card-head`)!.click();
      const body = container.querySelector(`.eventline-card[data-event-id="${id}"] .eventline-card-body`)!;
      const event = dataset.events.find((candidate) => candidate.id === id)!;
      expect(texts(body, '.eventline-detail-summary')).toEqual([plain(event.summary!)]);
      expect(body.querySelector('img')!.alt).toBe(event.media!.alt);
    }
    expect(auditTree(container, LIBRARY_ELEMENTS)).toEqual([]);
  });

  it('error state: every hostile link refused, named by its place, shown as text, with no link in the page', () => {
    const { container } = mount({ dataset: hostileLinksDataset() });
    const problems = texts(container, '.eventline-error li');
    // The panel lists the first 20 problems, sources first, in input order.
    expect(problems).toHaveLength(20);
    HOSTILE_URLS.forEach((_, index) => expect(problems.some((line) => line.startsWith(`sources[${index}].url: `))).toBe(true));
    HOSTILE_URLS.slice(0, 20 - HOSTILE_URLS.length).forEach((_, index) => expect(problems.some((line) => line.startsWith(`events[${index}].media.url: `))).toBe(true));
    expect(container.querySelectorAll('a, img').length).toBe(0);
    expect(auditTree(container, LIBRARY_ELEMENTS)).toEqual([]);
  });

  it.each([
    ['spreadsheet CSV', () => fromSpreadsheetCSV(hostileCsv(), undefined, IMPORT_OPTIONS)],
    ['TimelineJS JSON', () => fromTimelineJS(hostileTimelineJS(), IMPORT_OPTIONS)],
  ])('imported from %s: every view of every event holds text, only image links survive', (_, imported) => {
    const input = imported();
    const dataset = parseDataset(input);
    // A media link that is not an http(s) image is dropped on import, not carried into the dataset.
    for (const event of dataset.events) if (event.media) expect(event.media.url).toBe('https://example.org/photo.jpg');
    const { container, timeline } = mount({ dataset: input, layout: 'horizontal', height: 600 });
    // Imported events reach the same panel as the eventline format's (every event opened above): a
    // sample, the ones with an image among them.
    for (const event of dataset.events.filter((candidate, index) => index % 6 === 0 || candidate.media)) {
      timeline.select(event.id);
      expectDetailShowsAsText(container, event, dataset);
    }
    container.querySelector<HTMLButtonElement>('.eventline-button-list')!.click();
    expect(texts(container, '.eventline-card-title')).toEqual(dataset.events.map((event) => plain(event.title)));
    expect(auditTree(container, LIBRARY_ELEMENTS)).toEqual([]);
  }, 20_000);

  it('toSVG(): the chart and the story as SVG documents with the titles as text, nothing that runs or links', () => {
    const { timeline } = mount({ dataset: hostileDataset(), layout: 'horizontal', height: 600 });
    const check = (svg: string): void => {
      const document = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
      expect(document.querySelector('parsererror')).toBeNull();
      expect(document.querySelector('title')!.textContent).toBe(XSS_TEXTS[1]);
      expect(auditTree(document.documentElement, SVG_WRITER_ELEMENTS)).toEqual([]);
    };
    check(timeline.toSVG());
    timeline.update({ layout: 'vertical' });
    check(timeline.toSVG());
  });
});
