import { describe, expect, it } from 'vitest';
import { groupByBucket, type PointItem } from '../../src/layout/cluster.js';
import { type FrameScale, laneGroups, SPREAD_WIDTH } from '../../src/layout/laneGroups.js';
import { type PreparedLane, prepareModel } from '../../src/layout/prepare.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { periodLength } from '../../src/model/time.js';

const DAY = 86_400_000;
const FIRST = Date.UTC(2020, 0, 1);

/** mulberry32, so every run draws the same lanes. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The one lane of a dataset of point events starting at `starts` (ids e0, e1 … in that order). */
function laneOf(starts: readonly string[]): PreparedLane {
  const events = starts.map((start, index) => ({ id: `e${index}`, title: `Event ${index}`, start, sources: ['s'] }));
  return prepareModel(parseDataset({ title: 't', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events })).lanes[0]!;
}

/** One lane of `count` day-precision points in bursts (many on one day), over about three years. */
function dayLane(count: number, seed: number): PreparedLane {
  const next = random(seed);
  return laneOf(Array.from({ length: count }, () => {
    const day = Math.floor(next() < 0.5 ? next() * 40 : next() * 1100);
    return new Date(FIRST + day * DAY).toISOString().slice(0, 10);
  }));
}

/**
 * One lane of `count` points as live coverage dates them: timestamps to the minute or second, in UTC or
 * a local offset, in bursts of hours over about three years. With `coarse`, a fifth are calendar days
 * and months and, with `years`, some whole years back to 1925: a lane mixing every precision.
 */
function timestampLane(count: number, seed: number, coarse = false, years = false): PreparedLane {
  const next = random(seed);
  return laneOf(Array.from({ length: count }, () => {
    const time = FIRST + Math.floor(next() < 0.5 ? next() * 3 * DAY : next() * 1100 * DAY);
    const iso = new Date(time).toISOString();
    const form = next();
    if (coarse && form < 0.1) return years && form < 0.03 ? String(1925 + Math.floor(next() * 100)) : iso.slice(0, 7);
    if (coarse && form < 0.2) return iso.slice(0, 10);
    if (form < 0.6) return `${iso.slice(0, 16)}Z`;
    if (form < 0.8) return `${iso.slice(0, 19)}Z`;
    return `${new Date(time + 3 * 3_600_000).toISOString().slice(0, 16)}+03:00`;
  }));
}

/** A monotone display time that squeezes 1 April – 1 October 2020 to a hundredth, like a shortened gap. */
const GAP = [FIRST + 91 * DAY, FIRST + 274 * DAY] as const;
const warped = (t: number): number => (t < GAP[0] ? t : t < GAP[1] ? GAP[0] + (t - GAP[0]) / 100 : t - (GAP[1] - GAP[0]) * 0.99);
const unwarped = (d: number): number => (d < GAP[0] ? d : d < GAP[0] + (GAP[1] - GAP[0]) / 100 ? GAP[0] + (d - GAP[0]) * 100 : d + (GAP[1] - GAP[0]) * 0.99);

/**
 * A frame showing `[d0, d1]` (real time) on 1,000 px, with 20 px buckets, as computeLayout builds
 * it; with `gap`, display time is {@link warped}.
 */
function frameOf(d0: number, d1: number, counter: { x: number }, gap = false): FrameScale {
  const display = gap ? warped : (t: number): number => t;
  const [e0, e1] = [display(d0), display(d1)];
  const k = 1000 / (e1 - e0);
  const margin = 20 / k;
  return {
    from: gap ? unwarped(e0 - margin) : e0 - margin, to: gap ? unwarped(e1 + margin) : e1 + margin, k, maxSlope: 1, minX: -20, maxX: 1020,
    x: (t) => {
      counter.x++;
      return (display(t) - e0) * k;
    },
    bucketOf: (t) => Math.floor((display(t) * k) / 20),
  };
}

/**
 * The groups worked out the plain way, independently of laneGroups: every point drawn mid-day whose
 * x is in the frame, merged with the span items by time then id, cut where the bucket changes.
 */
