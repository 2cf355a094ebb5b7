import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { ENGLISH, ENGLISH_US } from '../../src/layout/english.js';
import { formatEventDate, formatTimeLength, formatYear } from '../../src/layout/formatDate.js';
import { formatUTC } from '../../src/layout/datePattern.js';

const WIDTHS = ['narrow', 'short', 'abbreviated', 'wide'] as const;

describe('built-in English', () => {
  it.each([[ENGLISH, enGB], [ENGLISH_US, enUS]] as const)('writes every word eventline reads as date-fns %#', (ours, theirs) => {
    expect(ours.code).toBe(theirs.code);
    expect(ours.formatLong!.date({ width: 'long' })).toBe(theirs.formatLong!.date({ width: 'long' }));
    expect(ours.options).toEqual(theirs.options);
    for (const width of WIDTHS) {
      for (let month = 0; month < 12; month++) {
        for (const context of ['formatting', 'standalone'] as const) {
          if (width !== 'short') expect(ours.localize!.month(month as 0, { width, context })).toBe(theirs.localize!.month(month as 0, { width, context }));
        }
      }
      for (let day = 0; day < 7; day++) expect(ours.localize!.day(day as 0, { width })).toBe(theirs.localize!.day(day as 0, { width }));
      if (width !== 'short') for (const era of [0, 1] as const) expect(ours.localize!.era(era, { width })).toBe(theirs.localize!.era(era, { width }));
    }
    for (let number = 0; number < 250; number++) expect(ours.localize!.ordinalNumber(number)).toBe(theirs.localize!.ordinalNumber(number));
    for (const token of ['xSeconds', 'xMinutes', 'xHours', 'xDays', 'xWeeks', 'xMonths', 'xYears'] as const) {
      for (const count of [1, 2, 11, 60]) expect(ours.formatDistance!(token, count)).toBe(theirs.formatDistance!(token, count));
    }
  });

  it('is the default: dates, BCE years, long dates and lengths of time read as before', () => {
    expect(formatEventDate(new Date(Date.UTC(2022, 1, 24)), 'day')).toBe('24 February 2022');
    expect(formatEventDate(new Date(Date.UTC(2025, 7, 1)), 'month')).toBe('August 2025');
    expect(formatYear(-43)).toBe('44 BCE');
    expect(formatUTC(new Date(Date.UTC(2022, 1, 24)), 'do MMM, EEEE', ENGLISH_US)).toBe('24th Feb, Thursday');
    expect(formatTimeLength(Date.UTC(1953, 6, 27), Date.UTC(2014, 1, 27))).toBe('60 years 7 months');
  });
});
