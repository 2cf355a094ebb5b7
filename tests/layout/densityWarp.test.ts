import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { chartWarp } from '../../src/layout/chartWarp.js';
import { densityWarp } from '../../src/layout/densityWarp.js';
import { gapWarp } from '../../src/layout/gaps.js';
import { piecewiseLinear } from '../../src/layout/piecewise.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { IDENTITY_WARP } from '../../src/layout/warp.js';
import { DAY } from '../../src/model/units.js';
import { parseDataset } from '../../src/model/parseDataset.js';

const model = prepareModel(news, 'auto');
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
/** How much display time a real stretch gets. */
const room = (warp: { toDisplay(t: number): number }, from: string, to: string): number => warp.toDisplay(day(to)) - warp.toDisplay(day(from));

function datasetOf(dates: string[]) {
  return prepareModel(parseDataset({
    title: 'Dates', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }],
    events: dates.map((start, index) => ({ id: `e${index}`, title: `E${index}`, start, sources: ['s'] })),
  }));
}

describe('piecewiseLinear', () => {
  it('maps through its knots, inverts, and goes on with the end slopes outside them', () => {
    const map = piecewiseLinear(Float64Array.from([0, 10, 20]), Float64Array.from([0, 100, 110]));
    expect(map.forward(5)).toBe(50);
    expect(map.forward(15)).toBe(105);
    expect(map.backward(105)).toBe(15);
    expect(map.forward(-1)).toBe(-10);
    expect(map.forward(30)).toBe(120);
    expect(map.maxSlope).toBe(10);
  });

  it('refuses knots that do not increase', () => {
    expect(() => piecewiseLinear(Float64Array.from([0, 0]), Float64Array.from([0, 1]))).toThrow(RangeError);
    expect(() => piecewiseLinear(Float64Array.from([0]), Float64Array.from([0]))).toThrow(RangeError);
  });
});