function expectedGroups(lane: PreparedLane, spanItems: readonly PointItem[], frame: FrameScale) {
  const points = lane.points
    .map((event) => ({ event, t: event.start.getTime() + periodLength(event.start, event.precision) / 2 }))
    .filter(({ t }) => frame.x(t) >= frame.minX && frame.x(t) <= frame.maxX)
    .map(({ event, t }) => ({ event, t, x: frame.x(t) }));
  const merged = [...points, ...spanItems].sort((a, b) => a.t - b.t || (a.event.id < b.event.id ? -1 : 1));
  return groupByBucket(merged, frame.bucketOf);
}

/** What a reader can tell of the groups: buckets, counts, time ranges and each item's event, time and x. */
const described = (groups: ReturnType<typeof laneGroups>) =>
  groups.map((group) => ({ bucket: group.bucket, count: group.count, start: group.start, end: group.end, items: group.items().map((item) => `${item.event.id}@${item.t}:${item.x}`) }));

describe('laneGroups', () => {
  const views: Array<[string, number, number]> = [
    ['the whole lane', FIRST - 10 * DAY, FIRST + 1110 * DAY],
    ['a month in the dense burst', FIRST + 5 * DAY, FIRST + 35 * DAY],
    ['a year, panned off the start', FIRST + 400 * DAY, FIRST + 765 * DAY],
    ['nothing (before the first event)', FIRST - 400 * DAY, FIRST - 100 * DAY],
  ];

  it.each(views)('finds the same groups by binary search as point by point, showing %s', (_, d0, d1) => {
    const lane = dayLane(3000, 7);
    expect(lane.longestPeriod).toBe(DAY);
    expect(lane.midOrder).toBeNull();
    // The same lane with a period too long for the binary search takes the point-by-point path.
    const mixed: PreparedLane = { ...lane, longestPeriod: Infinity };
    const spanEvent = lane.points[10]!;
    const spanItems: PointItem[] = [FIRST + 12 * DAY, FIRST + 20 * DAY + 5, FIRST + 700 * DAY]
      .map((t, index) => ({ event: { ...spanEvent, id: `span${index}` }, t, x: 0 }));
    for (const gap of [false, true]) {
      const fast = described(laneGroups(lane, spanItems, frameOf(d0, d1, { x: 0 }, gap)));
      const slow = described(laneGroups(mixed, spanItems, frameOf(d0, d1, { x: 0 }, gap)));
      expect(fast).toEqual(slow);
      // And both as worked out independently (span items given already filtered to the view, as computeLayout does).
      const frame = frameOf(d0, d1, { x: 0 }, gap);
      const shown = spanItems.filter((item) => frame.x(item.t) >= frame.minX && frame.x(item.t) <= frame.maxX).map((item) => ({ ...item, x: frame.x(item.t) }));
      expect(described(laneGroups(lane, shown, frame))).toEqual(described(expectedGroups(lane, shown, frame)));
    }
    const fast = described(laneGroups(lane, spanItems, frameOf(d0, d1, { x: 0 })));
    // Every point drawn within the frame's margin is in exactly one group, with every span item given
    // (the caller keeps only those in view).
    const margin = (20 * (d1 - d0)) / 1000;
    const inView = lane.points.filter((event) => Math.abs(event.start.getTime() + DAY / 2 - (d0 + d1) / 2) <= (d1 - d0) / 2 + margin);
    expect(fast.reduce((sum, group) => sum + group.count, 0)).toBe(inView.length + spanItems.length);
  });

  const mixedViews: Array<[string, ReturnType<typeof timestampLane>, number, number]> = [
    ['timestamps, the whole lane', timestampLane(3000, 11), FIRST - 10 * DAY, FIRST + 1110 * DAY],
    ['timestamps, an hour in the burst', timestampLane(3000, 11), FIRST + DAY, FIRST + DAY + 3_600_000],
    ['timestamps, days and months, three years', timestampLane(3000, 12, true), FIRST - 10 * DAY, FIRST + 1110 * DAY],
    ['every precision, a century', timestampLane(3000, 13, true, true), Date.UTC(1920, 0, 1), Date.UTC(2025, 0, 1)],
    ['every precision, thirty years', timestampLane(3000, 13, true, true), Date.UTC(1995, 0, 1), Date.UTC(2025, 0, 1)],
    // A day is drawn at noon, where a timestamp of noon is: the tie goes by id on both paths.
    ['a day and a timestamp at its noon', laneOf(['2020-07-02T12:00Z', '2020-07-02', '2020-07-02T13:00+01:00']), FIRST, FIRST + 365 * DAY],
  ];

  it.each(mixedViews)('finds by binary search what it finds point by point in a lane of %s', (_, lane, d0, d1) => {
    const slow: PreparedLane = { ...lane, longestPeriod: Infinity };
    for (const gap of [false, true]) {
      const frame = frameOf(d0, d1, { x: 0 }, gap);
      // No period is wide enough to spread here, so the lane takes the binary search.
      expect(lane.longestPeriod * frame.k * frame.maxSlope).toBeLessThan(SPREAD_WIDTH);
      const fast = described(laneGroups(lane, [], frame));
      expect(fast).toEqual(described(laneGroups(slow, [], frame)));
      expect(fast).toEqual(described(expectedGroups(lane, [], frame)));
      expect(fast.reduce((sum, group) => sum + group.count, 0)).toBeGreaterThan(0);
    }
  });

  it('orders a lane mixing precisions by where its points are drawn, and only such a lane', () => {
    const mixed = timestampLane(500, 13, true, true);
    expect(mixed.midOrder).not.toBeNull();
    const mids = Array.from(mixed.midOrder!, (index) => mixed.pointTimes[index]! + mixed.pointPeriods[index]! / 2);
    for (let position = 1; position < mids.length; position++) expect(mids[position]).toBeGreaterThanOrEqual(mids[position - 1]!);
    expect(new Set(mixed.midOrder).size).toBe(500);
    // A year is drawn mid-year (2 July 2020, 00:00), between minutes of July, not with those of 1 January.
    const year = laneOf(['2020', '2020-01-01T00:05Z', '2020-07-01T06:00Z', '2020-07-02T18:00Z']);
    expect(Array.from(year.midOrder!)).toEqual([1, 2, 0, 3]);
    // Timestamps alone, or months alone, are drawn in the order they start.
    expect(timestampLane(500, 14).midOrder).toBeNull();
    expect(laneOf(['2020-01', '2020-02', '2020-03', '2021-02']).midOrder).toBeNull();
  });

  it('does no per-point work for a zoomed-out frame of timestamps or of every precision mixed', () => {
    for (const lane of [timestampLane(20_000, 4), timestampLane(20_000, 5, true, true)]) {
      const calls = { x: 0 };
      const groups = laneGroups(lane, [], frameOf(Date.UTC(1920, 0, 1), FIRST + 1110 * DAY, calls));
      expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(20_000);
      expect(calls.x).toBeLessThan(100);
    }
  });

  it('does no per-point work for a zoomed-out frame of calendar days, so 100,000 points cost what 1,000 do', () => {
    const lane = dayLane(20_000, 3);
    const calls = { x: 0 };
    const groups = laneGroups(lane, [], frameOf(FIRST - 10 * DAY, FIRST + 1110 * DAY, calls));
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(20_000);
    // Two binary searches of the lane for the visible run; nothing per point (the point-by-point path calls x 20,000 times).
    expect(calls.x).toBeLessThan(100);
  });

  it('ends, keeping every item, even when a broken scale puts items in bucket NaN', () => {
    const lane = dayLane(50, 9);
    const frame = { ...frameOf(FIRST - 10 * DAY, FIRST + 1110 * DAY, { x: 0 }), bucketOf: () => NaN };
    const spanItems: PointItem[] = [{ event: lane.points[0]!, t: FIRST + DAY, x: 0 }];
    const groups = laneGroups(lane, spanItems, frame);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(51);
  });

  it('spreads the events of a day wide on screen across it, point by point', () => {
    const lane = dayLane(300, 5);
    const groups = laneGroups(lane, [], frameOf(FIRST, FIRST + 2 * DAY, { x: 0 }));
    const times = groups.flatMap((group) => group.items().map((item) => item.t));
    const firstDay = lane.points.filter((event) => event.start.getTime() === FIRST).length;
    expect(firstDay).toBeGreaterThan(1);
    expect(new Set(times.filter((t) => t < FIRST + DAY)).size).toBe(firstDay);
  });
});
