import { utc } from '@date-fns/utc';
import { format, formatDuration, intervalToDuration, type Locale } from 'date-fns';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import { pl } from 'date-fns/locale/pl';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import { zhCN } from 'date-fns/locale/zh-CN';
import { describe, expect, it } from 'vitest';
import { formatUTC, longDatePattern } from '../../src/layout/datePattern.js';
import { formatTimeLength } from '../../src/layout/formatDate.js';

const LOCALES: Locale[] = [enGB, enUS, de, fr, uk, ru, ar, es, pl, ja, zhCN];
const at = (year: number, month: number, day: number, hour = 0, minute = 0): Date => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date;
};
// Every month, the first and last days, leap days, years from 1 to 9999 and before year 1.
const DATES = [
  ...Array.from({ length: 12 }, (_, month) => at(2025, month, 1 + month * 2, month * 2, month * 5)),
  at(2022, 1, 24), at(2024, 1, 29, 23, 59), at(1953, 2, 5), at(1, 0, 1), at(44, 2, 15), at(999, 11, 31), at(9999, 11, 31, 9, 30), at(-43, 2, 15), at(0, 5, 1),
];

describe('dates written through a date-fns pattern without date-fns format', () => {
  it('writes every pattern eventline uses exactly as date-fns format does in UTC, in eleven locales', () => {
    for (const locale of LOCALES) {
      for (const pattern of ['G', 'GGGG', 'LLLL', 'LLL', 'MMMM', 'd MMMM', 'd MMM', 'd', 'do', 'dd.MM.yyyy', 'HH:mm', 'EEEE', 'yo', longDatePattern(locale)]) {
        for (const date of DATES) {
          expect([locale.code, pattern, date.toISOString(), formatUTC(date, pattern, locale)]).toEqual([locale.code, pattern, date.toISOString(), format(date, pattern, { locale, in: utc })]);
        }
      }
    }
  });

  it('uses the locale’s long date pattern, quoted words included', () => {
    expect(formatUTC(at(2022, 1, 24), longDatePattern(enGB), enGB)).toBe('24 February 2022');
    expect(formatUTC(at(2022, 1, 24), longDatePattern(es), es)).toBe('24 de febrero de 2022');
    expect(formatUTC(at(2022, 1, 24), longDatePattern(uk), uk)).toBe('24-е лютого 2022 р.');
    expect(formatUTC(at(2022, 1, 24), "'It''s' d", enGB)).toBe("It's 24");
  });
});

describe('formatTimeLength against date-fns intervalToDuration', () => {
  it('counts the same two largest calendar units, across month ends and leap days', () => {
    const starts = [at(1953, 6, 28), at(2022, 0, 31), at(2024, 1, 29), at(2021, 11, 31, 12), at(2025, 8, 4, 9, 30)];
    const lengths = [1, 27, 28, 29, 30, 31, 32, 59, 60, 61, 364, 365, 366, 367, 400, 731, 1461, 22_150].map((days) => days * 86_400_000);
    for (const start of starts) {
      for (const length of [...lengths, 5 * 3_600_000, 90_000, 2_000]) {
        const end = start.getTime() + length;
        const duration = intervalToDuration({ start, end }, { in: utc });
        // The largest unit and the one below it ("1 year", not "1 year 1 day", when the months are 0).
        const units = ['years', 'months', 'days', 'hours', 'minutes', 'seconds'] as const;
        const first = units.findIndex((unit) => (duration[unit] ?? 0) > 0);
        // date-fns counts 29 February 2024 → 28 February 2025 as "12 months"; a year is what it is (below).
        if ((duration.months ?? 0) >= 12) continue;
        expect([start.toISOString(), length, formatTimeLength(start.getTime(), end, enGB)]).toEqual([start.toISOString(), length, formatDuration(duration, { format: units.slice(first, first + 2), locale: enGB })]);
      }
    }
    expect(formatTimeLength(Date.UTC(2024, 1, 29), Date.UTC(2025, 1, 28), enGB)).toBe('1 year');
    expect(formatTimeLength(Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 1), de)).toBe('1 Sekunde');
    expect(formatTimeLength(Date.UTC(1953, 6, 28), Date.UTC(2014, 2, 18), ru)).toBe('60 лет 7 месяцев');
  });
});
