import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';
import { warpFor } from '../../src/layout/gaps.js';
import { linearMap } from '../../src/layout/linear.js';
import { createTimeScale } from '../../src/layout/timeScale.js';
import { IDENTITY_WARP } from '../../src/layout/warp.js';
import { DAY, yearStart } from '../../src/model/units.js';

const utc = (text: string): number => Date.parse(`${text}T00:00:00Z`);

describe('linearMap', () => {
  it('maps a domain onto a range and back', () => {
    const map = linearMap([100, 300], [10, 50]);
    expect(map.k).toBe(0.2);
    expect(map.toRange(200)).toBe(30);
    expect(map.toRange(400)).toBe(70);
    expect(map.toDomain(30)).toBe(200);
  });

  it('maps an empty domain to the start of the range, never to NaN or Infinity', () => {
    const map = linearMap([5, 5], [10, 50]);
    expect(map.k).toBe(0);
    expect(map.toRange(7)).toBe(10);
    expect(map.toDomain(30)).toBe(5);
  });
});

describe('createTimeScale', () => {
  it('is linear in real time without a warp, and inverts through its warp', () => {
    const scale = createTimeScale([utc('2025-01-01'), utc('2025-01-11')], [0, 1000]);
    expect(scale.k).toBeCloseTo(1000 / (10 * DAY), 12);
    expect(scale.x(utc('2025-01-06'))).toBe(500);
    expect(scale.warp.toTime(scale.xToDisplay(250))).toBe(utc('2025-01-01') + 2.5 * DAY);
    expect(scale.shareAt(750)).toBe(0.75);
    expect(scale.realDomain()).toEqual([utc('2025-01-01'), utc('2025-01-11')]);
  });

  it('goes through the warp: times after a shortened gap move left by what it lost', () => {
    // 1 January – 1 April shortened to one day: 1 April is drawn one day after 1 January.
    const warp = warpFor([{ start: utc('2025-01-01'), end: utc('2025-04-01') }], DAY);
    const from = utc('2024-12-31');
    const scale = createTimeScale([from, from + 3 * DAY], [0, 300], warp);
    expect(scale.x(utc('2024-12-31'))).toBe(0);
    expect(scale.x(utc('2025-01-01'))).toBe(100);
    expect(scale.x(utc('2025-04-01'))).toBe(200);
    expect(scale.x(utc('2025-04-02'))).toBe(300);
    // Halfway through the break is halfway through the gap's real time.
    expect(scale.warp.toTime(scale.xToDisplay(150))).toBe((utc('2025-01-01') + utc('2025-04-01')) / 2);
    expect(scale.warp.toTime(scale.xToDisplay(250))).toBe(utc('2025-04-01') + DAY / 2);
    expect(scale.realDomain()).toEqual([from, utc('2025-04-02')]);
  });

  it('keeps display time and pixels apart from real time', () => {
    const warp = warpFor([{ start: 1000, end: 11_000 }], 1000);
    const scale = createTimeScale([0, 4000], [0, 400], warp);
    expect(scale.displayToX(2000)).toBe(200);
    expect(scale.xToDisplay(200)).toBe(2000);
    expect(scale.x(11_000)).toBe(200);
    expect(scale.warp.toTime(scale.xToDisplay(200))).toBe(11_000);
  });

  it('rescales to another domain with the same range and warp, leaving itself unchanged', () => {
    const scale = createTimeScale([0, 100], [0, 10], IDENTITY_WARP);
    const zoomed = scale.withDomain([50, 60]);
    expect(zoomed.x(55)).toBe(5);
    expect(zoomed.range).toEqual([0, 10]);
    expect(scale.x(55)).toBe(5.5);
    expect(scale.domain).toEqual([0, 100]);
  });

  it('ticks real dates on each side of a break', () => {
    const warp = warpFor([{ start: utc('1954-01-01'), end: utc('2014-01-01') }], 365 * DAY);
    const scale = createTimeScale([utc('1950-01-01'), utc('2017-01-01') - 60 * 365 * DAY], [0, 800], warp);
    const years = scale.ticks(DEFAULT_LOCALE, 'minute', 11).minor.map((tick) => tick.label);
    expect(years).toContain('1952');
    expect(years).toContain('2015');
    expect(years).not.toContain('1990');
    for (const tick of scale.ticks(DEFAULT_LOCALE, 'minute', 11).minor) expect(scale.x(tick.date.getTime())).toBeCloseTo(tick.x, 6);
  });
});

describe('yearStart', () => {
  it('is the first instant of an astronomical year, years 0–99 included', () => {
    expect(yearStart(2022).toISOString()).toBe('2022-01-01T00:00:00.000Z');
    expect(yearStart(44).toISOString()).toBe('0044-01-01T00:00:00.000Z');
    expect(yearStart(0).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(yearStart(-43).toISOString()).toBe('-000043-01-01T00:00:00.000Z');
  });
});
