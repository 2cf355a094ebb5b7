import { describe, expect, it } from 'vitest';
import { axisWithBreaks, stretchesOf } from '../../src/layout/axisMarks.js';
import { piecewiseLinear } from '../../src/layout/piecewise.js';
import { createTimeScale } from '../../src/layout/timeScale.js';
import type { AxisTicks } from '../../src/layout/ticks.js';
import type { BreakMark } from '../../src/layout/types.js';
import type { TimeWarp } from '../../src/layout/warp.js';

const tick = (x: number, label: string) => ({ x, date: new Date(0), label });
const mark = (x1: number, x2: number, short: string): BreakMark => ({ start: x1, end: x2, x1, x2, length: short, short, showLength: false });

describe('axisWithBreaks', () => {
  it('writes each gap’s length under its cut and drops the minor labels it would touch', () => {
    const ticks: AxisTicks = { unit: 'year', step: 1, minor: [tick(100, '1990'), tick(200, '2000'), tick(400, '2010')], major: [] };
    const breaks = [mark(190, 210, '60 years')];
    const axis = axisWithBreaks(ticks, breaks, { left: 0, right: 1000 }, 11);
    expect(breaks[0]!.showLength).toBe(true);
    expect(axis.minor.map((t) => t.label)).toEqual(['1990', '2010']);
  });

  it('writes a second length only where it clears the first, and none outside the plot', () => {
    const breaks = [mark(100, 110, '60 years'), mark(115, 125, '7 years'), mark(990, 1000, '2 years')];
    axisWithBreaks({ unit: 'year', step: 1, minor: [], major: [] }, breaks, { left: 0, right: 1000 }, 11);
    expect(breaks.map((b) => b.showLength)).toEqual([true, false, false]);
  });
});

describe('stretchesOf', () => {
  it('marks the stretches drawn at least three times as wide as the quietest, between the pace changes', () => {
    // Real time 0–100 drawn 1:1, 100–110 drawn ten times wider, 110–200 1:1 again.
    const map = piecewiseLinear(Float64Array.from([0, 100, 110, 200]), Float64Array.from([0, 100, 200, 290]));
    const warp: TimeWarp = { gaps: [], paceChanges: [100, 200], maxSlope: 10, toDisplay: map.forward, toTime: map.backward };
    const scale = createTimeScale([0, 290], [0, 290], warp);
    expect(stretchesOf(scale)).toEqual([{ x1: 100, x2: 200, factor: 10 }]);
    expect(stretchesOf(createTimeScale([0, 290], [0, 290]))).toEqual([]);
  });
});
