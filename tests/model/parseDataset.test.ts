import { describe, expect, it } from 'vitest';
import { EventlineDataError } from '../../src/model/errors.js';
import { eventIndexOf, parseDataset, validateDataset } from '../../src/model/parseDataset.js';
import { fullEvent, validDataset, withEvent } from '../fixtures/datasets.js';
import { DAY, YEAR } from '../../src/model/units.js';

const formatDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The `path: message` lines a dataset produces. */
function problems(input: unknown): string[] {
  return validateDataset(input).map((issue) => `${issue.path}: ${issue.message}`);
}

describe('parseDataset on valid input', () => {
  it('sorts events by start and normalises calendar dates to UTC midnight with their precision', () => {
    const dataset = parseDataset(validDataset());
    expect(dataset.events.map((event) => event.id)).toEqual(['war-in-east', 'invasion', 'paris-summit']);
    const [war, invasion] = dataset.events;
    expect(war?.start.toISOString()).toBe('2014-04-01T00:00:00.000Z');
    expect(war?.precision).toBe('month');
    expect(war?.end?.toISOString()).toBe('2022-02-01T00:00:00.000Z');
    expect(war?.endPrecision).toBe('month');
    expect(invasion?.precision).toBe('day');
    expect(invasion?.importance).toBe(1);
    expect(dataset.sources[0]?.published.toISOString()).toBe('2025-09-05T00:00:00.000Z');
  });

  it('orders identical timestamps by id, whatever the input order', () => {
    const a = { id: 'b-second', title: 'B', start: '2025-09-04', sources: ['bbc'] };
    const b = { id: 'a-first', title: 'A', start: '2025-09-04', sources: ['bbc'] };
    const forward = parseDataset({ ...validDataset(), events: [a, b] }).events.map((e) => e.id);
    const backward = parseDataset({ ...validDataset(), events: [b, a] }).events.map((e) => e.id);
    expect(forward).toEqual(['a-first', 'b-second']);
    expect(backward).toEqual(forward);
  });

  it('gives events on the same instant one Date within a dataset, and another dataset its own', () => {
    const events = [
      { id: 'talks', title: 'Talks', start: '2025-09-04', sources: ['bbc'] },
      // A location takes the full validator instead of the common-shape reader: same pool.
      { id: 'summit', title: 'Summit', start: '2025-09-04', location: { name: 'Paris' }, sources: ['bbc'] },
      { id: 'run-up', title: 'Run-up', start: '2025-09-01', end: '2025-09-04', sources: ['bbc'] },
      { id: 'later', title: 'Later', start: '2025-09-05', sources: ['bbc'] },
    ];
    const byId = (dataset: ReturnType<typeof parseDataset>) => new Map(dataset.events.map((event) => [event.id, event]));
    const first = byId(parseDataset({ ...validDataset(), events }));
    const talks = first.get('talks')!;
    expect(first.get('summit')!.start).toBe(talks.start);
    expect(first.get('run-up')!.end).toBe(talks.start);
    expect(first.get('later')!.start).not.toBe(talks.start);
    expect(talks.start.toISOString()).toBe('2025-09-04T00:00:00.000Z');
    const second = byId(parseDataset({ ...validDataset(), events }));
    expect(second.get('talks')!.start).not.toBe(talks.start);
    expect(second.get('talks')!.start).toEqual(talks.start);
  });

  it('gives events as plain objects, whichever validator read them', () => {
    const events = parseDataset(validDataset()).events.concat(parseDataset({ ...validDataset(), events: [fullEvent] }).events);
    for (const event of events) {
      expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
      expect(event.constructor).toBe(Object);
      expect(structuredClone(event)).toEqual(event);
      expect(Object.keys(event).slice(0, 6)).toEqual(['id', 'title', 'sources', 'start', 'precision', 'importance']);
    }
  });

  it('reads events given as class instances or null-prototype objects by their own fields', () => {
    class EventRecord {
      sources = ['bbc'];
      constructor(readonly id: string, readonly title: string, readonly start: string) {}
    }
    const bare = Object.assign(Object.create(null) as object, { id: 'b', title: 'B', start: '2025-09-05', sources: ['aj'] });
    const dataset = parseDataset({ ...validDataset(), events: [bare, new EventRecord('a', 'A', '2025-09-04')] });
    expect(dataset.events.map((event) => `${event.id} ${formatDay(event.start)} ${event.sources.join()}`)).toEqual(['a 2025-09-04 bbc', 'b 2025-09-05 aj']);
  });

  it('sorts a large shuffled dataset by start then id, and finds every event by id', () => {
    // Enough events and repeated days to exercise the counting sort's runs of equal times.
    const count = 2000;
    const events = Array.from({ length: count }, (_, index) => {
      const day = (index * 7919) % 97;
      return { id: `e${(index * 104_729) % count}`, title: 'x', start: `2020-01-01`, sources: ['bbc'], day };
    }).map(({ day, ...event }) => ({ ...event, start: new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10) }));
    const dataset = parseDataset({ ...validDataset(), events });
    const expected = [...events].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(dataset.events.map((event) => event.id)).toEqual(expected.map((event) => event.id));
    // A long run of one day (sorted by id another way) and short ones, shuffled together.
    const crowded = Array.from({ length: 90 }, (_, index) => ({ id: `c${(index * 37) % 90}`, title: 'x', start: index % 3 === 0 ? '2020-02-01' : '2020-01-15', sources: ['bbc'] }));
    const crowdedExpected = [...crowded].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
    expect(parseDataset({ ...validDataset(), events: crowded }).events.map((event) => event.id)).toEqual(crowdedExpected.map((event) => event.id));
    // Times of day, and calendar dates spread over centuries: slots come from the distinct times instead of days.
    const timed = Array.from({ length: 300 }, (_, index) => ({ id: `t${(index * 131) % 300}`, title: 'x', start: new Date(Date.UTC(2025, 8, 4, (index * 7) % 24, (index * 13) % 4 * 15)).toISOString().slice(0, 16) + 'Z', sources: ['bbc'] }));
    const centuries = Array.from({ length: 300 }, (_, index) => ({ id: `y${(index * 17) % 300}`, title: 'x', start: `${1000 + ((index * 389) % 1000)}-0${1 + (index % 9)}-1${index % 10}`, sources: ['bbc'] }));
    for (const list of [timed, centuries]) {
      const wanted = [...list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
      expect(parseDataset({ ...validDataset(), events: list }).events.map((event) => event.id)).toEqual(wanted.map((event) => event.id));
    }
    // Day slots from both validators (years, months, a midnight date-time) and days before 1970.
    const mixed = ['1970-01-02', '1969-12-31', '1970', '1969-07', '1970-01-01T00:00Z', '1969-12-31', '1970-01-01', '1969']
      .map((start, index) => ({ id: `m${(index * 5) % 8}`, title: 'x', start, sources: ['bbc'] }));
    const mixedWanted = [...mixed].sort((a, b) => Date.parse(a.start.length === 4 ? `${a.start}-01-01` : a.start) - Date.parse(b.start.length === 4 ? `${b.start}-01-01` : b.start) || (a.id < b.id ? -1 : 1));
    expect(parseDataset({ ...validDataset(), events: mixed }).events.map((event) => event.id)).toEqual(mixedWanted.map((event) => event.id));
    // Already sorted input comes out the same.
    expect(parseDataset({ ...validDataset(), events: expected }).events.map((event) => event.id)).toEqual(expected.map((event) => event.id));
    const index = eventIndexOf(dataset);
    for (const event of dataset.events) expect(index.get(event.id)).toBe(event);
    expect(index.has('e-missing')).toBe(false);
    expect(index.get('e-missing')).toBeUndefined();
  });

  it('does not keep the raw input alive once parsed (the id index reads the validated events)', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const parse = (): { dataset: ReturnType<typeof parseDataset>; raw: WeakRef<object> } => {
      const events = Array.from({ length: 50 }, (_, i) => ({ id: `e${i}`, title: 'x', start: '2020-01-01', sources: ['bbc'] }));
      return { dataset: parseDataset({ ...validDataset(), events }), raw: new WeakRef(events) };
    };
    const { dataset, raw } = parse();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    expect(raw.deref()).toBeUndefined();
    expect(eventIndexOf(dataset).get('e7')?.id).toBe('e7');
  });

  it('keeps every optional field of a complete event, with a stated coarser precision', () => {
    const event = parseDataset({ ...validDataset(), events: [fullEvent] }).events[0];
    expect(event).toMatchObject({
      id: 'vladivostok-remarks',
      precision: 'day',
      location: { name: 'Vladivostok', lat: 43.115, lon: 131.885 },
      quotes: [{ text: 'legitimate targets', speaker: 'Vladimir Putin', source: 'bbc' }],
      media: { url: 'https://example.org/photo.jpg', alt: 'Putin at a lectern', credit: 'Agency' },
      importance: 3,
      approximate: false,
      displayDate: 'Friday morning, Vladivostok time',
    });
    // Day precision on an offset date-time keeps the written calendar day (5 September in Vladivostok).
    expect(event?.start.toISOString()).toBe('2025-09-05T00:00:00.000Z');
  });

  it('moves a date stated coarser to the start of its period, and lets an end cover its whole period', () => {
    const event = parseDataset(withEvent({ id: 'x', title: 'x', start: '2022-06-15', precision: 'year', sources: ['bbc'] })).events.find((e) => e.id === 'x');
    expect(event?.start.toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(validateDataset(withEvent({ id: 'x', title: 'x', start: '2022-02-15', end: '2022-02', sources: ['bbc'] }))).toEqual([]);
    expect(problems(withEvent({ id: 'x', title: 'x', start: '2022-03-15', end: '2022-02', sources: ['bbc'] }))).toEqual(['events[3].end: 2022-02 is before the start, 2022-03-15']);
  });

  it('refuses dates with surrounding spaces, as the JSON Schema does', () => {
    expect(problems(withEvent({ id: 'x', title: 'x', start: ' 2022-01-01 ', sources: ['bbc'] }))[0]).toContain('is not a valid date');
  });

  it('accepts an empty event list (the timeline shows its empty state)', () => {
    expect(parseDataset({ title: 'Nothing yet', sources: [], events: [] }).events).toEqual([]);
  });

  it('accepts a $schema key so editors can validate the file', () => {
    expect(validateDataset({ $schema: './eventline.schema.json', ...validDataset() })).toEqual([]);
    expect(problems({ $schema: 7, ...validDataset() })).toEqual(['dataset.$schema: expected a string, got number 7']);
  });
});

