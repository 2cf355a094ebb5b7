import { describe, expect, it } from 'vitest';
import { restoreTimeZoneAfterAll, switchTimeZone, TEST_ZONES } from '../support/timeZones.js';
import { de } from 'date-fns/locale/de';
import { enUS } from 'date-fns/locale/en-US';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import { DEFAULT_LOCALE, formatDayRange, formatEventDate, formatEventWhen, formatTimeLength, formatYear, sayWhen } from '../../src/layout/formatDate.js';
import { parseISODate } from '../../src/model/time.js';
import type { DatePrecision } from '../../src/types.js';

/** The date a dataset would hold for `text`, so the tests use the same UTC-midnight dates as real data. */
function date(text: string): Date {
  const result = parseISODate(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  return result.date;
}

describe('formatYear', () => {
  it.each([
    [2022, '2022'],
    [1000, '1000'],
    [44, '44'],
    [1, '1'],
    [0, '1 BCE'],
    [-43, '44 BCE'],
    [-2999, '3000 BCE'],
  ])('writes astronomical year %i as "%s"', (year, text) => {
    expect(formatYear(year)).toBe(text);
  });

  it('never writes year 0, a minus sign or zero padding', () => {
    for (let year = -120; year <= 120; year++) {
      const text = formatYear(year);
      expect(text).not.toMatch(/^0|-|−|\b0 BCE/);
    }
  });

  it('uses BCE for every English locale and the locale era name for others', () => {
    expect(formatYear(-43, enUS)).toBe('44 BCE');
    expect(formatYear(-43, de)).toBe('44 v.Chr.');
    expect(formatYear(-43, ru)).toBe('44 до н. э.');
    expect(formatYear(1953, de)).toBe('1953');
  });

  it.each([
    [-270_001, '270,001 years ago'],
    [-300_000, '300,000 years ago'],
    [-315_000, '315,000 years ago'],
    [-538_800_000, '538.8 million years ago'],
    [-251_902_000, '251.902 million years ago'],
    [-13_799_630_000, '13.79963 billion years ago'],
    [-13_800_000_000, '13.8 billion years ago'],
    [270_001, '270,001'],
    [1_000_000_000, '1,000,000,000'],
  ])('writes deep-time year %i as "%s", every digit given and no more', (year, text) => {
    expect(formatYear(year)).toBe(text);
  });

  it('keeps the historical count up to 270000 BCE, and counts back from there', () => {
    expect(formatYear(-269_999)).toBe('270000 BCE');
    expect(formatYear(-270_000)).toBe('270001 BCE');
    expect(formatYear(-270_001)).toBe('270,001 years ago');
  });

  it('writes deep time in the locale’s own words and numbers', () => {
    expect(formatYear(-13_800_000_000, enUS)).toBe('13.8 billion years ago');
    expect(formatYear(-13_800_000_000, de)).toBe('vor 13,8 Milliarden Jahren');
    expect(formatYear(-300_000, de)).toBe('vor 300.000 Jahren');
    expect(formatYear(-4_600_000_000, uk)).toMatch(/^4,6 мільярда? років тому$/);
  });

  it('refuses a year that is not a number instead of writing "NaN BCE"', () => {
    expect(() => formatYear(Number.NaN)).toThrow(RangeError);
  });
});

describe('deep-time dates', () => {
  it('are written as their year at every precision, in a span, and as a range of days', () => {
    const bigBang = date('-13800000000');
    for (const precision of ['year', 'month', 'day', 'minute'] as const) expect(formatEventDate(bigBang, precision)).toBe('13.8 billion years ago');
    expect(formatEventDate(bigBang, 'year', { approximate: true })).toBe('c. 13.8 billion years ago');
    expect(formatEventWhen({ start: date('-538800000'), end: date('-251902000'), precision: 'year' })).toBe('538.8 million years ago – 251.902 million years ago');
    expect(formatDayRange(bigBang.getTime(), date('2022-02-24').getTime(), DEFAULT_LOCALE)).toBe('13.8 billion years ago to 24 February 2022');
  });

  it('have lengths in whole years', () => {
    expect(formatTimeLength(date('-538800000').getTime(), date('-251902000').getTime())).toBe('287 million years');
    expect(formatTimeLength(date('-13800000000').getTime(), date('-4600000000').getTime(), de)).toBe('9,2 Milliarden Jahre');
    expect(formatTimeLength(date('-300000').getTime(), date('2022').getTime(), DEFAULT_LOCALE, 1)).toBe('302,000 years');
  });
});

describe('formatEventDate', () => {
  it.each([
    ['2022-02-24', 'day', '24 February 2022'],
    ['2025-08', 'month', 'August 2025'],
    ['1953', 'year', '1953'],
    ['-000043', 'year', '44 BCE'],
    ['0000', 'year', '1 BCE'],
    ['-000043-03-15', 'day', '15 March 44 BCE'],
    ['0044-03-15', 'day', '15 March 44'],
    ['0800-12-25', 'day', '25 December 800'],
    ['2025-09-05T09:30Z', 'minute', '5 September 2025, 09:30 UTC'],
    ['2025-09-05T12:30+03:00', 'minute', '5 September 2025, 09:30 UTC'],
    ['2022-02-24', 'month', 'February 2022'],
    ['2022-02-24', 'year', '2022'],
  ] as const)('writes %s at %s precision as "%s"', (text, precision, expected) => {
    expect(formatEventDate(date(text), precision)).toBe(expected);
  });

  it('marks approximate dates with "c."', () => {
    expect(formatEventDate(date('1953'), 'year', { approximate: true })).toBe('c. 1953');
    expect(formatEventDate(date('-000043'), 'year', { approximate: true })).toBe('c. 44 BCE');
    expect(formatEventDate(date('1953'), 'year', { approximate: false })).toBe('1953');
  });

  it('writes dates in the given locale', () => {
    expect(formatEventDate(date('2022-02-24'), 'day', { locale: de })).toBe('24. Februar 2022');
    expect(formatEventDate(date('2025-08'), 'month', { locale: de })).toBe('August 2025');
    // The standalone (nominative) month, not the genitive "августа" that a day date uses.
    expect(formatEventDate(date('2025-08'), 'month', { locale: ru })).toBe('август 2025');
    expect(formatEventDate(date('2025-08'), 'month', { locale: uk })).toBe('серпень 2025');
    expect(formatEventDate(date('2025-08-24'), 'day', { locale: ru })).toContain('августа');
  });

  it('defaults to British English', () => {
    expect(DEFAULT_LOCALE.code).toBe('en-GB');
    expect(formatEventDate(date('2022-02-24'), 'day', { locale: DEFAULT_LOCALE })).toBe('24 February 2022');
  });

  it('refuses an invalid Date', () => {
    expect(() => formatEventDate(new Date(Number.NaN), 'day')).toThrow(RangeError);
  });
});

describe('formatEventWhen', () => {
  it('writes a point event as its date', () => {
    expect(formatEventWhen({ start: date('2022-02-24'), precision: 'day' })).toBe('24 February 2022');
  });

  it('writes a span with an en dash, the end at its own precision', () => {
    const donbas = { start: date('2014-04'), end: date('2022-02'), precision: 'month' as const };
    expect(formatEventWhen(donbas)).toBe('April 2014 – February 2022');
    const siege = { start: date('2022-02-24'), end: date('2022-05'), precision: 'day' as const, endPrecision: 'month' as const };
    expect(formatEventWhen(siege)).toBe('24 February 2022 – May 2022');
  });

  it('marks only the start of an approximate span', () => {
    const reign = { start: date('-000026'), end: date('0014-08-19'), precision: 'year' as const, endPrecision: 'day' as const };
    expect(formatEventWhen({ ...reign, approximate: true })).toBe('c. 27 BCE – 19 August 14');
  });

  it('writes a span whose ends read the same only once', () => {
    const talks = { start: date('2025-08-15T10:00Z'), end: date('2025-08-15T16:00Z'), precision: 'day' as const };
    expect(formatEventWhen(talks)).toBe('15 August 2025');
  });

  it('passes the locale to both ends', () => {
    const donbas = { start: date('2014-04'), end: date('2022-02'), precision: 'month' as const };
    expect(formatEventWhen(donbas, { locale: de })).toBe('April 2014 – Februar 2022');
  });

  it('writes a displayDate in place of both ends, isolated, in any locale, "c." kept for an estimate', () => {
    const donbas = { start: date('2014-04'), end: date('2022-02'), precision: 'month' as const, displayDate: 'The war in the east' };
    expect(formatEventWhen(donbas)).toBe('\u2068The war in the east\u2069');
    expect(formatEventWhen(donbas, { locale: de })).toBe('\u2068The war in the east\u2069');
    expect(formatEventWhen({ ...donbas, approximate: true })).toBe('c. \u2068The war in the east\u2069');
    // Its own bidi controls do not reach the text around it.
    expect(formatEventWhen({ start: date('1850'), precision: 'year', displayDate: 'Spring\u202e 1850' })).toBe('\u2068Spring 1850\u2069');
    // Said as written: "about" only for the estimate mark, not for words of the dataset that read like it.
    expect(sayWhen({ ...donbas, approximate: true }, DEFAULT_LOCALE)).toBe('about \u2068The war in the east\u2069');
    expect(sayWhen({ ...donbas, displayDate: 'c. 2014' }, DEFAULT_LOCALE)).toBe('\u2068c. 2014\u2069');
  });
});

describe('dates in every time zone', () => {
  restoreTimeZoneAfterAll();

  it.each(TEST_ZONES)('writes the same text in %s', (zone, offset) => {
    switchTimeZone(zone, offset);

    const cases: [string, DatePrecision, string][] = [
      ['2022-02-24', 'day', '24 February 2022'],
      ['2022-01', 'month', 'January 2022'],
      ['2022', 'year', '2022'],
      ['-000043-03-15', 'day', '15 March 44 BCE'],
      ['2025-09-05T23:30Z', 'minute', '5 September 2025, 23:30 UTC'],
    ];
    for (const [text, precision, expected] of cases) expect(formatEventDate(date(text), precision)).toBe(expected);
    const donbas = { start: date('2014-04'), end: date('2022-02'), precision: 'month' as const };
    expect(formatEventWhen(donbas)).toBe('April 2014 – February 2022');
  });
});
