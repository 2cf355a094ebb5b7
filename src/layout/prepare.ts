import type { Dataset, TimelineEvent } from '../types.js';
import { type EventIndex, eventIndexOf } from '../model/parseDataset.js';
import { sortedIndex } from '../model/sortedIndex.js';
import { periodLength } from '../model/time.js';
import { DEFAULT_LANE, orderLanes, packIntervals } from './lanes.js';
import { categorySlot } from './markShape.js';

/** A span placed in a packed row of its lane. */
export interface PreparedSpan {
  /** The event. */
  event: TimelineEvent;
  /** Start in ms. */
  start: number;
  /** End in ms. */
  end: number;
  /** Packed row within the lane (0 is the first span row). */
  row: number;
}

/** One lane's events, sorted once per dataset so every frame is a slice and a sweep. */
export interface PreparedLane {
  /** The lane name (`group`). */
  name: string;
  /** Point events (no `end`), sorted by start. */
  points: TimelineEvent[];
  /** Start times of `points`, for binary search. */
  pointTimes: Float64Array;
  /** Length in ms of the period each point's date names (0 for a minute: an instant). */
  pointPeriods: Float64Array;
  /** The longest of `pointPeriods`: how far before a view a point may start and still be drawn in it. */
  longestPeriod: number;
  /**
   * The points in the order they are drawn when no period is spread (by the middle of their periods,
   * then id), where that differs from their order by start (a lane mixing precisions: days with
   * minutes, a month or a year with either); null where it does not. Either way a frame finds the
   * visible ones and each bucket's by binary search.
   */
  midOrder: Int32Array | null;
  /** Spans grouped by packed row; within a row spans do not overlap, so they are sorted by start and by end. */
  spanRows: PreparedSpan[][];
}

/**
 * Everything about a dataset that does not depend on the viewport: lanes, packed span rows, eras,
 * categories and the time extent. Computed once per dataset; {@link computeLayout} reads it per frame.
 */
export interface PreparedModel {
  /** The normalised dataset. */
  dataset: Dataset;
  /** Lanes in display order. */
  lanes: PreparedLane[];
  /** Era spans (background bands), with their packed label row. */
  eras: PreparedSpan[];
  /** Number of era label rows. */
  eraRows: number;
  /** Categories in order of first appearance; an event's colour index is its position here. */
  categories: string[];
  /** Earliest start and latest end (or start) in ms; `null` without events. */
  extent: [number, number] | null;
  /** Whether any date is known to the minute: without one, the axis never ticks finer than days. */
  hasTimes: boolean;
  /** Every event by id. */
  byId: EventIndex;
  /** The name of the lane an event (not an era) is drawn in: its group, or the "Other" lane. */
  laneOf(event: TimelineEvent): string;
  /** An event's colour and shape slot (see {@link categorySlot}; -1 without a category), by lookup, not search. */
  slotOf(event: TimelineEvent): number;
}

/** The most lanes a chart draws; past it, the rest are one lane, "Other (N lanes)". */
export const MAX_LANES = 50;

/** Where an event's time ends: a calendar date covers its whole period (`2022-02` lasts all February). */
export function eventEnd(event: TimelineEvent): number {
  const last = event.end ?? event.start;
  return last.getTime() + periodLength(last, event.end ? event.endPrecision ?? event.precision : event.precision);
}

/**
 * The spans of `events` (sorted by start), packed into rows. An end is inclusive (`650` lasts to the
 * end of 650), but where the next span starts during that end's period, as "650–700" after "600–650"
 * does, the handover happened then: the earlier span is drawn to the later one's start, edge to edge.
 */
function spansOf(events: readonly TimelineEvent[]): PreparedSpan[] {
  const spans = events.map((event): PreparedSpan => ({ event, start: event.start.getTime(), end: eventEnd(event), row: 0 }));
  const starts = spans.map((span) => span.start);
  for (const span of spans) {
    const endPeriod = span.event.end!.getTime();
    const next = starts[sortedIndex(starts, Math.max(endPeriod, span.start + 1))];
    if (next !== undefined && next < span.end) span.end = next;
  }
  const rows = packIntervals(spans);
  for (let index = 0; index < spans.length; index++) spans[index]!.row = rows[index]!;
  return spans;
}

type PointArrays = Pick<PreparedLane, 'pointTimes' | 'pointPeriods' | 'midOrder'>;

/** The index in `lane.points` of the point at `position` in the lane's mid-period order. */
export const pointAt = (lane: PointArrays, position: number): number => (lane.midOrder ? lane.midOrder[position]! : position);

/** Where the point at `position` of the lane's mid-period order is drawn while no period is spread: the middle of its period. */
export const midTime = (lane: PointArrays, position: number): number => lane.pointTimes[pointAt(lane, position)]! + lane.pointPeriods[pointAt(lane, position)]! / 2;

/**
 * The start times of `points` and the lengths of the periods their dates name, as typed arrays, their
 * order by mid-period, and where the last of those periods ends (the lane's part of the time extent).
 */
