import type { PointGroup, PointItem } from './cluster.js';
import { sortedIndex } from '../model/sortedIndex.js';
import type { PreparedLane } from './prepare.js';

/** How one frame maps time to x, as {@link laneGroups} needs it. */
export interface FrameScale {
  /** The real time considered, in ms: the visible range with a margin either side. */
  from: number;
  to: number;
  /** Pixels per ms (of display time, which is real time outside shortened gaps). */
  k: number;
  /** Items whose x falls outside `[minX, maxX]` are not drawn. */
  minX: number;
  maxX: number;
  /** Time to x. */
  x: (t: number) => number;
  /** Time to bucket index. */
  bucketOf: (t: number) => number;
  /** A period at least this wide on screen spreads its events across it. */
  spreadWidth: number;
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
  const { pointTimes, pointPeriods, points } = lane;
  // Start a period early: a year-precision event is drawn inside its year, which may be in view.
  const from = sortedIndex(pointTimes, scale.from - lane.longestPeriod, false);
  const to = sortedIndex(pointTimes, scale.to, true);
  const times = new Float64Array(Math.max(0, to - from));
  for (let first = from; first < to;) {
    const start = pointTimes[first]!;
    const period = pointPeriods[first]!;
    let end = first + 1;
    while (end < to && pointTimes[end] === start && pointPeriods[end] === period) end++;
    const spread = period * scale.k >= scale.spreadWidth;
    for (let index = first; index < end; index++) {
      times[index - from] = start + (spread ? (index - first + 0.5) / (end - first) : 0.5) * period;
    }
    first = end;
  }

  // The visible ones, in time order (mid-year and mid-day positions can interleave).
  const order = new Int32Array(times.length);
  let kept = 0;
  let inOrder = true;
  for (let index = 0; index < times.length; index++) {
    const x = scale.x(times[index]!);
    if (x < scale.minX || x > scale.maxX) continue;
    if (kept > 0 && times[index]! < times[order[kept - 1]!]!) inOrder = false;
    order[kept++] = index;
  }
  const visible = order.subarray(0, kept);
  if (!inOrder) visible.sort((a, b) => times[a]! - times[b]! || (points[from + a]!.id < points[from + b]!.id ? -1 : 1));

  const pointItem = (position: number): PointItem => {
    const t = times[visible[position]!]!;
    return { event: points[from + visible[position]!]!, t, x: scale.x(t) };
  };
  const groups: PointGroup[] = [];
  let point = 0;
  let span = 0;
  let group: { bucket: number; pointFrom: number; spanFrom: number } | undefined;
  const close = (): void => {
    if (!group) return;
    const { pointFrom, spanFrom } = group;
    const pointTo = point;
    const spanTo = span;
    let built: PointItem[] | undefined;
    const items = (): PointItem[] => (built ??= mergeItems(pointFrom, pointTo, pointItem, spanItems.slice(spanFrom, spanTo)));
    const count = pointTo - pointFrom + spanTo - spanFrom;
    const startT = Math.min(pointFrom < pointTo ? times[visible[pointFrom]!]! : Infinity, spanFrom < spanTo ? spanItems[spanFrom]!.t : Infinity);
    const endT = Math.max(pointFrom < pointTo ? times[visible[pointTo - 1]!]! : -Infinity, spanFrom < spanTo ? spanItems[spanTo - 1]!.t : -Infinity);
    groups.push({ bucket: group.bucket, count, start: startT, end: endT, items });
  };
  while (point < kept || span < spanItems.length) {
    const pointT = point < kept ? times[visible[point]!]! : Infinity;
    const spanItem = spanItems[span];
    const takePoint = !spanItem || pointT < spanItem.t || (pointT === spanItem.t && points[from + visible[point]!]!.id < spanItem.event.id);
    const bucket = scale.bucketOf(takePoint ? pointT : spanItem.t);
    if (!group || group.bucket !== bucket) {
      close();
      group = { bucket, pointFrom: point, spanFrom: span };
    }
    if (takePoint) point++;
    else span++;
  }
  close();
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
