import { describe, expect, it } from 'vitest';
import { type PointItem, placeLanePoints } from '../../src/layout/cluster.js';
import { METRICS } from '../../src/layout/metrics.js';
import type { TimelineEvent } from '../../src/types.js';

const item = (id: string, x: number, importance: 1 | 2 | 3 = 1): PointItem => ({
  event: { id, title: id, start: new Date(x), precision: 'day', importance, sources: ['s'] } as TimelineEvent,
  t: x,
  x,
});
// One pixel per millisecond, so bucket = floor(x / clusterWidth).
const bucketOf = (t: number): number => Math.floor(t / METRICS.clusterWidth);
const bucketLeft = (bucket: number): number => bucket * METRICS.clusterWidth;

describe('placeLanePoints', () => {
  it('stacks events at the same instant into separate rows when there are enough rows', () => {
    const result = placeLanePoints([item('a', 100), item('b', 100), item('c', 100)], 3, bucketOf, bucketLeft);
    expect(result.clusters).toEqual([]);
    expect(result.placed.map((p) => p.row).sort()).toEqual([0, 1, 2]);
  });

  it('merges more events than rows into one cluster holding all of them', () => {
    const items = [item('a', 100), item('b', 101), item('c', 102), item('d', 103)];
    const result = placeLanePoints(items, 3, bucketOf, bucketLeft);
    expect(result.placed).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]!.group.items().map((i) => i.event.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never drops an event: every item is placed or in a cluster, even in a crowded lane', () => {
    const items = Array.from({ length: 500 }, (_, i) => item(`e${i}`, i * 3));
    const result = placeLanePoints(items, 2, bucketOf, bucketLeft);
    const shown = result.placed.length + result.clusters.reduce((n, c) => n + c.group.count, 0);
    expect(shown).toBe(500);
  });

  it('gives markers in one row room: no two overlap', () => {
    const items = Array.from({ length: 60 }, (_, i) => item(`e${i}`, i * 7));
    const { placed } = placeLanePoints(items, 4, bucketOf, bucketLeft);
    for (const a of placed) {
      for (const b of placed) {
        if (a !== b && a.row === b.row) expect(Math.abs(a.item.x - b.item.x)).toBeGreaterThanOrEqual(2 * METRICS.markerRadius + 2);
      }
    }
  });

  it('gives the most important event the first row', () => {
    const { placed } = placeLanePoints([item('minor', 100), item('major', 101, 3)], 2, bucketOf, bucketLeft);
    expect(placed.find((p) => p.item.event.id === 'major')?.row).toBe(0);
  });
});
