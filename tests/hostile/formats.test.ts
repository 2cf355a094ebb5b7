/**
 * The XSS corpus in the three input formats, without a DOM: what the validator keeps and refuses,
 * what the importers let through, and the static SVG (renderToSVGString) of each.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fromSpreadsheetCSV, fromTimelineJS } from '../../src/importers/index.js';
import { isAllowedLinkUrl, LINK_SCHEMES, parseDataset, renderToSVGString, validateDataset } from '../../src/index.js';
import type { DatasetInput } from '../../src/types.js';
import { auditTree, SVG_WRITER_ELEMENTS } from './audit.js';
import { ALLOWED_TRICKY_URLS, HOSTILE_URLS, hostileCsv, hostileDataset, hostileLinksDataset, hostileTimelineJS, XSS_TEXTS } from './corpus.js';

const IMPORT_OPTIONS = { today: '2025-09-05' };

/** The three formats, each as the dataset eventline reads. */
const FORMATS: ReadonlyArray<[string, () => DatasetInput]> = [
  ['eventline JSON', hostileDataset],
  ['spreadsheet CSV', () => fromSpreadsheetCSV(hostileCsv(), undefined, IMPORT_OPTIONS)],
  ['TimelineJS JSON', () => fromTimelineJS(hostileTimelineJS(), IMPORT_OPTIONS)],
];

describe('hostile input without a DOM', () => {
  it('links from data: only http, https and mailto', () => {
    expect(LINK_SCHEMES).toEqual(['http:', 'https:', 'mailto:']);
    expect(HOSTILE_URLS.filter(isAllowedLinkUrl)).toEqual([]);
    expect(ALLOWED_TRICKY_URLS.every(isAllowedLinkUrl)).toBe(true);
  });

  it('keeps every text field of the eventline format exactly as written, and the allowed links as given', () => {
    const dataset = parseDataset(hostileDataset());
    expect(dataset.title).toBe(XSS_TEXTS[1]);
    expect(dataset.description).toBe(XSS_TEXTS[0]);
    for (const event of dataset.events) {
      const payload = XSS_TEXTS[Number(event.id.slice(1))]!;
      expect([event.title, event.summary, event.note, event.category, event.location?.name, event.actors?.[0], event.tags?.[0], event.quotes?.[0]?.text, event.quotes?.[0]?.speaker, event.media?.alt, event.media?.credit])
        .toEqual(Array(11).fill(payload));
    }
    expect(new Set(dataset.sources.map((source) => source.url))).toEqual(new Set(ALLOWED_TRICKY_URLS));
  });

  it('refuses every hostile link, naming the source or event and the field', () => {
    const paths = validateDataset(hostileLinksDataset()).map((issue) => issue.path);
    expect(paths).toEqual([...HOSTILE_URLS.map((_, index) => `sources[${index}].url`), ...HOSTILE_URLS.map((_, index) => `events[${index}].media.url`)]);
  });

  it.each([
    ['spreadsheet CSV', () => fromSpreadsheetCSV(hostileCsv(), undefined, IMPORT_OPTIONS)],
    ['TimelineJS JSON', () => fromTimelineJS(hostileTimelineJS(), IMPORT_OPTIONS)],
  ])('imports %s as a valid dataset whose only media is the http(s) image, every payload row kept', (_, imported) => {
    const input = imported();
    expect(validateDataset(input)).toEqual([]);
    const media = input.events.flatMap((event) => (event.media ? [event.media.url] : []));
    expect(media.length).toBeGreaterThan(0);
    expect(new Set(media)).toEqual(new Set(['https://example.org/photo.jpg']));
    // One event a payload, each titled with its own number: markup stripped, the words kept.
    expect(input.events).toHaveLength(XSS_TEXTS.length);
    for (const [index] of XSS_TEXTS.entries()) expect(input.events.some((event) => event.title.startsWith(`Item ${index}:`))).toBe(true);
  });

  it.each(FORMATS.flatMap(([name, input]) => [[name, input, 1000], [name, input, 390]] as const))('writes the %s corpus as static SVG (%#): well-formed, the title as text, nothing that runs or links', (_, input, width) => {
    const dataset = input();
    const svg = renderToSVGString(dataset, { width });
    // Escaped, not parsed: no tag of the corpus appears as a tag.
    expect(svg).not.toMatch(/<(script|foreignObject|iframe|img|a|style|image|use|animate|set|object|embed)\b/i);
    const document = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.querySelector('title')!.textContent).toBe(dataset.title);
    expect(auditTree(document.documentElement, SVG_WRITER_ELEMENTS)).toEqual([]);
  });
});
