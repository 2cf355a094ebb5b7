import { describe, expect, it } from 'vitest';
import { restoreTimeZoneAfterAll, switchTimeZone, TEST_ZONES } from '../support/timeZones.js';
import { de } from 'date-fns/locale/de';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';
import { computeTicks, withoutCollisions, type AxisTick, type AxisTicks } from '../../src/layout/ticks.js';
import { textWidth } from '../../src/layout/textWidth.js';
import { DAY, dateAt, yearStart } from '../../src/model/units.js';

/** A UTC date; setUTCFullYear keeps years 0–99 and BCE years as written. */
function utcDate(year: number, month = 1, day = 1, hour = 0, minute = 0): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date;
}

const ticks = (start: Date, end: Date, width = 800, extra: { minSpacing?: number; fontSize?: number } = {}): AxisTicks =>
  computeTicks({ domain: [start, end], range: [0, width], ...BY_DEFAULT, ...extra });

/** What the chart passes for data with times: English, the axis font, ticks down to minutes. */
const BY_DEFAULT = { locale: DEFAULT_LOCALE, fontSize: 11, finest: 'minute' } as const;

const labels = (row: readonly AxisTick[]): string[] => row.map((tick) => tick.label);

/** Pixels between neighbouring labels (negative when they overlap): minor labels are centred, major ones start at x. */
function gaps(row: readonly AxisTick[], anchor: 'middle' | 'start', fontSize = 11): number[] {
  const start = (t: AxisTick): number => t.x - (anchor === 'middle' ? textWidth(t.label, fontSize) / 2 : 0);
  return row.slice(1).map((b, i) => start(b) - (start(row[i]!) + textWidth(row[i]!.label, fontSize)));
}

