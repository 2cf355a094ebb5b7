import { describe, expect, it } from 'vitest';
import { IssueCollector } from '../../src/model/fields.js';
import { DatePool } from '../../src/model/datePool.js';
import { plainEventReader } from '../../src/model/plainEvent.js';
import { validateEvent } from '../../src/model/validateEvent.js';

const SOURCES = new Set(['bbc', 'reuters']);
/** A fresh reader each time, as each dataset gets one. */
const readPlainEvent = (raw: unknown) => plainEventReader(SOURCES, new DatePool())(raw);
const base = { id: 'paris-summit', title: 'Paris summit', start: '2025-09-04', sources: ['bbc'] };

/** Variations on one field at a time: values validateEvent accepts, and values it rejects. */
const VARIANTS: Record<string, unknown[]> = {
  id: ['a', 'x_1-b', ' lead', 'two words', '', 7, undefined],
  title: ['T', '  ', '', 'Zelensky <b>', 3, undefined],
  start: [
    '2022-02-24', '2022-13-01', '2022-02-30', '0000-01-01', '2022-02', '2022', ' 2022-02-24', 20220224, undefined,
    // Wire timestamps: the fast path reads Z and ±HH:MM, with or without seconds; the rest is validateEvent's.
    '2022-02-24T10:00Z', '2025-09-04T09:30+10:00', '2025-09-03T23:30-05:00', '2025-09-04T09:30:15Z', '2025-09-04T00:00Z',
    '2025-09-04T09:30:15.5Z', '2025-09-04T09:30-0530', '2025-09-04T09:30', '2025-09-04T24:00Z', '2025-09-04T09:60Z',
    '2025-09-04T09:30:60Z', '2025-09-04T09:30+24:00', '2025-09-04T09:30+03:60', '2025-09-04 09:30Z', '2025-09-04T9:30Z',
  ],
  end: [
    undefined, '2025-09-04', '2025-09-05', '2025-09-03', '2025-09', '2025-08', 'soon', 5,
    '2025-09-06T18:00Z', '2025-09-06T01:00+03:00', '2025-09-04T00:00Z', '2025-09-03T23:59Z', '2025-09-06T18:00:30.25Z', '2025-09-06T25:00Z',
  ],
  sources: [['bbc'], ['bbc', 'reuters'], [], ['nope'], ['bbc', ''], 'bbc', [3], undefined],
  group: [undefined, 'Diplomacy', '', ' ', 1],
  category: [undefined, 'summit', ''],
  summary: [undefined, 'Text', '\n'],
  note: [undefined, 'Reported by one source', false],
  importance: [undefined, 1, 2, 3, 0, 4, 2.5, '2', Number.NaN],
  approximate: [undefined, true, false, 'yes'],
  actors: [undefined, [], ['Macron', 'Starmer'], ['Macron', ''], 'Macron', [1]],
  tags: [undefined, ['talks'], [' '], {}],
  precision: [undefined, 'day', 'month', 'year'],
  era: [undefined, true, false],
  location: [undefined, { name: 'Paris' }],
  titel: [undefined, 'typo'],
};

function fullPath(raw: unknown): { event: unknown; issues: number } {
  const issues = new IssueCollector();
  const event = validateEvent(raw, 'events[0]', issues, SOURCES, new DatePool());
  return { event, issues: issues.issues.length };
}

describe('the plain-event fast path', () => {
  it('returns exactly what validateEvent returns (keys in the same order), and leaves everything else to it', () => {
    let fast = 0;
    let cases = 0;
    for (const [field, values] of Object.entries(VARIANTS)) {
      for (const value of values) {
        for (const extra of [{}, { end: '2025-09-06', group: 'War', tags: ['t'], importance: 3 }]) {
          const raw: Record<string, unknown> = { ...base, ...extra };
          if (value === undefined) delete raw[field];
          else raw[field] = value;
          cases++;
          const plain = readPlainEvent(raw);
          const full = fullPath(raw);
          if (plain === undefined) continue;
          fast++;
          expect(full.issues, `${field}: ${JSON.stringify(value)}`).toBe(0);
          expect(plain).toEqual(full.event);
          expect(Object.keys(plain)).toEqual(Object.keys(full.event as object));
        }
      }
    }
    // The fast path takes the common events: most of those without precision, era, location or a typo,
    // timestamps included (86 cases; calendar dates alone are 70).
    expect(cases).toBeGreaterThan(210);
    expect(fast).toBeGreaterThanOrEqual(86);
  });

  it('never takes an event validateEvent would report, or one with fields it does not read', () => {
    expect(readPlainEvent({ ...base, start: '2022-02-30' })).toBeUndefined();
    expect(readPlainEvent({ ...base, end: '2025-09-03' })).toBeUndefined();
    expect(readPlainEvent({ ...base, sources: ['nope'] })).toBeUndefined();
    expect(readPlainEvent({ ...base, precision: 'day' })).toBeUndefined();
    expect(readPlainEvent(Object.assign(Object.create({ inherited: 1 }) as object, base))).toBeUndefined();
    expect(readPlainEvent([base])).toBeUndefined();
    expect(readPlainEvent(null)).toBeUndefined();
    expect(readPlainEvent({ ...base, end: '2025-09-04' })).toMatchObject({ start: new Date('2025-09-04T00:00:00Z'), end: new Date('2025-09-04T00:00:00Z'), precision: 'day', endPrecision: 'day' });
    // A timestamp: the instant its offset names, known to the minute. An end before it that is still
    // valid (its day lasts past the start) is validateEvent's to read.
    expect(readPlainEvent({ ...base, start: '2025-09-04T09:30Z', end: '2025-09-04' })).toBeUndefined();
    expect(fullPath({ ...base, start: '2025-09-04T09:30Z', end: '2025-09-04' }).issues).toBe(0);
    expect(readPlainEvent({ ...base, start: '2025-09-04T09:30+10:00', end: '2025-09-04T09:30:59Z' })).toMatchObject({
      start: new Date('2025-09-03T23:30:00Z'), end: new Date('2025-09-04T09:30:59Z'), precision: 'minute', endPrecision: 'minute',
    });
  });

  it.each([true, false])('never reads a field from a polluted Object.prototype as the event\'s own (enumerable: %s)', (enumerable) => {
    Object.defineProperty(Object.prototype, 'summary', { value: 'injected', enumerable, configurable: true, writable: true });
    try {
      expect(readPlainEvent({ ...base })).toBeUndefined();
      const issues = new IssueCollector();
      // Every object now reads `summary` through its prototype; the event must not own one.
      expect(Object.hasOwn(validateEvent({ ...base }, 'events[0]', issues, SOURCES, new DatePool())!, 'summary')).toBe(false);
      expect(issues.issues).toEqual([]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).summary;
    }
    expect(readPlainEvent({ ...base })).toMatchObject({ id: 'paris-summit' });
  });
});
