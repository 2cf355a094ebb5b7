import { utcDay, utcHour, utcMinute, utcMonth } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { utcBoundaries, utcFloor, type UTCUnit } from '../../src/layout/utcIntervals.js';

const D3 = { minute: utcMinute, hour: utcHour, day: utcDay, month: utcMonth } as const;
const STEPS: Record<UTCUnit, number[]> = { minute: [1, 5, 15, 30], hour: [1, 3, 6, 12], day: [1, 2, 7, 14], month: [1, 3, 6] };
const LENGTH: Record<UTCUnit, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000, month: 31 * 86_400_000 };

/** Instants across eras: BCE, years 0–99 (which Date.UTC would move to the 1900s), leap days, today. */
const ORIGINS = [
  Date.UTC(2025, 8, 4, 9, 37, 12, 345), Date.UTC(2024, 1, 28, 23, 59, 59, 999), Date.UTC(1953, 6, 27, 0, 0, 0, 1),
  new Date(0).setUTCFullYear(44, 2, 15), new Date(0).setUTCFullYear(-43, 11, 31), new Date(0).setUTCFullYear(0, 1, 29), -1,
];

describe('UTC calendar units for the axis', () => {
  it('floor and step through minutes, hours, days and months exactly as d3-time does', () => {
    for (const unit of Object.keys(D3) as UTCUnit[]) {
      for (const origin of ORIGINS) {
        expect(utcFloor(unit, origin)).toBe(D3[unit].floor(new Date(origin)).getTime());
        for (const step of STEPS[unit]) {
          for (const units of [0, 1, 3, 40]) {
            const t1 = origin + units * step * LENGTH[unit];
            const d3 = (D3[unit].every(step) ?? D3[unit]).range(new Date(origin), new Date(t1 + 1)).map(Number);
            expect([unit, step, origin, utcBoundaries(unit, step, origin, t1).map(Number)]).toEqual([unit, step, origin, d3]);
          }
        }
      }
    }
  });

  it('includes both ends when they are boundaries', () => {
    const start = Date.UTC(2025, 0, 1);
    expect(utcBoundaries('month', 1, start, Date.UTC(2025, 2, 1)).map((date) => date.toISOString().slice(0, 10))).toEqual(['2025-01-01', '2025-02-01', '2025-03-01']);
    expect(utcBoundaries('day', 7, start, Date.UTC(2025, 0, 31)).map((date) => date.getUTCDate())).toEqual([1, 8, 15, 22, 29]);
  });
});