describe('computeTicks picks the interval for the zoom level', () => {
  it('shows clock times and the day for a two-hour domain', () => {
    const axis = ticks(utcDate(2022, 2, 24, 8), utcDate(2022, 2, 24, 10));
    expect(axis.unit).toBe('minute');
    expect(labels(axis.minor)).toEqual(expect.arrayContaining(['08:00', '09:00', '10:00']));
    for (const label of labels(axis.minor)) expect(label).toMatch(/^\d\d:\d\d$/);
    expect(axis.major).toEqual([{ x: 0, date: utcDate(2022, 2, 24), label: '24 February 2022' }]);
  });

  it('marks midnight with the new day when hours cross it', () => {
    const axis = ticks(utcDate(2022, 2, 24, 20), utcDate(2022, 2, 25, 12));
    expect(axis.unit).toBe('hour');
    const midnight = axis.major.find((tick) => tick.label === '25 February 2022');
    expect(midnight?.x).toBeCloseTo((4 / 16) * 800, 6);
    expect(axis.minor.find((tick) => tick.x === midnight?.x)?.label).toBe('00:00');
    expect(axis.major[0]).toMatchObject({ x: 0, label: '24 February 2022' });
  });

  it('shows days with the month above for three weeks, naming the month the view starts in', () => {
    const axis = ticks(utcDate(2022, 2, 10), utcDate(2022, 3, 3));
    expect(axis.unit).toBe('day');
    expect(labels(axis.minor)).toEqual(expect.arrayContaining(['11', '27', '1']));
    expect(axis.major.map(({ x, label }) => ({ x, label }))).toEqual([
      { x: 0, label: 'February 2022' },
      { x: (19 / 21) * 800, label: 'March 2022' },
    ]);
  });

  it('drops the pinned month name when the next month starts too close to it', () => {
    // 1 March is 76 px in; "February 2022" is about 72 px wide.
    const axis = ticks(utcDate(2022, 2, 27), utcDate(2022, 3, 20));
    expect(labels(axis.major)).toEqual(['March 2022']);
  });

  it('starts weekly ticks on the 1st of each month and drops the crowded 29th', () => {
    const axis = ticks(utcDate(2022, 1, 1), utcDate(2022, 3, 2));
    expect(axis).toMatchObject({ unit: 'day', step: 7 });
    expect(labels(axis.minor)).toEqual(['1', '8', '15', '22', '1', '8', '15', '22', '1']);
  });

  it('shows months with years above for three years', () => {
    const axis = ticks(utcDate(2021, 6, 10), utcDate(2024, 6, 3));
    expect(axis.unit).toBe('month');
    expect(labels(axis.minor)).toContain('Jan');
    expect(labels(axis.major)).toEqual(['2021', '2022', '2023', '2024']);
    expect(axis.major[0]!.x).toBe(0);
  });

  it('shows every year from 2014 to 2025', () => {
    const axis = ticks(utcDate(2014), utcDate(2025));
    expect(axis).toMatchObject({ unit: 'year', step: 1, major: [] });
    expect(labels(axis.minor)).toEqual(Array.from({ length: 12 }, (_, i) => String(2014 + i)));
  });

  it('counts centuries across the BCE/CE boundary without a year 0', () => {
    const axis = ticks(utcDate(-499), utcDate(500));
    expect(axis).toMatchObject({ unit: 'year', step: 100 });
    expect(labels(axis.minor)).toEqual([
      '500 BCE', '400 BCE', '300 BCE', '200 BCE', '100 BCE', '100', '200', '300', '400', '500',
    ]);
  });

  it('never labels a tick "0" or with a minus sign at any zoom', () => {
    for (const width of [150, 300, 500, 800, 1200, 2000, 5000]) {
      for (const [from, to] of [[-500, 500], [-30, 30], [-3, 3], [-2999, 2025]]) {
        for (const label of labels(ticks(utcDate(from!), utcDate(to!), width).minor)) {
          expect(label).not.toMatch(/^0|-|−|^0 BCE$/);
        }
      }
    }
    expect(labels(ticks(utcDate(-3), utcDate(3), 500).minor)).toEqual(['4 BCE', '3 BCE', '2 BCE', '1 BCE', '1', '2', '3']);
  });

  it('keeps millennia on a narrow axis to a few ticks', () => {
    const axis = ticks(utcDate(-2999), utcDate(2025), 300);
    expect(axis.unit).toBe('year');
    expect(axis.minor.length).toBeGreaterThanOrEqual(1);
    expect(axis.minor.length).toBeLessThanOrEqual(300 / 64 + 2);
  });

  it('copes with the whole range a Date can hold', () => {
    const axis = ticks(new Date(-8.64e15), new Date(8.64e15));
    expect(axis.unit).toBe('year');
    expect(axis.minor.length).toBeGreaterThan(2);
    expect(axis.minor.length).toBeLessThanOrEqual(800 / 64 + 2);
  });

  it('writes labels in the given locale', () => {
    const axis = computeTicks({ domain: [utcDate(2022, 2, 10), utcDate(2022, 3, 3)], range: [0, 800], ...BY_DEFAULT, locale: de });
    expect(labels(axis.major)).toEqual(['Februar 2022', 'März 2022']);
  });
});

