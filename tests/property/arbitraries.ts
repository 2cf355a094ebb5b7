/**
 * fast-check generators of datasets as authors, spreadsheets and other people's code produce them:
 * text with bidi controls, zero-width and combining characters, astral emoji and markup; dates over
 * the whole range a JavaScript Date holds and just past it; duplicate ids, empty event lists,
 * zero-length spans, up to 55 lanes and 30 categories, adjacent eras; and, for the error paths,
 * values that are not datasets at all. Shared by the property suites (tests/property/).
 */
import fc from 'fast-check';
import { parseISODate } from '../../src/model/time.js';

/** Every property suite runs from this seed, so a failure in CI replays as is; fast-check prints seed and path. */
const PROPERTY_SEED = 20_260_522;

/** Bidirectional controls (embeddings, overrides, isolates, marks): they reorder the text after them. */
export const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F'];
/** Characters that take no room at all. */
export const ZERO_WIDTH = ['\u200B', '\uFEFF', '\u2060'];
/** Whitespace a trim() would see, beside the invisible characters above. */
const BLANKS = [' ', '\u00A0', '\t', '\n', '\u3000'];
const COMBINING = ['\u0301', '\u0308', '\u0336', '\u20DD', '\u0489'];
const ASTRAL = ['😀', '👩‍👩‍👧', '🇺🇦', '𝕏', '🏳️‍🌈', '🧑🏽'];
const MARKUP = ['<script>', '</text>', '<img src=x onerror=alert(1)>', '&amp;', '&', '"', "'", ']]>', '<!--', '-->', '${1}', '{{1}}', '</style>', '\\', '<![CDATA[', '<tspan>'];
/** What XML 1.0 cannot hold (a title pasted from Word), and a lone surrogate. */
const NOT_XML = ['\u0000', '\u0007', '\u000B', '\u001F', '\uFFFE', '\uD800', '\r'];

/**
 * The attribute checks look for "NaN", "Infinity" and "undefined" written by the library; text from
 * data never holds them, so a hit is the library's own. Upper-case N and I cannot start either word.
 */
const withoutSentinels = (text: string): string => text.replace(/N/g, 'n').replace(/I/g, 'i').replace(/undefined/g, 'undef');

const textUnit = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(...BIDI_CONTROLS) },
  { weight: 1, arbitrary: fc.constantFrom(...ZERO_WIDTH) },
  { weight: 1, arbitrary: fc.constantFrom(...COMBINING) },
  { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) },
  { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...NOT_XML) },
);

/** Any text, possibly empty or blank. */
export const anyText = fc.string({ unit: textUnit, maxLength: 14 }).map(withoutSentinels);

/** Text with only characters a reader cannot see: the titles row 9 of issue #22 is about. */
export const invisibleText = fc.string({ unit: fc.constantFrom(...BIDI_CONTROLS, ...ZERO_WIDTH, ...BLANKS), minLength: 1, maxLength: 4 });

/** Text with at least one letter a reader sees, wrapped in anything. */
export const visibleText = fc
  .tuple(anyText, fc.constantFrom('a', 'Ж', 'ب', '中', '😀', 'x\u0301', '7'), anyText)
  .map(([before, letter, after]) => `${before}${letter}${after}`);

/** A required text field: mostly visible, sometimes blank or invisible (then the dataset is invalid, or should be). */
export const requiredText = fc.oneof(
  { weight: 12, arbitrary: visibleText },
  { weight: 1, arbitrary: invisibleText },
  { weight: 1, arbitrary: anyText },
);

