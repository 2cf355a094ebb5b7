import type { TimelineEvent } from '../types.js';

/** The lane for events without a `group`. */
export const DEFAULT_LANE = 'Events';

/** Where an event belongs, in words: its lane (or "Era") and its category, `Diplomacy · Summit` (cards' chips, marks' descriptions). */
export function laneAndCategory(event: { era?: boolean; group?: string; category?: string }): string {
  return [event.era ? 'Era' : event.group ?? DEFAULT_LANE, event.category].filter(Boolean).join(' · ');
}

/** An interval to pack: `start` and `end` in any unit (milliseconds here), `end >= start`. */
export interface PackableInterval {
  /** Inclusive start. */
  start: number;
  /** End; an interval that ends where another starts does not overlap it. */
  end: number;
}

/**
 * Greedy interval partitioning: gives each interval the lowest row in which it overlaps nothing.
 * Intervals must be sorted by start. Returns the row of each interval, in input order, and uses the
 * fewest rows possible (the greedy choice is optimal for intervals sorted by start).
 */
export function packIntervals(intervals: readonly PackableInterval[]): number[] {
  const rowEnds: number[] = [];
  const rows = new Array<number>(intervals.length);
  for (let index = 0; index < intervals.length; index++) {
    const { start, end } = intervals[index]!;
    let row = 0;
    while (row < rowEnds.length && rowEnds[row]! > start) row++;
    rowEnds[row] = Math.max(end, start);
    rows[index] = row;
  }
  return rows;
}

/**
 * The lanes in display order. `'auto'` orders groups by their first event in time (so the story reads
 * top-down as it unfolds); an explicit list puts those lanes first, in that order, and appends any
 * other groups the data has, so no event is ever dropped for want of a lane.
 */
export function laneOrder(events: readonly TimelineEvent[], lanes: 'auto' | readonly string[] = 'auto'): string[] {
  const appearance = new Set<string>();
  for (const event of events) if (!event.era) appearance.add(event.group ?? DEFAULT_LANE);
  return orderLanes(appearance, lanes);
}

/** {@link laneOrder} from the lanes the events use, in order of their first event. */
export function orderLanes(appearance: Iterable<string>, lanes: 'auto' | readonly string[]): string[] {
  if (lanes === 'auto') return [...appearance];
  const order = new Set<string>(lanes);
  for (const lane of appearance) order.add(lane);
  return [...order];
}