describe('computeTicks keeps ticks readable', () => {
  const domains: [string, Date, Date][] = [
    ['3 minutes', utcDate(2025, 9, 5, 9, 30), utcDate(2025, 9, 5, 9, 33)],
    ['2 hours', utcDate(2022, 2, 24, 8), utcDate(2022, 2, 24, 10)],
    ['2 days', utcDate(2022, 2, 23, 6), utcDate(2022, 2, 25, 18)],
    ['3 weeks', utcDate(2022, 2, 10), utcDate(2022, 3, 3)],
    ['5 months', utcDate(2022, 1, 10), utcDate(2022, 6, 3)],
    ['3 years', utcDate(2021, 6, 10), utcDate(2024, 6, 3)],
    ['11 years', utcDate(2014), utcDate(2025)],
    ['the Roman republic', utcDate(-508, 3, 1), utcDate(-26, 1, 16)],
    ['1000 years across 1 BCE', utcDate(-499), utcDate(500)],
    ['five millennia', utcDate(-2999), utcDate(2025)],
  ];
  const widths = [120, 300, 800, 1600];

  it.each(domains)('%s: ticks inside the range, increasing, apart, and not overlapping', (_name, start, end) => {
    for (const width of widths) {
      for (const minSpacing of [40, 64, 120]) {
        const axis = ticks(start, end, width, { minSpacing });
        expect(axis.minor.length).toBeLessThanOrEqual(width / minSpacing + 2);
        for (const row of [axis.minor, axis.major]) {
          for (const tick of row) {
            expect(tick.x >= 0 && tick.x <= width, `x = ${tick.x}`).toBe(true); // false for NaN too
            expect(tick.label).not.toBe('');
          }
          for (let i = 1; i < row.length; i++) expect(row[i]!.x).toBeGreaterThan(row[i - 1]!.x);
        }
        for (let i = 1; i < axis.minor.length; i++) {
          expect(axis.minor[i]!.x - axis.minor[i - 1]!.x).toBeGreaterThanOrEqual(minSpacing - 1e-9);
        }
        for (const { date } of axis.minor) expect(date >= start && date <= end, date.toISOString()).toBe(true);
        for (const gap of gaps(axis.minor, 'middle')) expect(gap).toBeGreaterThan(0);
        for (const gap of gaps(axis.major, 'start')) expect(gap).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('skips day names that would run into the previous one', () => {
    // Twelve-hour ticks 40 px apart put midnights 80 px apart, less than "24 February 2022" needs.
    const axis = ticks(utcDate(2022, 2, 20), utcDate(2022, 3, 2), 800, { minSpacing: 40 });
    expect(axis).toMatchObject({ unit: 'hour', step: 12 });
    expect(axis.major.length).toBeGreaterThanOrEqual(4);
    expect(axis.major.length).toBeLessThan(10);
    for (const gap of gaps(axis.major, 'start')) expect(gap).toBeGreaterThanOrEqual(8);
  });

  it('keeps the last major label inside the axis: moved left to end at its edge, never cut off', () => {
    const ticks = computeTicks({ domain: [utcDate(2025, 8, 10), utcDate(2025, 9, 2)], range: [0, 600], ...BY_DEFAULT });
    const september = ticks.major.find((tick) => tick.label === 'September 2025')!;
    expect(september).toBeDefined();
    expect(september.x + textWidth('September 2025', 11) * 1.1).toBeLessThanOrEqual(608.01);
    expect(september.x).toBeLessThan(575);
    // Where moving it would run into the label before, it is dropped instead.
    const tight = computeTicks({ domain: [utcDate(2025, 8, 28), utcDate(2025, 9, 1, 12)], range: [0, 150], ...BY_DEFAULT });
    const labels = tight.major.map((tick) => tick.label);
    expect(labels).toEqual(['August 2025']);
  });

  it('moves to a coarser interval rather than overlap large labels', () => {
    const small = ticks(utcDate(2021, 6, 10), utcDate(2024, 6, 3));
    const large = ticks(utcDate(2021, 6, 10), utcDate(2024, 6, 3), 800, { fontSize: 40 });
    expect(large.minor.length).toBeLessThan(small.minor.length);
    expect(large.minor.length).toBeGreaterThan(0);
    for (const gap of gaps(large.minor, 'middle', 40)) expect(gap).toBeGreaterThan(0);
    for (const gap of gaps(large.major, 'start', 40)) expect(gap).toBeGreaterThanOrEqual(8);
  });

  it('places ticks linearly on an offset range', () => {
    const axis = computeTicks({ domain: [utcDate(2014), utcDate(2025)], range: [100, 1000], ...BY_DEFAULT });
    expect(axis.minor[0]).toMatchObject({ x: 100, label: '2014' });
    expect(axis.minor.at(-1)).toMatchObject({ x: 1000, label: '2025' });
    const year2020 = axis.minor.find((tick) => tick.label === '2020')!;
    const fraction = (utcDate(2020).getTime() - utcDate(2014).getTime()) / (utcDate(2025).getTime() - utcDate(2014).getTime());
    expect(year2020.x).toBeCloseTo(100 + fraction * 900, 9);
  });
});

describe('computeTicks in deep time', () => {
  const year = (value: number): Date => yearStart(value);

  it('ticks the age of the universe on round billions of years ago, every label clear of the next', () => {
    const axis = ticks(year(-13_800_000_000), year(2025), 800);
    expect(axis.unit).toBe('year');
    expect(axis.step).toBeGreaterThanOrEqual(1e9);
    expect(labels(axis.minor)).toContain('10 billion years ago');
    for (const tick of axis.minor) {
      expect(tick.label).toMatch(/^\d+(\.5)? billion years ago$/);
      expect(tick.x).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(800);
      expect(-tick.date.getUTCFullYear() % axis.step).toBe(0);
    }
    expect(gaps(axis.minor, 'middle').every((gap) => gap >= 0)).toBe(true);
    expect(axis.major).toEqual([]);
  });

  it('passes from years ago to BCE at 270000 on round numbers of both', () => {
    const axis = ticks(year(-330_000), year(-200_000), 800);
    expect(labels(axis.minor)).toEqual(expect.arrayContaining(['300,000 years ago', '250000 BCE']));
    expect(axis.minor.every((tick) => !/NaN|undefined/.test(tick.label))).toBe(true);
    const xs = axis.minor.map((tick) => tick.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('leaves out a long label that would start past the chart’s left edge, in one stretch or between breaks', () => {
    // A stretch around the Big Bang 300 px wide: its tick 35 px in, its label, centred, would start at about −20 px.
    const axis = computeTicks({ domain: [yearStart(-13_810_000_000), yearStart(-13_700_000_000)], range: [8, 300], ...BY_DEFAULT });
    expect(labels(axis.minor)).toEqual(['13.75 billion years ago']);
    for (const tick of axis.minor) expect(tick.x - textWidth(tick.label, 11) / 2).toBeGreaterThanOrEqual(0);
    const long = (x: number, label = '13.8 billion years ago'): AxisTick => ({ x, date: yearStart(-13_800_000_000), label });
    expect(withoutCollisions([long(20), long(400, '10 billion years ago')], true, 1, 11).map((tick) => tick.x)).toEqual([400]);
    expect(withoutCollisions([long(80), long(400, '10 billion years ago')], true, 1, 11).map((tick) => tick.x)).toEqual([80, 400]);
  });

  it('names the year at the left edge when zoomed in to a day of deep time, which has nothing finer to tick', () => {
    const start = year(-4_600_000_000);
    const axis = ticks(start, dateAt(start.getTime() + DAY), 800);
    expect(axis.unit).toBe('year');
    expect(axis.minor).toEqual([]);
    expect(axis.major.map((tick) => [tick.x, tick.label])).toEqual([[0, '4.6 billion years ago']]);
    // A calendar day has its hours.
    expect(ticks(utcDate(2022, 2, 24), utcDate(2022, 2, 25), 800).unit).toBe('hour');
  });
});

describe('computeTicks with degenerate input', () => {
  it.each([
    ['a zero-length domain', utcDate(2022, 2, 24), utcDate(2022, 2, 24), [0, 800]],
    ['a reversed domain', utcDate(2025), utcDate(2014), [0, 800]],
    ['an invalid date', new Date(Number.NaN), utcDate(2014), [0, 800]],
    ['a zero-width range', utcDate(2014), utcDate(2025), [0, 0]],
    ['a reversed range', utcDate(2014), utcDate(2025), [800, 0]],
  ] as const)('returns no ticks for %s', (_name, start, end, range) => {
    const axis = computeTicks({ domain: [start, end], range, ...BY_DEFAULT });
    expect(axis.minor).toEqual([]);
    expect(axis.major).toEqual([]);
    expect(Number.isNaN(axis.step)).toBe(false);
  });
});

describe('ticks in every time zone', () => {
  restoreTimeZoneAfterAll();

  it.each(TEST_ZONES)('labels the same days and hours in %s', (zone, offset) => {
    switchTimeZone(zone, offset);

    // No month boundary is in view, yet the month is named.
    const days = ticks(utcDate(2022, 2, 10), utcDate(2022, 2, 20));
    expect(labels(days.minor)).toEqual(['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20']);
    expect(labels(days.major)).toEqual(['February 2022']);
    const hours = ticks(utcDate(2022, 2, 24, 20), utcDate(2022, 2, 25, 12));
    expect(labels(hours.minor)[0]).toBe('21:00');
    expect(labels(hours.major)).toEqual(['24 February 2022', '25 February 2022']);
  });
});
