import type { TimelineEvent } from '../types.js';
import { RowOccupancy } from './labels.js';
import { METRICS } from './metrics.js';

/** A point-like event in view: a point event, or a span too short or too deep to draw as a bar. */
export interface PointItem {
  /** The event. */
  event: TimelineEvent;
  /** Its start in ms. */
  t: number;
  /** Its x. */
  x: number;
}

/**
 * The point items of one time bucket. At full zoom a bucket can hold 100,000 events, so only its count
 * and time range are known up front; the items themselves are built when needed (a bucket shown as
 * individual markers, or a cluster being opened).
 */
export interface PointGroup {
  /** Bucket index (stable while panning, since buckets are aligned to time, not to the screen). */
  bucket: number;
  /** How many items the bucket holds. */
  count: number;
  /** Earliest item time in ms. */
  start: number;
  /** Latest item time in ms. */
  end: number;
  /** The items, in time order. */
  items(): PointItem[];
}

/** Events of one time bucket shown as one mark. */
export interface BucketCluster {
  /** Left edge of the bucket in px. */
  left: number;
  /** The bucket's items. */
  group: PointGroup;
}

/** Groups items sorted by time into their buckets (for items that already exist). */
export function groupByBucket(items: readonly PointItem[], bucketOf: (t: number) => number): PointGroup[] {
  const groups: PointGroup[] = [];
  let members: PointItem[] = [];
  for (const item of items) {
    const bucket = bucketOf(item.t);
    const last = groups[groups.length - 1];
    if (last && last.bucket === bucket) {
      members.push(item);
      last.count++;
      last.end = item.t;
    } else {
      const own = (members = [item]);
      groups.push({ bucket, count: 1, start: item.t, end: item.t, items: () => own });
    }
  }
  return groups;
}

/** Where one lane's point items ended up. */
export interface LanePoints {
  /** Items shown individually, with their marker row. */
  placed: Array<{ item: PointItem; row: number }>;
  /** Buckets shown as a cluster mark in row 0. */
  clusters: BucketCluster[];
  /** What the marks take in each row, for label placement. */
  occupancy: RowOccupancy;
}

/** Most important first, then earliest, then id: who gets a marker row (and label room) first. */
function byPriority(a: PointItem, b: PointItem): number {
  return b.event.importance - a.event.importance || a.t - b.t || (a.event.id < b.event.id ? -1 : 1);
}

/**
 * Clusters and stacks one lane's point items (sorted by time). Time is cut into buckets
 * `METRICS.clusterWidth` pixels wide at the current zoom; a bucket with more events than `rows` becomes
 * one cluster mark, the others are stacked into marker rows so that events at the same instant stay
 * visible and separately selectable. A bucket whose events still cannot get a free row (its
 * neighbours crowd it) becomes a cluster too.
 */
export function placeLanePoints(
  items: readonly PointItem[],
  rows: number,
  bucketOf: (t: number) => number,
  bucketLeft: (bucket: number) => number,
  labelWidth: (item: PointItem) => number = () => 0,
): LanePoints {
  return placeGroups(groupByBucket(items, bucketOf), rows, bucketOf, bucketLeft, labelWidth);
}

/** {@link placeLanePoints} for items already grouped by bucket, in time order. */
export function placeGroups(
  groups: readonly PointGroup[],
  rows: number,
  bucketOf: (t: number) => number,
  bucketLeft: (bucket: number) => number,
  labelWidth: (item: PointItem) => number = () => 0,
): LanePoints {
  const clustered = new Set(groups.filter((group) => group.count > rows).map((group) => group.bucket));
  const r = METRICS.markerRadius + 1;
  const rowsInOrder = Array.from({ length: rows }, (_, row) => row);
  for (;;) {
    const occupancy = new RowOccupancy(rows);
    const clusters: BucketCluster[] = [];
    const individuals: PointItem[] = [];
    for (const group of groups) {
      if (clustered.has(group.bucket)) {
        const left = bucketLeft(group.bucket);
        occupancy.take(0, left, left + METRICS.clusterWidth);
        clusters.push({ left, group });
      } else {
        individuals.push(...group.items());
      }
    }
    const placed: LanePoints['placed'] = [];
    const crowded = new Set<number>();
    // Label room claimed by earlier (more important) markers: later markers keep out of it when they
    // can, but may still use it rather than be hidden in a cluster.
    const reserved = new RowOccupancy(rows);
    for (const item of individuals.sort(byPriority)) {
      const wanted = labelWidth(item);
      const markerFree = (row: number): boolean => occupancy.fits(row, item.x - r, item.x + r);
      const labelFree = (row: number): boolean =>
        wanted === 0 || (occupancy.fits(row, item.x + r, item.x + r + wanted) && reserved.fits(row, item.x + r, item.x + r + wanted));
      const row =
        rowsInOrder.find((candidate) => markerFree(candidate) && reserved.fits(candidate, item.x - r, item.x + r) && labelFree(candidate)) ??
        rowsInOrder.find((candidate) => markerFree(candidate) && reserved.fits(candidate, item.x - r, item.x + r)) ??
        rowsInOrder.find(markerFree);
      if (row === undefined) {
        crowded.add(bucketOf(item.t));
        continue;
      }
      occupancy.take(row, item.x - r, item.x + r);
      if (wanted > 0 && labelFree(row)) reserved.take(row, item.x + r, item.x + r + wanted);
      placed.push({ item, row });
    }
    // Each round turns at least one more bucket into a cluster, so this ends (at worst with every bucket
    // clustered); no event is ever dropped for want of room.
    if (crowded.size === 0) return { placed, clusters, occupancy };
    for (const bucket of crowded) clustered.add(bucket);
  }
}