function pointArrays(points: readonly TimelineEvent[]): Pick<PreparedLane, 'pointTimes' | 'pointPeriods' | 'longestPeriod' | 'midOrder'> & { latestEnd: number } {
  const arrays = { pointTimes: new Float64Array(points.length), pointPeriods: new Float64Array(points.length), midOrder: null };
  const { pointTimes, pointPeriods } = arrays;
  // Drawing order: the middle of the period, then id.
  const before = (a: number, b: number): number => midTime(arrays, a) - midTime(arrays, b) || (points[a]!.id < points[b]!.id ? -1 : 1);
  let longestPeriod = 0;
  let inOrder = true;
  let latestEnd = -Infinity;
  let previousMiddle = -Infinity;
  for (let index = 0; index < points.length; index++) {
    const event = points[index]!;
    const start = (pointTimes[index] = event.start.getTime());
    const period = (pointPeriods[index] = periodLength(start, event.precision));
    const middle = start + period / 2;
    if (period > longestPeriod) longestPeriod = period;
    // The order `before` gives, checked inline: a call per point returns a boxed number on a first
    // render (about 1 MB of garbage and 20 ms at 100,000 points). Equal starts are in id order already
    // (the dataset's order), so only middles tied across different starts compare ids.
    if (middle < previousMiddle || (middle === previousMiddle && pointTimes[index - 1] !== start && points[index - 1]!.id >= event.id)) inOrder = false;
    previousMiddle = middle;
    if (start + period > latestEnd) latestEnd = start + period;
  }
  const midOrder = inOrder ? null : Int32Array.from(points, (_, index) => index).sort(before);
  return { pointTimes, pointPeriods, longestPeriod, midOrder, latestEnd };
}

/** Prepares a dataset for layout. `lanes` is the `lanes` option: `'auto'` or an explicit order. */
export function prepareModel(dataset: Dataset, lanes: 'auto' | readonly string[] = 'auto'): PreparedModel {
  const events = dataset.events;
  // One pass over the events: at 100,000 every extra pass costs tens of ms in cache misses alone.
  const byGroup = new Map<string, { points: TimelineEvent[]; spans: TimelineEvent[] }>();
  const eraEvents: TimelineEvent[] = [];
  const categories = new Set<string>();
  // Consecutive events usually share a lane and a category, so the lookups are skipped for repeats.
  let lastGroup: string | undefined;
  let lastLane: { points: TimelineEvent[]; spans: TimelineEvent[] } | undefined;
  let lastCategory: string | undefined;
  let hasTimes = false;
  // Indexed: a for…of over 100,000 events not yet optimised allocates an iterator result for each.
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    const category = event.category;
    if (category !== undefined && category !== lastCategory) {
      categories.add(category);
      lastCategory = category;
    }
    if (event.precision === 'minute' || event.endPrecision === 'minute') hasTimes = true;
    if (event.era) {
      eraEvents.push(event);
      continue;
    }
    const group = event.group ?? DEFAULT_LANE;
    if (group !== lastGroup || !lastLane) {
      lastGroup = group;
      lastLane = byGroup.get(group);
      if (!lastLane) byGroup.set(group, (lastLane = { points: [], spans: [] }));
    }
    (event.end === undefined ? lastLane.points : lastLane.spans).push(event);
  }
  // The latest end, for the extent: each lane's points and spans report theirs, as they are built.
  let max = -Infinity;
  const spansWithExtent = (events: readonly TimelineEvent[]): PreparedSpan[] => {
    const spans = spansOf(events);
    for (let index = 0; index < spans.length; index++) max = Math.max(max, spans[index]!.end);
    return spans;
  };
  let order = orderLanes(byGroup.keys(), lanes);
  // Past MAX_LANES, the lanes after the first MAX_LANES - 1 are one lane: 50,000 one-event lanes
  // would be an SVG a million pixels tall that nobody could read.
  const folded = new Set(order.length > MAX_LANES ? order.slice(MAX_LANES - 1) : []);
  const other = `Other (${folded.size} lanes)`;
  const laneOf = (event: TimelineEvent): string => {
    const group = event.group ?? DEFAULT_LANE;
    return folded.has(group) ? other : group;
  };
  if (folded.size > 0) {
    const merged: { points: TimelineEvent[]; spans: TimelineEvent[] } = { points: [], spans: [] };
    // In the dataset's order (start, then id), as every lane's events are.
    for (const event of events) if (!event.era && laneOf(event) === other) (event.end === undefined ? merged.points : merged.spans).push(event);
    byGroup.set(other, merged);
    order = [...order.slice(0, MAX_LANES - 1), other];
  }
  const preparedLanes = order.map((name): PreparedLane => {
    const lane = byGroup.get(name) ?? { points: [], spans: [] };
    const spanRows: PreparedSpan[][] = [];
    const spans = spansWithExtent(lane.spans);
    for (let index = 0; index < spans.length; index++) (spanRows[spans[index]!.row] ??= []).push(spans[index]!);
    const { latestEnd, ...arrays } = pointArrays(lane.points);
    max = Math.max(max, latestEnd);
    return { name, points: lane.points, ...arrays, spanRows };
  });
  const eras = spansWithExtent(eraEvents);
  const categoryIndex = new Map([...categories].map((category, index) => [category, index]));
  const first = events[0];
  return {
    dataset,
    lanes: preparedLanes,
    eras,
    eraRows: eras.reduce((rows, era) => Math.max(rows, era.row + 1), 0),
    categories: [...categories],
    // Events are sorted by start, so the first one starts earliest.
    extent: first ? [first.start.getTime(), max] : null,
    hasTimes,
    byId: eventIndexOf(dataset),
    laneOf,
    slotOf: (event) => (event.category === undefined ? -1 : categorySlot(categoryIndex.get(event.category)!)),
  };
}
