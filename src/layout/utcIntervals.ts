/**
 * The UTC calendar units the axis ticks on (minutes, hours, days, months), with d3-time's semantics
 * for `floor` and `every(step).range`, in the few lines the ticks need; d3-time itself would add its
 * weeks, years and local-time intervals to the one-tag script.
 */

import { periodLength, truncateToPrecision } from '../model/time.js';
import { DAY, HOUR, MINUTE } from '../model/units.js';

/** A unit of the UTC calendar. */
export type UTCUnit = 'minute' | 'hour' | 'day' | 'month';

const LENGTH_MS = { minute: MINUTE, hour: HOUR, day: DAY } as const;

/** The start of the `unit` that contains `time` (ms). */
export function utcFloor(unit: UTCUnit, time: number): number {
  return unit === 'month' ? truncateToPrecision(time, unit) : Math.floor(time / LENGTH_MS[unit]) * LENGTH_MS[unit];
}

function nextStart(unit: UTCUnit, start: number): number {
  return start + (unit === 'month' ? periodLength(start, unit) : LENGTH_MS[unit]);
}

/** The unit's number within the next larger one, counted from 0: what `every(step)` divides by `step`. */
function fieldOf(unit: UTCUnit, date: Date): number {
  return unit === 'minute' ? date.getUTCMinutes() : unit === 'hour' ? date.getUTCHours() : unit === 'day' ? date.getUTCDate() - 1 : date.getUTCMonth();
}

/**
 * Starts of `unit` from `t0` to `t1` (both included) whose number is a multiple of `step`: every
 * 15 minutes on the quarter hour, every 7 days on the 1st, 8th, 15th …, every 3 months from January.
 */
export function utcBoundaries(unit: UTCUnit, step: number, t0: number, t1: number): Date[] {
  const dates: Date[] = [];
  let start = utcFloor(unit, t0);
  if (start < t0) start = nextStart(unit, start);
  for (; start <= t1; start = nextStart(unit, start)) {
    const date = new Date(start);
    if (fieldOf(unit, date) % step === 0) dates.push(date);
  }
  return dates;
}
