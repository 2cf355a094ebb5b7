import type { TimelineEvent } from '../types.js';
import type { PointGroup, PointItem } from './cluster.js';
import { firstIndexWhere, sortedIndex } from '../model/sortedIndex.js';
import { CLUSTER_WIDTH } from './metrics.js';
import { midTime, pointAt, type PreparedLane } from './prepare.js';

/** How one frame maps time to x, as {@link laneGroups} needs it. */
export interface FrameScale {
  /** The real time considered, in ms: the visible range with a margin either side. */
  from: number;
  to: number;
  /** Pixels per ms (of display time, which is real time outside shortened gaps). */
  k: number;
  /** The largest ratio of display time to real time anywhere on the scale (1 unless the density scale widens a stretch). */
  maxSlope: number;
  /** Items whose x falls outside `[minX, maxX]` are not drawn. */
  minX: number;
  maxX: number;
  /** Time to x. */
  x: (t: number) => number;
  /** Time to bucket index. */
  bucketOf: (t: number) => number;
}

/** A period at least this wide on screen (two clusters' width) spreads its events across it. */
export const SPREAD_WIDTH = 2 * CLUSTER_WIDTH;

/** A lane's visible points in drawing order (time, then id), however they were found. */
interface VisiblePoints {
  /** How many there are. */
  count: number;
  /** Where the point at `position` is drawn, in ms. */
  timeAt(position: number): number;
  /** The event at `position`. */
  eventAt(position: number): TimelineEvent;
}

/**
 * The common frame: no point's period is wide enough on screen to spread its events (calendar days
 * zoomed out, timestamps at any zoom). Each point is then drawn in the middle of its period, in the
 * lane's mid-period order, so the visible ones are one run of that order and each bucket's are found by
 * binary search: no per-point work or allocation, whether 1,000 or 100,000 points are in view.
 */
function pointsByBinarySearch(lane: PreparedLane, scale: FrameScale): VisiblePoints {
  const { points } = lane;
  const first = firstIndexWhere(0, points.length, (position) => scale.x(midTime(lane, position)) >= scale.minX);
  const end = firstIndexWhere(first, points.length, (position) => scale.x(midTime(lane, position)) > scale.maxX);
  return { count: end - first, timeAt: (position) => midTime(lane, first + position), eventAt: (position) => points[pointAt(lane, first + position)]! };
}

/**
 * Any frame: each point's drawn time is computed (a period wide on screen spreads its events across
 * it), the visible ones kept and put in drawing order.
 */
function pointsOneByOne(lane: PreparedLane, scale: FrameScale, from: number, to: number): VisiblePoints {
  const { pointTimes, pointPeriods, points } = lane;
  const times = new Float64Array(Math.max(0, to - from));
  for (let first = from; first < to;) {
    const start = pointTimes[first]!;
    const period = pointPeriods[first]!;
    let end = first + 1;
    while (end < to && pointTimes[end] === start && pointPeriods[end] === period) end++;
    // The period's width on screen: the density scale draws some days wider than others.
    const spread = scale.x(start + period) - scale.x(start) >= SPREAD_WIDTH;
    for (let index = first; index < end; index++) {
      times[index - from] = start + (spread ? (index - first + 0.5) / (end - first) : 0.5) * period;
    }
    first = end;
  }

  // The visible ones, in time then id order (mid-year and mid-day positions can interleave, and a day
  // drawn at noon ties with a timestamp at noon), as the binary search gives them.
  const before = (a: number, b: number): number => times[a]! - times[b]! || (points[from + a]!.id < points[from + b]!.id ? -1 : 1);
  const order = new Int32Array(times.length);
  let kept = 0;
  let inOrder = true;
  for (let index = 0; index < times.length; index++) {
    const x = scale.x(times[index]!);
    if (x < scale.minX || x > scale.maxX) continue;
    if (kept > 0 && before(order[kept - 1]!, index) > 0) inOrder = false;
    order[kept++] = index;
  }
  const visible = order.subarray(0, kept);
  if (!inOrder) visible.sort(before);
  return { count: kept, timeAt: (position) => times[visible[position]!]!, eventAt: (position) => points[from + visible[position]!]! };
}

