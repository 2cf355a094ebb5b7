import { describe, expect, it } from 'vitest';
import { clampDomain, grabDomain, zoomAround, type ZoomLimits } from '../../src/layout/zoomMath.js';

const DAY = 86_400_000;
// One hour to 1,000 days, within [0, 1,000 days].
const limits: ZoomLimits = { minSpan: 3_600_000, maxSpan: 1000 * DAY, bounds: [0, 1000 * DAY] };
const view: [number, number] = [100 * DAY, 200 * DAY];

describe('zooming around a point (wheel, double-click)', () => {
  it('keeps the time under the pointer where it is', () => {
    const share = 0.6;
    const [a, b] = zoomAround(view, share, 0.5, limits);
    expect(b - a).toBe(50 * DAY);
    expect(a + share * (b - a)).toBeCloseTo(view[0] + share * 100 * DAY, 3);
  });

  it('stops at the narrowest and widest views, and inside the bounds', () => {
    const [a, b] = zoomAround(view, 0.5, 1e-9, limits);
    expect(b - a).toBe(limits.minSpan);
    expect((a + b) / 2).toBe(150 * DAY);
    expect(zoomAround(view, 0.5, 1e6, limits)).toEqual([0, 1000 * DAY]);
    // Zooming out near the start cannot show time before the bounds.
    expect(zoomAround([0, 100 * DAY], 0.9, 4, limits)).toEqual([0, 400 * DAY]);
  });
});

describe('grabbing the chart (drag, swipe, pinch)', () => {
  it('pans with one pointer: the grabbed time follows it, the width stays', () => {
    const anchor = view[0] + 0.5 * 100 * DAY;
    const [a, b] = grabDomain([anchor], [0.7], 100 * DAY, limits);
    expect(b - a).toBe(100 * DAY);
    expect(a + 0.7 * (b - a)).toBeCloseTo(anchor, 3);
  });

  it('pinches with two: both grabbed times stay under their fingers', () => {
    const [t1, t2] = [120 * DAY, 160 * DAY];
    const [a, b] = grabDomain([t1, t2], [0.1, 0.9], 100 * DAY, limits);
    expect(b - a).toBeCloseTo(50 * DAY, 3);
    expect(a + 0.1 * (b - a)).toBeCloseTo(t1, 3);
    expect(a + 0.9 * (b - a)).toBeCloseTo(t2, 3);
  });

  it('holds the middle of a pinch at a width limit, never crosses the bounds, and survives crossed or stacked fingers', () => {
    const [a, b] = grabDomain([150 * DAY, 150 * DAY + 60_000], [0.1, 0.9], 100 * DAY, limits);
    expect(b - a).toBe(limits.minSpan);
    expect((a + b) / 2).toBeCloseTo(150 * DAY + 30_000, 3);
    expect(grabDomain([10 * DAY], [0.9], 100 * DAY, limits)).toEqual([0, 100 * DAY]);
    const crossed = grabDomain([120 * DAY, 160 * DAY], [0.9, 0.1], 100 * DAY, limits);
    expect(crossed[1] - crossed[0]).toBeCloseTo(50 * DAY, 3);
    expect(grabDomain([120 * DAY, 160 * DAY], [0.5, 0.5], 100 * DAY, limits)).toEqual(clampDomain([140 * DAY - 50 * DAY, 190 * DAY], limits));
  });
});