describe('parseDataset on invalid input', () => {
  it('throws EventlineDataError listing every problem at once', () => {
    const input = validDataset() as unknown as { events: Record<string, unknown>[] };
    input.events.push({ id: 'bad-date', title: 'x', start: '2022-13-01', sources: ['bbc'] });
    input.events.push({ id: 'no-title', start: '2022-01-01', sources: ['nope'] });
    let error: unknown;
    try {
      parseDataset(input);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(EventlineDataError);
    const dataError = error as EventlineDataError;
    expect(dataError.issues).toEqual([
      { path: 'events[3].start', message: '"2022-13-01" is not a valid date (there is no month 13)' },
      { path: 'events[4].title', message: 'is required' },
      { path: 'events[4].sources[0]', message: '"nope" is not the id of any source (known: bbc, aj)' },
    ]);
    expect(dataError.message).toContain('Invalid eventline dataset (3 problems)');
    expect(dataError.message).toContain('events[3].start: "2022-13-01" is not a valid date');
  });

  it.each([
    [null, 'dataset: expected a dataset object with title, sources and events, got null'],
    [[], 'dataset: expected a dataset object with title, sources and events, got an array'],
    ['{"title": "x"}', 'dataset: expected a dataset object with title, sources and events, got the string "{\\"title\\": \\"x\\"}"'],
  ])('rejects %j as a dataset', (input, message) => {
    expect(problems(input)).toEqual([message]);
  });

  it('reports missing title, sources and events', () => {
    expect(problems({})).toEqual([
      'dataset.title: is required',
      'sources: is required (an array, which may be empty)',
      'events: is required (an array, which may be empty)',
    ]);
    expect(problems({ title: 'x', sources: {}, events: 'none' })).toEqual([
      'sources: expected an array, got an object',
      'events: expected an array, got the string "none"',
    ]);
  });

  it.each([
    [{ title: 'No id', start: '2022', sources: ['bbc'] }, 'events[3].id: is required'],
    [{ id: 'x', start: '2022', sources: ['bbc'] }, 'events[3].title: is required'],
    [{ id: 'x', title: 'x', sources: ['bbc'] }, 'events[3].start: is required'],
    [{ id: 'x', title: 'x', start: '2022' }, 'events[3].sources: is required'],
    [{ id: 'x', title: 'x', start: '2022', sources: [] }, 'events[3].sources: must list at least one item'],
    [{ id: 'x', title: '  ', start: '2022', sources: ['bbc'] }, 'events[3].title: must not be empty (it has only invisible characters)'],
    [{ id: 'x', title: '', start: '2022', sources: ['bbc'] }, 'events[3].title: must not be empty'],
    [{ id: 'x', title: '\u200b', start: '2022', sources: ['bbc'] }, 'events[3].title: must not be empty (it has only invisible characters)'],
    [{ id: 'x', title: '\u2066\u2069\u00ad\ufe0f\u3164', start: '2022', sources: ['bbc'] }, 'events[3].title: must not be empty (it has only invisible characters)'],
    [{ id: 'x', title: 'ok', start: '2022', tags: ['\u200d'], sources: ['bbc'] }, 'events[3].tags[0]: expected a non-empty string, got the string "\u200d"'],
    [{ id: 'has space', title: 'x', start: '2022', sources: ['bbc'] }, 'events[3].id: "has space" is not a valid id (letters, digits, - and _, starting with a letter or digit)'],
    [{ id: 'x', title: 'x', start: 2022, sources: ['bbc'] }, 'events[3].start: expected a string, got number 2022'],
    [{ id: 'x', title: 'x', start: '2022-02-30', sources: ['bbc'] }, 'events[3].start: "2022-02-30" is not a valid date (February 2022 has no day 30)'],
    [{ id: 'x', title: 'x', start: '2022-02-24', end: '2022-02-23', sources: ['bbc'] }, 'events[3].end: 2022-02-23 is before the start, 2022-02-24'],
    [{ id: 'x', title: 'x', start: '2022-02', precision: 'day', sources: ['bbc'] }, 'events[3].precision: "day" contradicts start 2022-02, which is only precise to the month'],
    [{ id: 'x', title: 'x', start: '2022-02-24', end: '2023', precision: 'day', sources: ['bbc'] }, 'events[3].precision: "day" contradicts end 2023, which is only precise to the year'],
    [{ id: 'x', title: 'x', start: '2022', precision: 'week', sources: ['bbc'] }, 'events[3].precision: expected one of "year", "month", "day", "minute", got the string "week"'],
    [{ id: 'x', title: 'x', start: '2022', importance: 5, sources: ['bbc'] }, 'events[3].importance: 5 is out of range (expected a whole number from 1 to 3)'],
    [{ id: 'x', title: 'x', start: '2022', importance: 1.5, sources: ['bbc'] }, 'events[3].importance: 1.5 is out of range (expected a whole number from 1 to 3)'],
    [{ id: 'x', title: 'x', start: '2022', era: true, sources: ['bbc'] }, 'events[3].end: is required when era is true (an era is a span)'],
    [{ id: 'x', title: 'x', start: '2022', approximate: 'yes', sources: ['bbc'] }, 'events[3].approximate: expected true or false, got the string "yes"'],
    [{ id: 'x', title: 'x', start: '2022', displayDate: '', sources: ['bbc'] }, 'events[3].displayDate: must not be empty'],
    [{ id: 'x', title: 'x', start: '2022', displayDate: '\u200b ', sources: ['bbc'] }, 'events[3].displayDate: must not be empty (it has only invisible characters)'],
    [{ id: 'x', title: 'x', start: '2022', displayDate: 1850, sources: ['bbc'] }, 'events[3].displayDate: expected a string, got number 1850'],
    [{ id: 'x', title: 'x', start: '2022', actors: ['Putin', 7], sources: ['bbc'] }, 'events[3].actors[1]: expected a non-empty string, got number 7'],
    [{ id: 'x', title: 'x', start: '2022', titel: 'typo', sources: ['bbc'] }, 'events[3].titel: unknown field (expected one of: id, title, start, end, precision, approximate, displayDate, group, category, summary, location, actors, quotes, sources, importance, era, tags, note, media)'],
    [{ id: 'x', title: 'x', start: '2022', location: { name: 'Kyiv', lat: 91, lon: 30.5 }, sources: ['bbc'] }, 'events[3].location.lat: 91 is out of range (expected a number from -90 to 90)'],
    [{ id: 'x', title: 'x', start: '2022', location: { name: 'Kyiv', lat: 50.45, lon: Number.NaN }, sources: ['bbc'] }, 'events[3].location.lon: expected a finite number, got number NaN'],
    [{ id: 'x', title: 'x', start: '2022', location: { name: 'Kyiv', lat: Infinity, lon: 30.5 }, sources: ['bbc'] }, 'events[3].location.lat: expected a finite number, got number Infinity'],
    [{ id: 'x', title: 'x', start: '2022', location: { lat: 1, lon: 2 }, sources: ['bbc'] }, 'events[3].location.name: is required'],
    [{ id: 'x', title: 'x', start: '2022', location: { name: 'Kyiv', lat: 50.45 }, sources: ['bbc'] }, 'events[3].location.lon: is required with lat (a point needs both coordinates)'],
    [{ id: 'x', title: 'x', start: '2022', quotes: [{ text: 'Hi', speaker: 'A', source: 'cnn' }], sources: ['bbc'] }, 'events[3].quotes[0].source: "cnn" is not the id of any source (known: bbc, aj)'],
    [{ id: 'x', title: 'x', start: '2022', quotes: [{ text: 'Hi', source: 'bbc' }], sources: ['bbc'] }, 'events[3].quotes[0].speaker: is required'],
    [{ id: 'x', title: 'x', start: '2022', media: { url: 'javascript:alert(1)', alt: 'x' }, sources: ['bbc'] }, 'events[3].media.url: "javascript:alert(1)" uses the scheme "javascript:", which is not allowed (use http, https)'],
    [{ id: 'x', title: 'x', start: '2022', media: { url: 'https://example.org/a.jpg' }, sources: ['bbc'] }, 'events[3].media.alt: is required'],
  ])('reports %j', (event, message) => {
    expect(problems(withEvent(event))).toEqual([message]);
  });

  it('reports duplicate ids naming the first use', () => {
    const dataset = withEvent({ id: 'invasion', title: 'Again', start: '2022', sources: ['bbc'] });
    expect(problems(dataset)).toEqual(['events[3].id: "invasion" is already used by events[1]']);
    const sources = { ...validDataset(), sources: [...validDataset().sources, { id: 'bbc', publisher: 'B', title: 'T', published: '2025' }] };
    expect(problems(sources)).toEqual(['sources[2].id: "bbc" is already used by sources[0]']);
  });

  it.each([
    ['javascript:alert(document.cookie)', 'uses the scheme "javascript:"'],
    ['JaVaScRiPt:alert(1)', 'uses the scheme "javascript:"'],
    ['java\tscript:alert(1)', 'uses the scheme "javascript:"'],
    ['data:text/html,<script>alert(1)</script>', 'uses the scheme "data:"'],
    ['/relative/path', 'is not an absolute URL'],
  ])('refuses the source URL %j', (url, message) => {
    const dataset = validDataset();
    dataset.sources[0]!.url = url;
    const [problem] = problems(dataset);
    expect(problem).toContain('sources[0].url: ');
    expect(problem).toContain(message);
  });

  it('accepts http, https and mailto source URLs', () => {
    for (const url of ['http://example.org', 'https://example.org/a?b=c', 'mailto:desk@example.org']) {
      const dataset = validDataset();
      dataset.sources[0]!.url = url;
      expect(problems(dataset)).toEqual([]);
    }
  });

  it('reports source fields', () => {
    const dataset = { ...validDataset(), sources: [{ id: 'bbc', title: 'T', published: 'last Friday' }, { id: 'aj', publisher: 'AJ', title: 'T', published: '2025' }] };
    expect(problems(dataset)).toEqual([
      'sources[0].publisher: is required',
      'sources[0].published: "last Friday" is not a valid date (expected ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date-time with a time zone)',
    ]);
  });

  it('shortens huge values in messages', () => {
    const [problem] = problems(withEvent({ id: 'x', title: 'x', start: 'x'.repeat(10_000), sources: ['bbc'] }));
    expect(problem!.length).toBeLessThan(250);
  });

  it('never lets __proto__ or constructor keys pollute prototypes', () => {
    const json = '{"title":"x","sources":[],"events":[],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';
    const issues = problems(JSON.parse(json));
    expect(issues).toContain('dataset.__proto__: unknown field (expected one of: $schema, title, description, sources, events)');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const event = JSON.parse('{"id":"x","title":"x","start":"2022","sources":["bbc"],"__proto__":{"summary":"injected"}}');
    const result = validateDataset(withEvent(event));
    expect(result.map((issue) => issue.path)).toEqual(['events[3].__proto__']);
    expect(({} as Record<string, unknown>).summary).toBeUndefined();
  });

  it('does not throw from validateDataset', () => {
    expect(() => validateDataset(undefined)).not.toThrow();
    expect(validateDataset(undefined)).toHaveLength(1);
  });

  it('stops checking after 1,000 problems, says so first and how many events it checked', () => {
    const events = Array.from({ length: 5000 }, (_, index) => ({ id: `e${index}`, title: 'Bad', start: '2025-02-30', sources: ['bbc'] }));
    const issues = validateDataset({ ...validDataset(), events });
    expect(issues).toHaveLength(1001);
    expect(issues[0]).toEqual({ path: 'events', message: 'checking stopped after 1000 problems: 1000 of 5000 events checked' });
    expect(issues[1]!.path).toBe('events[0].start');
    expect(issues[1000]!.path).toBe('events[999].start');
    expect(() => parseDataset({ ...validDataset(), events })).toThrow(/^Invalid eventline dataset \(1001 problems\):\nevents: checking stopped/);
  });

  it('counts problems before the events toward the bound (duplicate ids), and stops as soon as it is reached', () => {
    const events = Array.from({ length: 1500 }, () => ({ id: 'same', title: 'T', start: '2025-02-30', sources: ['bbc'] }));
    const issues = validateDataset({ ...validDataset(), events });
    expect(issues[0]!.message).toBe('checking stopped after 1000 problems: 0 of 1500 events checked');
    expect(issues.slice(1).every((issue) => issue.path.endsWith('.id'))).toBe(true);
  });

  it('accepts a title with a visible character anywhere, whatever the script', () => {
    for (const title of ['\u200b\u{1F642}', '\u202bسلام\u202c', '\u00a0\u0416', '\u3000\u6771']) {
      expect(problems(withEvent({ id: 'x', title, start: '2022', sources: ['bbc'] })), JSON.stringify(title)).toEqual([]);
    }
  });

  it('takes deep-time years as whole years, refusing a month there by event and field', () => {
    expect(problems(withEvent({ id: 'deep', title: 'Deep', start: '-271821-04-20', sources: ['bbc'] }))).toEqual([
      'events[3].start: "-271821-04-20" is not a valid date (past ±270000 eventline takes a year alone)',
    ]);
    expect(problems(withEvent({ id: 'far', title: 'Far', start: '+275760', sources: ['bbc'] }))).toEqual([]);
    expect(problems(withEvent({ id: 'edge', title: 'Edge', start: '-270000-01-01', end: '+270000', sources: ['bbc'] }))).toEqual([]);
    expect(problems(withEvent({ id: 'era', title: 'Paleozoic', start: '-538800000', end: '-251902000', sources: ['bbc'] }))).toEqual([]);
    expect(problems(withEvent({ id: 'back', title: 'Backwards', start: '-251902000', end: '-538800000', sources: ['bbc'] }))).toEqual([
      'events[3].end: -538800000 is before the start, -251902000',
    ]);
  });

  it('sorts deep-time starts that fall on whole days by their times, not by day numbers cut to 32 bits', () => {
    // Starts on whole days, too many of them for an Int32 day number: cut to 32 bits these two read
    // 38,450 days apart and in the wrong order, which a day-number sort would take for the truth.
    const onWholeDays = [-6_653_230, -65_449_230].filter((year) => ((year - 1970) * YEAR) % DAY === 0);
    expect(onWholeDays).toHaveLength(2);
    const input = validDataset();
    input.events = onWholeDays.map((year) => ({ id: `y${-year}`, title: String(year), start: String(year), sources: ['bbc'] }));
    const starts = parseDataset(input).events.map((event) => event.start.getUTCFullYear());
    expect(starts).toEqual([-65_449_230, -6_653_230]);
  });
});