/**
 * One lane's visible point-like items grouped by time bucket, in time order: its point events, plus
 * `spanItems` (spans drawn as points, sorted by time then id).
 *
 * A calendar date is a period, not an instant: its events are drawn inside it, spread evenly across it
 * when it is wide on screen, so zooming in separates events that share a date; narrower, they sit in
 * its middle. Everything is computed from the lane's typed arrays; items (objects) are only built for
 * a group that asks for them, so a frame at full zoom over 100,000 events allocates almost nothing.
 */
export function laneGroups(lane: PreparedLane, spanItems: readonly PointItem[], scale: FrameScale): PointGroup[] {
  const { pointTimes, longestPeriod } = lane;
  // No period anywhere is wide enough to spread (the widest stretch of the scale included).
  const points = longestPeriod * scale.k * scale.maxSlope < SPREAD_WIDTH
    ? pointsByBinarySearch(lane, scale)
    // Start a period early: a year-precision event is drawn inside its year, which may be in view.
    : pointsOneByOne(lane, scale, sortedIndex(pointTimes, scale.from - longestPeriod), sortedIndex(pointTimes, scale.to, true));

  const pointItem = (position: number): PointItem => {
    const t = points.timeAt(position);
    return { event: points.eventAt(position), t, x: scale.x(t) };
  };
  const groups: PointGroup[] = [];
  // Bucket by bucket: buckets follow time, so each is one run of points and one run of span items.
  let point = 0;
  let span = 0;
  while (point < points.count || span < spanItems.length) {
    const pointBucket = point < points.count ? scale.bucketOf(points.timeAt(point)) : Infinity;
    const spanBucket = span < spanItems.length ? scale.bucketOf(spanItems[span]!.t) : Infinity;
    const bucket = Math.min(pointBucket, spanBucket);
    const pointFrom = point;
    const spanFrom = span;
    // Points are in time order either way, so a bucket's end is found by binary search.
    if (pointBucket === bucket) point = firstIndexWhere(point + 1, points.count, (next) => scale.bucketOf(points.timeAt(next)) > bucket);
    while (span < spanItems.length && scale.bucketOf(spanItems[span]!.t) === bucket) span++;
    // A NaN bucket (a broken scale) matches nothing: take one item as its own group, so the loop ends
    // and no event is dropped.
    if (point === pointFrom && span === spanFrom) {
      if (pointBucket !== pointBucket) point++;
      else span++;
    }
    const pointTo = point;
    const spanTo = span;
    let built: PointItem[] | undefined;
    const items = (): PointItem[] => (built ??= mergeItems(pointFrom, pointTo, pointItem, spanItems.slice(spanFrom, spanTo)));
    const count = pointTo - pointFrom + spanTo - spanFrom;
    const startT = Math.min(pointFrom < pointTo ? points.timeAt(pointFrom) : Infinity, spanFrom < spanTo ? spanItems[spanFrom]!.t : Infinity);
    const endT = Math.max(pointFrom < pointTo ? points.timeAt(pointTo - 1) : -Infinity, spanFrom < spanTo ? spanItems[spanTo - 1]!.t : -Infinity);
    groups.push({ bucket, count, start: startT, end: endT, items });
  }
  return groups;
}

/** Point items `[from, to)` merged with `spans` (both in time order, ties by id). */
function mergeItems(from: number, to: number, pointItem: (position: number) => PointItem, spans: readonly PointItem[]): PointItem[] {
  const items: PointItem[] = [];
  let span = 0;
  for (let position = from; position < to; position++) {
    const item = pointItem(position);
    while (span < spans.length && (spans[span]!.t < item.t || (spans[span]!.t === item.t && spans[span]!.event.id < item.event.id))) items.push(spans[span++]!);
    items.push(item);
  }
  while (span < spans.length) items.push(spans[span++]!);
  return items;
}