const pad = (value: number, width: number): string => String(Math.abs(value)).padStart(width, '0');
/** An astronomical year as ISO 8601 writes it: four digits for 0–9999, else signed and six digits. */
const isoYear = (year: number): string => (year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(year, 6)}`);

/** Years weighted towards news, reaching both ends of what a Date holds (-271821 to 275760). */
const year = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1900, max: 2100 }) },
  { weight: 2, arbitrary: fc.integer({ min: -20_000, max: 20_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: -271_821, max: 275_760 }) },
);

/**
 * Dates at the edges of the range a Date holds (-271821-04-20 to +275760-09-13) and just past them,
 * where the calendar ends (a month or day past ±270000 is refused) and deep time's whole years begin.
 */
export const RANGE_EDGES = [
  '-271821-04-20', '-271821-04-19', '-271821-04', '-271821', '-271822', '-271821-04-20T00:00Z', '-271821-04-20T00:00+00:01',
  '+275760', '+275760-09', '+275760-09-13', '+275760-09-14', '+275761', '+275760-09-12T23:59Z', '+275760-09-13T00:00Z',
  '-13800', '-000043-03-15', '0000', '0000-01-01', '0099-12-31',
  '-270000-01-01', '-270001', '+270001', '-13800000000', '-4600000000', '+100000000000',
];

/** Dates no parser should take, or only with care: impossible days, zoneless and malformed times. */
export const MALFORMED_DATES = [
  '-000000', '2025-02-30', '2023-02-29', '2024-02-29', '2022-13-01', '2022-00-10', '2025-09-05T24:00Z',
  '2025-09-05T09:30', '2025-09-05T09:30Z', '2025-09-05T23:59+14:00', '2025-09-05T00:00-12:00', '2025-09-05T09:30:15.123+05:30', '2025-09-05T09:30+2400',
  '', ' 2025', '2025 ', '2025-9-5', '20250905', 'yesterday',
];

/** One day in September 2025: many events on few days, so clusters form. */
const newsDay = fc.integer({ min: 1, max: 12 }).map((day) => `2025-09-${pad(day, 2)}`);
const calendarDay = fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
  .map(([y, month, day]) => `${isoYear(y)}-${pad(month, 2)}-${pad(day, 2)}`);
const monthDate = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, month]) => `${isoYear(y)}-${pad(month, 2)}`);
const yearDate = year.map(isoYear);
const offset = fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 30, 45))
  .map(([sign, hours, minutes]) => `${sign}${pad(hours, 2)}:${pad(minutes, 2)}`));
const dateTime = fc.tuple(fc.oneof(newsDay, calendarDay), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), offset)
  .map(([day, hour, minute, zone]) => `${day}T${pad(hour, 2)}:${pad(minute, 2)}${zone}`);

/** Any date string: news days, calendar days, months, years, date-times with offsets, the range's edges and malformed ones. */
export const dateText = fc.oneof(
  { weight: 4, arbitrary: newsDay },
  { weight: 4, arbitrary: calendarDay },
  { weight: 2, arbitrary: monthDate },
  { weight: 2, arbitrary: yearDate },
  { weight: 2, arbitrary: dateTime },
  { weight: 2, arbitrary: fc.constantFrom(...RANGE_EDGES) },
  { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_DATES) },
);

/** Link URLs: mostly allowed ones, sometimes schemes the allow-list must refuse. */
const linkUrl = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('https://example.org/a', 'http://example.org/b?c=d#e', 'mailto:desk@example.org', 'https://example.org/photo.jpg') },
  { weight: 1, arbitrary: fc.constantFrom('javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '/relative', '') },
);

/** Ids: a small pool, so duplicates happen; sometimes not a slug at all. */
const eventId = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,5}$/) },
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'c') },
  { weight: 1, arbitrary: fc.constantFrom('', '-a', 'a b', 'é', '__proto__') },
);

/** A source; its id (s0, s1, s2) is its position, given when the dataset is put together. */
const source = fc.record({
  publisher: requiredText,
  title: requiredText,
  published: fc.oneof({ weight: 5, arbitrary: newsDay }, { weight: 1, arbitrary: dateText }),
  url: linkUrl,
}, { requiredKeys: ['publisher', 'title', 'published'] });

/** The end of an event: none, the start itself (a zero-length span), or another date. */
const endKind = fc.constantFrom<'none' | 'same' | 'other'>('none', 'none', 'same', 'other');

/**
 * An event before it is put in its dataset: `cites`, `lane` and `kind` pick its sources, lane and
 * category from the dataset's lists by position (modulo their length), so shrinking the lists keeps
 * the events meaningful. `group` and `category` of its own are used where the lists are empty.
 */
const event = fc.record({
  base: fc.record({ id: eventId, title: requiredText, start: dateText }),
  cites: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 2 }),
  lane: fc.nat(),
  kind: fc.nat(),
  end: fc.tuple(endKind, dateText),
  optional: fc.record({
    precision: fc.constantFrom('year', 'month', 'day', 'minute'),
    approximate: fc.boolean(),
    era: fc.boolean(),
    importance: fc.constantFrom(1, 2, 3),
    group: anyText,
    category: anyText,
    summary: anyText,
    note: anyText,
    actors: fc.array(requiredText, { maxLength: 3 }),
    tags: fc.array(requiredText, { maxLength: 3 }),
    location: fc.record({ name: requiredText, lat: fc.double({ min: -90, max: 90, noNaN: true }), lon: fc.double({ min: -180, max: 180, noNaN: true }) }, { requiredKeys: ['name'] }),
    quotes: fc.array(fc.record({ text: requiredText, speaker: requiredText, source: fc.nat({ max: 3 }).map((index) => `s${index}`) }), { maxLength: 2 }),
    media: fc.record({ url: linkUrl, alt: requiredText, credit: anyText }, { requiredKeys: ['url', 'alt'] }),
  }, { requiredKeys: [] }),
});

type RawEvent = typeof event extends fc.Arbitrary<infer T> ? T : never;

/** An event of a dataset with `lanes`, `kinds` and sources s0… as they were generated. */
function placeEvent(raw: RawEvent, lanes: readonly string[], kinds: readonly string[]): Record<string, unknown> {
  const { base, cites, lane, kind, end: [endAs, other], optional } = raw;
  const placed: Record<string, unknown> = { ...base, ...optional, sources: cites.map((index) => `s${index}`) };
  if (lanes.length > 0 && 'group' in optional) placed.group = lanes[lane % lanes.length];
  if (kinds.length > 0 && 'category' in optional) placed.category = kinds[kind % kinds.length];
  const end = endAs === 'none' ? undefined : endAs === 'same' ? base.start : other;
  if (end !== undefined) placed.end = end;
  // An era without an end is invalid; most eras get one (a zero-length one) so they reach the chart.
  if (placed.era === true && end === undefined && lane % 4 !== 0) placed.end = base.start;
  return placed;
}

/** Eras that meet at a year, as `600`–`650` and `650`–`700` (issue #22, row 11). */
const adjacentEras = fc.tuple(fc.integer({ min: -3000, max: 2000 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 }))
  .map(([from, first, second]): Record<string, unknown>[] => [
    { id: 'era-one', title: 'First period', start: isoYear(from), end: isoYear(from + first), era: true, sources: ['s0'] },
    { id: 'era-two', title: 'Second period', start: isoYear(from + first), end: isoYear(from + first + second), era: true, sources: ['s0'] },
  ]);

/** Many lanes at once: one event per lane, up to past the 50 lanes a chart will fold into "Other" (shrinks towards few). */
const manyLanes = fc.tuple(fc.integer({ min: 1, max: 55 }), newsDay).map(([count, day]) =>
  Array.from({ length: count }, (_, index): Record<string, unknown> => ({
    id: `lane-${index}`, title: `In lane ${index}`, start: day, group: `Desk ${index}`, category: `Kind ${index % 30}`, sources: ['s0'],
  })));

/** A dataset object of the eventline format, mostly valid: the events a chart must draw, and the mistakes it must report. */
export const datasetInput: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    title: requiredText,
    description: anyText,
    sources: fc.array(source, { minLength: 1, maxLength: 3 }),
    lanes: fc.array(anyText, { maxLength: 8 }),
    kinds: fc.array(anyText, { maxLength: 30 }),
    events: fc.array(event, { maxLength: 12 }),
    extra: fc.oneof(
      { weight: 8, arbitrary: fc.constant<Record<string, unknown>[]>([]) },
      { weight: 1, arbitrary: adjacentEras },
      { weight: 1, arbitrary: manyLanes },
    ),
  }, { requiredKeys: ['title', 'sources', 'lanes', 'kinds', 'events', 'extra'] })
  .map(({ sources, lanes, kinds, events, extra, ...dataset }) => ({
    ...dataset,
    sources: sources.map((fields, index) => ({ id: `s${index}`, ...fields })),
    events: [...events.map((raw) => placeEvent(raw, lanes, kinds)), ...extra],
  }));

/** A dataset that parses: the same shapes with nothing broken, for the properties of what is drawn. */
export const validDatasetInput: fc.Arbitrary<Record<string, unknown>> = datasetInput.map(repair);

/** Whether the validator takes `text` as filled in (it refuses what is empty or blank). */
const filled = (text: unknown): text is string => typeof text === 'string' && /\S/.test(text);

/**
 * `dataset` with what makes it invalid taken out: unique slug ids, one known source, no stated
 * precision, media or quotes, unparsable dates replaced, ends before their start moved to it, blank
 * optional fields dropped. Dates the parser takes stay, the edges of the range included, and so do
 * invisible titles: whether those may reach a chart is what the properties ask.
 */
function repair(dataset: Record<string, unknown>): Record<string, unknown> {
  const parses = (text: unknown): text is string => typeof text === 'string' && parseISODate(text).ok;
  const time = (text: string): number => (parseISODate(text) as { date: Date }).date.getTime();
  const events = (dataset.events as Record<string, unknown>[]).map((raw, index) => {
    const event: Record<string, unknown> = { ...raw, id: `e${index}`, sources: ['s0'] };
    for (const key of ['precision', 'media', 'quotes']) delete event[key];
    for (const key of ['group', 'category', 'summary', 'note']) if (!filled(event[key])) delete event[key];
    for (const key of ['actors', 'tags']) if (Array.isArray(event[key])) event[key] = (event[key] as unknown[]).filter(filled);
    if (!filled(event.title)) event.title = 'Untitled';
    const location = event.location as Record<string, unknown> | undefined;
    if (location) event.location = { name: filled(location.name) ? location.name : 'Somewhere' };
    if (!parses(event.start)) event.start = '2025-09-01';
    const start = event.start as string;
    if (event.end !== undefined && (!parses(event.end) || time(event.end) < time(start))) event.end = start;
    if (event.era === true && event.end === undefined) event.end = start;
    return event;
  });
  const sources = (dataset.sources as Record<string, unknown>[]).map((raw) => ({
    id: raw.id, publisher: filled(raw.publisher) ? raw.publisher : 'Publisher', title: filled(raw.title) ? raw.title : 'Report', published: '2025-09-05', url: 'https://example.org/',
  }));
  const repaired: Record<string, unknown> = { ...dataset, title: filled(dataset.title) ? dataset.title : 'Timeline', sources, events };
  if (!filled(repaired.description)) delete repaired.description;
  return repaired;
}

/** Values handed to createTimeline or parseDataset that are not dataset objects at all (`null` most often: a failed fetch's result). */
export const notADataset: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: fc.constantFrom<unknown>(0, 42, 'dataset', true, [], {}, { title: 'No events' }, { title: 'x', sources: [], events: 'none' }, { title: 'x', sources: [], events: [null, 7, 'event'] }) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"title":"Proto","sources":[],"events":[],"__proto__":{"polluted":true}}') as unknown) },
  { weight: 1, arbitrary: fc.record({ title: anyText, sources: fc.constant([]), events: fc.constant([]), titel: anyText }) },
);

/** Any input: mostly datasets (valid or not), sometimes not a dataset at all. */
export const anyInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: datasetInput },
  { weight: 3, arbitrary: validDatasetInput },
  { weight: 2, arbitrary: notADataset },
);

/**
 * The run settings every property shares: the fixed seed, and a time limit that ends a slow shrink
 * (each step draws a chart) with the smallest counterexample found so far, still reported as a failure.
 */
export const runs = (numRuns: number, seconds = 15): { seed: number; numRuns: number; interruptAfterTimeLimit: number } => ({ seed: PROPERTY_SEED, numRuns, interruptAfterTimeLimit: seconds * 1000 });
