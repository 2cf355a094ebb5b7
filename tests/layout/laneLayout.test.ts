import { describe, expect, it } from 'vitest';
import type { BucketCluster, PointItem } from '../../src/layout/cluster.js';
import { fitLanes, type LanePlacement, laneNameBox, placementCost } from '../../src/layout/laneLayout.js';
import { METRICS } from '../../src/layout/metrics.js';
import type { LabelBox } from '../../src/layout/types.js';
import type { TimelineEvent } from '../../src/types.js';

const item = (id: string, importance: 1 | 2 | 3): PointItem => ({ event: { id, title: id, start: new Date(0), precision: 'day', importance, sources: ['s'] } as TimelineEvent, t: 0, x: 0 });
const label = (id: string, truncated = false): LabelBox => ({ id, kind: 'point', x: 0, y: 0, anchor: 'start', text: id, lines: [id], lineHeight: 17, width: 10, truncated, strong: false });
const placement = (lines: number, placed: PointItem[], labelled: LabelBox[], clusters: BucketCluster[] = []): LanePlacement => ({
  lines, placed: placed.map((point, row) => ({ item: point, row })), clusters, labels: labelled, barLabels: [], used: lines, covered: false,
});

describe('placementCost', () => {
  it('weighs a missing label by importance (an important one ten times a lesser one), a cut label half, a clustered event one', () => {
    const [minor, major] = [item('minor', 1), item('major', 3)];
    expect(placementCost(placement(2, [minor, major], [label('minor'), label('major')]))).toBe(0);
    expect(placementCost(placement(2, [minor, major], [label('minor')]))).toBe(100);
    expect(placementCost(placement(2, [minor, major], [label('major')]))).toBe(1);
    expect(placementCost(placement(2, [minor, major], [label('minor'), label('major', true)]))).toBe(50);
    const cluster = { left: 0, group: { bucket: 0, count: 7, start: 0, end: 0, items: () => [] } };
    expect(placementCost(placement(1, [], [], [cluster]))).toBe(7);
  });
});

describe('fitLanes', () => {
  /** Lanes whose placements lose `losses[lane][lines]` (cost) with that many lines, and use up to `wants[lane]`. */
  function lanes(wants: number[], loss: (lane: number, lines: number) => number) {
    return (lane: number, lines: number): LanePlacement => {
      const used = Math.min(lines, wants[lane]!);
      const missing = Array.from({ length: Math.round(loss(lane, used)) }, (_, index) => item(`l${lane}e${index}`, 1));
      return { ...placement(lines, missing, []), used };
    };
  }

  it('gives every lane what it wants when it fits', () => {
    const chosen = fitLanes(3, 20, lanes([3, 5, 2], () => 0));
    expect(chosen.map((lane) => lane.lines)).toEqual([3, 5, 2]);
  });

  it('takes lines from the lane that loses least, keeping at least one each, until they fit', () => {
    // Lane 0 loses 100 a line it gives up, lane 1 loses 1, lane 2 loses 10.
    const cost = [100, 1, 10];
    const chosen = fitLanes(3, 9, lanes([4, 4, 4], (lane, lines) => (4 - lines) * cost[lane]!));
    expect(chosen.map((lane) => lane.lines)).toEqual([4, 1, 4]);
    expect(fitLanes(3, 2, lanes([4, 4, 4], () => 0)).every((lane) => lane.lines === 1)).toBe(true);
  });

  it('never asks for more than the most lines a lane may have', () => {
    const asked: number[] = [];
    fitLanes(1, 100, (lane, lines) => {
      asked.push(lines);
      return { ...placement(lines, [], []), used: 3 };
    });
    expect(Math.max(...asked)).toBe(METRICS.maxLines);
  });
});

describe('laneNameBox', () => {
  it('takes the start of the first line, cut to a third of the plot at most', () => {
    const name = laneNameBox('Security guarantees', 8, 1000, METRICS.laneNameFont);
    expect(name.text).toBe('Security guarantees');
    expect(name.x1).toBe(8);
    expect(name.x2).toBeGreaterThan(100);
    const narrow = laneNameBox('Security guarantees', 8, 200, METRICS.laneNameFont);
    expect(narrow.text.endsWith('…')).toBe(true);
    expect(narrow.x2 - narrow.x1).toBeLessThan(200 / 3 + 20);
  });
});
