import { describe, expect, it } from 'vitest';
import { type PlacementFrame, type PointItem, placeLanePoints } from '../../src/layout/cluster.js';
import type { LabelFootprint } from '../../src/layout/labels.js';
import { labelTextOf } from '../../src/layout/labelText.js';
import { fullFootprints } from '../../src/layout/labels.js';
import { METRICS } from '../../src/layout/metrics.js';
import type { TimelineEvent } from '../../src/types.js';

const item = (id: string, x: number, importance: 1 | 2 | 3 = 1, title = id): PointItem => ({
  event: { id, title, start: new Date(x), precision: 'day', importance, sources: ['s'] } as TimelineEvent,
  t: x,
  x,
});
// One pixel per millisecond, so bucket = floor(x / clusterWidth).
const frame = (lines: number, labelled = false): PlacementFrame => ({
  lines,
  bucketOf: (t) => Math.floor(t / METRICS.clusterWidth),
  bucketLeft: (bucket) => bucket * METRICS.clusterWidth,
  bounds: { left: 0, right: 2000 },
  ...(labelled ? { footprints: (point: PointItem) => fullFootprints(labelTextOf(point.event, METRICS.labelFont)) } : {}),
});

describe('placeLanePoints', () => {
  it('stacks events at the same instant into separate lines when there are enough lines', () => {
    const result = placeLanePoints([item('a', 100), item('b', 100), item('c', 100)], frame(3));
    expect(result.clusters).toEqual([]);
    expect(result.placed.map((p) => p.row).sort()).toEqual([0, 1, 2]);
  });

  it('merges more events than lines into one cluster holding all of them', () => {
    const items = [item('a', 100), item('b', 101), item('c', 102), item('d', 103)];
    const result = placeLanePoints(items, frame(3));
    expect(result.placed).toEqual([]);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]!.group.items().map((i) => i.event.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never drops an event: every item is placed or in a cluster, even in a crowded lane', () => {
    const items = Array.from({ length: 500 }, (_, i) => item(`e${i}`, i * 3));
    const result = placeLanePoints(items, frame(2));
    const shown = result.placed.length + result.clusters.reduce((n, c) => n + c.group.count, 0);
    expect(shown).toBe(500);
  });

  it('gives markers in one line room: no two overlap', () => {
    const items = Array.from({ length: 60 }, (_, i) => item(`e${i}`, i * 7));
    const { placed } = placeLanePoints(items, frame(4));
    for (const a of placed) {
      for (const b of placed) {
        if (a !== b && a.row === b.row) expect(Math.abs(a.item.x - b.item.x)).toBeGreaterThanOrEqual(2 * METRICS.markerRadius + 2);
      }
    }
  });

  it('gives the most important event the first line', () => {
    const { placed } = placeLanePoints([item('minor', 100), item('major', 101, 3)], frame(2));
    expect(placed.find((p) => p.item.event.id === 'major')?.row).toBe(0);
  });

  it('puts a marker where its whole label fits: the next line when an earlier label runs over it', () => {
    const first = item('first', 100, 2, 'Coalition of the willing summit in Paris');
    const second = item('second', 160, 2, 'Kremlin rejects Paris plan');
    const third = item('third', 600, 2, 'Far away');
    const { placed, intended } = placeLanePoints([first, second, third], frame(3, true));
    const lineOf = (id: string): number | undefined => placed.find((p) => p.item.event.id === id)?.row;
    expect(lineOf('first')).toBe(0);
    expect(lineOf('second')).toBe(1);
    // Past the first label's end, line 0 is free again.
    expect(lineOf('third')).toBe(0);
    expect(intended.get(first)).toMatchObject({ side: 'start', lines: 1 });
  });

  it('lets the important event choose first even when it comes later in time', () => {
    const early = item('early', 100, 1, 'An early but minor statement in the news');
    const late = item('late', 150, 3, 'The summit everyone came for');
    const { placed, intended } = placeLanePoints([early, late], frame(2, true));
    expect(placed.find((p) => p.item === late)?.row).toBe(0);
    expect(intended.get(late)).toMatchObject({ side: 'start', lines: 1 });
    // The minor one routes around the important one's label: the other line.
    expect(placed.find((p) => p.item === early)?.row).toBe(1);
  });

  it('puts a marker with no room for its label into a less important label\'s room, not the most important one\'s', () => {
    // Paris (importance 3) claims the top line to its right, a statement (2) the second line to its left;
    // a briefing (1) between them has room for no label: its marker goes into the statement's room.
    const shapes: Record<string, LabelFootprint> = {
      paris: { side: 'start', lines: 1, width: 200 },
      statement: { side: 'end', lines: 1, width: 250 },
      briefing: { side: 'start', lines: 1, width: 5000 },
    };
    const result = placeLanePoints([item('paris', 100, 3), item('briefing', 200, 1), item('statement', 400, 2)], {
      ...frame(2),
      footprints: (point) => [shapes[point.event.id]!],
    });
    const rowOf = (id: string): number | undefined => result.placed.find((p) => p.item.event.id === id)?.row;
    expect([rowOf('paris'), rowOf('statement'), rowOf('briefing')]).toEqual([0, 1, 1]);
  });
});
