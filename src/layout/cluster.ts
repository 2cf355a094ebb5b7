import type { TimelineEvent } from '../types.js';
import { footprintFits, type LabelFootprint, labelInterval } from './labels.js';
import { RowOccupancy } from './rowOccupancy.js';
import { CLUSTER_WIDTH, MARKER_RADIUS } from './metrics.js';

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
  /** Items shown individually, with their marker line, in the order they were placed: most important first, then earliest. */
  placed: Array<{ item: PointItem; row: number }>;
  /** Buckets shown as a cluster mark in line 0. */
  clusters: BucketCluster[];
  /** What the marks take in each line, for label placement. */
  occupancy: RowOccupancy;
  /** The label shape each placed item was given room for (its line), when it found one. */
  intended: Map<PointItem, LabelFootprint>;
}

/** Most important first, then earliest, then id: who gets a marker line (and label room) first. */
function byPriority(a: PointItem, b: PointItem): number {
  return b.event.importance - a.event.importance || a.t - b.t || (a.event.id < b.event.id ? -1 : 1);
}

/** What {@link placeLanePoints} needs besides the items ({@link placeGroups} takes each as an argument). */
export interface PlacementFrame {
  /** How many marker lines the lane has. */
  lines: number;
  bucketOf: (t: number) => number;
  /** The left edge of a bucket in px. */
  bucketLeft: (bucket: number) => number;
  /** The label shapes an item may take, in order of preference (none: the marker alone); read no further than needed. */
  footprints?: (item: PointItem) => Iterable<LabelFootprint>;
  /** The plot area: labels stay inside it. */
  bounds?: { left: number; right: number };
  /** Stretches of lines taken before any marker (the lane's name). */
  blocked?: ReadonlyArray<{ line: number; x1: number; x2: number }>;
}

/**
 * Clusters and stacks one lane's point items (sorted by time). Time is cut into buckets
 * `CLUSTER_WIDTH` pixels wide at the current zoom; a bucket with more events than lines becomes
 * one cluster mark, the others are stacked into marker lines so that events at the same instant stay
 * visible and separately selectable. A bucket whose events still cannot get a free line becomes a
 * cluster too.
 *
 * Markers are placed by importance (3, then 2, then 1), each class in time order, so that each marker
 * takes the lowest line where it has room for its label (the first shape of `footprints` that fits,
 * kept free of later markers when they can go elsewhere): in time order that packs the lines as
 * tightly as intervals can be packed, and by importance the important ones choose first.
 */
export function placeGroups(
  groups: readonly PointGroup[],
  lines: PlacementFrame['lines'],
  bucketOf: PlacementFrame['bucketOf'],
  bucketLeft: PlacementFrame['bucketLeft'],
  footprints?: PlacementFrame['footprints'],
  bounds: NonNullable<PlacementFrame['bounds']> = { left: -Infinity, right: Infinity },
  blocked: NonNullable<PlacementFrame['blocked']> = [],
): LanePoints {
  const clustered = new Set(groups.filter((group) => group.count > lines).map((group) => group.bucket));
  const r = MARKER_RADIUS + 1;
  for (;;) {
    const occupancy = new RowOccupancy(lines);
    for (const box of blocked) occupancy.take(box.line, box.x1, box.x2);
    const clusters: BucketCluster[] = [];
    const individuals: PointItem[] = [];
    for (const group of groups) {
      if (clustered.has(group.bucket)) {
        const left = bucketLeft(group.bucket);
        occupancy.take(0, left, left + CLUSTER_WIDTH);
        clusters.push({ left, group });
      } else {
        individuals.push(...group.items());
      }
    }
    const placed: LanePoints['placed'] = [];
    const intended = new Map<PointItem, LabelFootprint>();
    const crowded = new Set<number>();
    // Label room claimed by earlier markers: later markers keep out of it when they can, but may still
    // use it rather than be hidden in a cluster.
    const reserved = new RowOccupancy(lines);
    const [marks, claims] = [{ occupancy, lines, bounds }, { occupancy: reserved, lines, bounds }];
    for (const item of individuals.sort(byPriority)) {
      const markerFree = (line: number): boolean => occupancy.fits(line, item.x - r, item.x + r);
      // Free of other markers and of the label room earlier markers claimed.
      const unclaimed = (line: number): boolean => markerFree(line) && reserved.fits(line, item.x - r, item.x + r);
      const labelFits = (line: number, shape: LabelFootprint): boolean => footprintFits(marks, line, item.x, shape) && footprintFits(claims, line, item.x, shape);
      let line = -1;
      let shape: LabelFootprint | undefined;
      for (const candidate of footprints?.(item) ?? []) {
        for (let row = 0; row < lines && line < 0; row++) {
          if (unclaimed(row) && labelFits(row, candidate)) [line, shape] = [row, candidate];
        }
        if (line >= 0) break;
      }
      if (line < 0) for (let row = 0; row < lines && line < 0; row++) if (unclaimed(row)) line = row;
      // Else into room a label claimed, the bottom line first: the labels claimed first, near the top, are the important ones.
      if (line < 0) for (let row = lines; row-- > 0 && line < 0; ) if (markerFree(row)) line = row;
      if (line < 0) {
        crowded.add(bucketOf(item.t));
        continue;
      }
      occupancy.take(line, item.x - r, item.x + r);
      if (shape) {
        const [x1, x2] = labelInterval(item.x, shape.side, shape.width);
        for (let row = line; row < line + shape.lines; row++) reserved.take(row, x1, x2);
        intended.set(item, shape);
      }
      placed.push({ item, row: line });
    }
    // Each round turns at least one more bucket into a cluster, so this ends (at worst with every bucket
    // clustered); no event is ever dropped for want of room.
    if (crowded.size === 0) return { placed, clusters, occupancy, intended };
    for (const bucket of crowded) clustered.add(bucket);
  }
}

/** {@link placeGroups} for items not yet grouped (sorted by time). */
export function placeLanePoints(items: readonly PointItem[], frame: PlacementFrame): LanePoints {
  return placeGroups(groupByBucket(items, frame.bucketOf), frame.lines, frame.bucketOf, frame.bucketLeft, frame.footprints, frame.bounds, frame.blocked);
}