describe('densityWarp on the news dataset', () => {
  const gaps = gapWarp(model, true, 3_600_000);
  const warp = densityWarp(model, gaps);

  it('gives the busiest days of September 2025 more room than the quiet days of August, day for day', () => {
    const busy = room(warp, '2025-09-04', '2025-09-05');
    const quiet = room(warp, '2025-08-22', '2025-08-23');
    expect(busy / quiet).toBeGreaterThan(4);
    // With gaps alone every day is drawn alike.
    expect(room(gaps, '2025-09-04', '2025-09-05')).toBeCloseTo(room(gaps, '2025-08-22', '2025-08-23'), 0);
  });

  it('keeps order and inverts: real time goes there and back', () => {
    const times = ['1953-07-27', '2014-03-18', '2022-02-24', '2025-08-15', '2025-09-04', '2025-09-05'].map(day);
    const shown = times.map(warp.toDisplay);
    for (let index = 1; index < shown.length; index++) expect(shown[index]!).toBeGreaterThan(shown[index - 1]!);
    for (const time of [...times, day('2000-01-01'), day('2025-09-04') + 7 * 3_600_000]) expect(Math.abs(warp.toTime(warp.toDisplay(time)) - time)).toBeLessThan(5);
  });

  it('keeps the shortened gaps, drawn where the density puts them, and says where the pace changes', () => {
    expect(warp.gaps.map((gap) => gap.start)).toEqual(gaps.gaps.map((gap) => gap.start));
    for (const gap of warp.gaps) {
      expect(gap.displayStart).toBeCloseTo(warp.toDisplay(gap.start), 3);
      expect(gap.displayEnd).toBeCloseTo(warp.toDisplay(gap.end), 3);
    }
    expect(warp.paceChanges.length).toBeGreaterThan(0);
    expect(warp.paceChanges.length).toBeLessThanOrEqual(12);
    expect(warp.maxSlope).toBeGreaterThan(2);
    // Between two pace changes (and outside gaps) real time is drawn evenly.
    const [a, b] = [warp.paceChanges[warp.paceChanges.length - 2]!, warp.paceChanges[warp.paceChanges.length - 1]!];
    const [ta, tb] = [warp.toTime(a), warp.toTime(b)];
    expect(warp.toDisplay((ta + tb) / 2)).toBeCloseTo((a + b) / 2, 3);
  });

  it('is left out for evenly spread events, where there is nothing to share out', () => {
    const even = datasetOf(Array.from({ length: 24 }, (_, month) => `${2000 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`));
    const warp = densityWarp(even, IDENTITY_WARP);
    const first = room(warp, '2000-02-01', '2000-03-01');
    const later = room(warp, '2001-06-01', '2001-07-01');
    expect(first / later).toBeGreaterThan(0.7);
    expect(first / later).toBeLessThan(1.4);
  });

  it('shares out a lane of mixed precisions too: a busy week beside whole years', () => {
    const dates = ['1990', '1995', '2000', '2005', '2010', '2015', ...Array.from({ length: 12 }, (_, day) => `2020-03-${String(day + 1).padStart(2, '0')}`)];
    const mixed = datasetOf(dates);
    // A year is longer than the least spread, so this lane is counted event by event.
    expect(mixed.lanes[0]!.longestPeriod).toBeGreaterThan(365 * DAY);
    const warp = densityWarp(mixed, IDENTITY_WARP);
    // Twelve events in twelve days against one event a five-year stretch: the days get far more room each.
    expect(room(warp, '2020-03-02', '2020-03-03') / room(warp, '1996-03-02', '1996-03-03')).toBeGreaterThan(5);
  });

  it('counts timestamps and mixed short periods by binary search as it counts them one by one', () => {
    const next = (() => {
      let a = 7;
      return () => ((a = (a * 16_807) % 2_147_483_647) / 2_147_483_647);
    })();
    // Bursts of minutes and seconds (some in a local offset) with calendar days among them, over three years and a quiet year.
    const dates = Array.from({ length: 4000 }, (_, index) => {
      const time = Date.UTC(2021, 0, 1) + Math.floor((next() < 0.6 ? next() * 5 : next() * 1100) * DAY) + (index % 3 === 0 ? 1_500_000_000 * 30 : 0);
      const iso = new Date(time).toISOString();
      return index % 5 === 0 ? iso.slice(0, 10) : index % 5 === 1 ? `${iso.slice(0, 19)}Z` : index % 5 === 2 ? `${new Date(time - 5 * 3_600_000).toISOString().slice(0, 16)}-05:00` : `${iso.slice(0, 16)}Z`;
    });
    const fast = datasetOf(dates);
    expect(fast.lanes[0]!.midOrder).not.toBeNull();
    // The same lane with a period too long for the bins is counted event by event.
    const slow = { ...fast, lanes: fast.lanes.map((lane) => ({ ...lane, longestPeriod: Infinity })) };
    for (const base of [IDENTITY_WARP, gapWarp(fast, true, 3_600_000)]) {
      const [a, b] = [densityWarp(fast, base), densityWarp(slow, base)];
      expect(a.paceChanges.length).toBeGreaterThan(0);
      for (let t = Date.UTC(2020, 11, 1); t < Date.UTC(2026, 0, 1); t += 7 * DAY + 12_345) {
        expect(a.toDisplay(t)).toBeCloseTo(b.toDisplay(t), -3);
      }
    }
  });

  it('returns the base scale where there is no extent to share', () => {
    expect(densityWarp(datasetOf(['2025-01-01']), IDENTITY_WARP)).toBe(IDENTITY_WARP);
    expect(densityWarp(datasetOf([]), IDENTITY_WARP)).toBe(IDENTITY_WARP);
  });
});

describe('chartWarp', () => {
  it('follows the options: density on gaps by default, gaps alone for linear, real time without gap compression', () => {
    const options = { compressGaps: true as const, zoomLimits: { minSpan: 3_600_000 } };
    const density = chartWarp(model, { ...options, timeScale: 'density' });
    const linear = chartWarp(model, { ...options, timeScale: 'linear' });
    expect(density.paceChanges.length).toBeGreaterThan(0);
    expect(linear.paceChanges).toEqual([]);
    expect(linear.gaps.length).toBeGreaterThan(0);
    expect(chartWarp(model, { ...options, compressGaps: false, timeScale: 'density' })).toBe(IDENTITY_WARP);
    expect(room(linear, '2025-09-04', '2025-09-05')).toBeCloseTo(DAY, -3);
  });
});
