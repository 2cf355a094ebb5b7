import { describe, expect, it } from 'vitest';
import type { PointItem } from '../../src/layout/cluster.js';
import { type FrameScale, laneGroups } from '../../src/layout/laneGroups.js';
import { type PreparedLane, prepareModel } from '../../src/layout/prepare.js';
import { parseDataset } from '../../src/model/parseDataset.js';

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

/** One lane of `count` day-precision points in bursts (many on one day), over about three years. */
function dayLane(count: number, seed: number): PreparedLane {
  const next = random(seed);
  const events = Array.from({ length: count }, (_, index) => {
    const day = Math.floor(next() < 0.5 ? next() * 40 : next() * 1100);
    return { id: `e${index}`, title: `Event ${index}`, start: new Date(FIRST + day * DAY).toISOString().slice(0, 10), sources: ['s'] };
  });
  const model = prepareModel(parseDataset({ title: 't', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events }));
  return model.lanes[0]!;
}

/** A frame showing `[d0, d1]` on 1,000 px, with 20 px buckets, as computeLayout builds it. */
function frameOf(d0: number, d1: number, counter: { x: number }): FrameScale {
  const k = 1000 / (d1 - d0);
  const margin = 20 / k;
  return {
    from: d0 - margin, to: d1 + margin, k, minX: -20, maxX: 1020, spreadWidth: 40,
    x: (t) => {
      counter.x++;
      return (t - d0) * k;
    },
    bucketOf: (t) => Math.floor((t * k) / 20),
  };
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
    expect(lane.uniformPeriod).toBe(DAY);
    // The same lane marked as mixing period lengths takes the point-by-point path.
    const mixed: PreparedLane = { ...lane, uniformPeriod: NaN };
    const spanEvent = lane.points[10]!;
    const spanItems: PointItem[] = [FIRST + 12 * DAY, FIRST + 20 * DAY + 5, FIRST + 700 * DAY]
      .map((t, index) => ({ event: { ...spanEvent, id: `span${index}` }, t, x: 0 }));
    const fast = described(laneGroups(lane, spanItems, frameOf(d0, d1, { x: 0 })));
    const slow = described(laneGroups(mixed, spanItems, frameOf(d0, d1, { x: 0 })));
    expect(fast).toEqual(slow);
    // Every point drawn within the frame's margin is in exactly one group, with every span item given
    // (the caller keeps only those in view).
    const margin = (20 * (d1 - d0)) / 1000;
    const inView = lane.points.filter((event) => Math.abs(event.start.getTime() + DAY / 2 - (d0 + d1) / 2) <= (d1 - d0) / 2 + margin);
    expect(fast.reduce((sum, group) => sum + group.count, 0)).toBe(inView.length + spanItems.length);
  });

  it('does no per-point work for a zoomed-out frame of calendar days, so 100,000 points cost what 1,000 do', () => {
    const lane = dayLane(20_000, 3);
    const calls = { x: 0 };
    const groups = laneGroups(lane, [], frameOf(FIRST - 10 * DAY, FIRST + 1110 * DAY, calls));
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBe(20_000);
    // Two binary searches of the lane for the visible run; nothing per point (the point-by-point path calls x 20,000 times).
    expect(calls.x).toBeLessThan(100);
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
