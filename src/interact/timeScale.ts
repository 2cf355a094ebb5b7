/**
 * The zoom's base scale: a linear map from dates to pixels with the arithmetic of d3-scale's
 * `scaleUtc` (same normalise/interpolate formulas, `invert` rounding to the nearest millisecond), and
 * only what d3-zoom's `rescaleX` uses. `scaleUtc` would bring d3-time-format and d3-array for ticks
 * and formats the timeline never asks it for (about 4 KB gzip in the one-tag script).
 */

/** A date → pixel scale, callable like a d3 scale. */
export interface TimeScale {
  (date: Date | number): number;
  /** The domain as dates. */
  domain(): [Date, Date];
  /** Sets the domain (dates or ms). */
  domain(domain: readonly (Date | number)[]): TimeScale;
  /** The range in pixels. */
  range(): [number, number];
  /** Sets the range. */
  range(range: readonly number[]): TimeScale;
  /** The date at pixel `x`. */
  invert(x: number): Date;
  /** An independent scale with the same domain and range. */
  copy(): TimeScale;
}

/** `t` ∈ [0, 1] between `a` and `b`, written as d3-interpolate's interpolateNumber writes it. */
const between = (a: number, b: number, t: number): number => a * (1 - t) + b * t;

/** Where `x` lies from `a` to `b`, as d3-scale's normalize (a constant 0.5 for an empty interval). */
const normalise = (a: number, b: number, x: number): number => (b - a ? (x - a) / (b - a) : 0.5);

/** A domain value in ms: a `Date`'s own, a number rounded (as scaleUtc's domain does). */
const msOf = (value: Date | number): number => (typeof value === 'number' ? Math.round(value) : +value);

/** A scale from `[d0, d1]` (ms) to `[r0, r1]` px; the default maps 2000-01-01 – 2000-01-02 to [0, 1], as scaleUtc does. */
export function timeScale(d0 = Date.UTC(2000, 0, 1), d1 = Date.UTC(2000, 0, 2), r0 = 0, r1 = 1): TimeScale {
  function scale(date: Date | number): number {
    return between(r0, r1, normalise(d0, d1, +date));
  }
  function domain(): [Date, Date];
  function domain(next: readonly (Date | number)[]): TimeScale;
  function domain(next?: readonly (Date | number)[]): [Date, Date] | TimeScale {
    if (!next) return [new Date(d0), new Date(d1)];
    d0 = msOf(next[0]!);
    d1 = msOf(next[1]!);
    return scale as TimeScale;
  }
  function range(): [number, number];
  function range(next: readonly number[]): TimeScale;
  function range(next?: readonly number[]): [number, number] | TimeScale {
    if (!next) return [r0, r1];
    r0 = +next[0]!;
    r1 = +next[1]!;
    return scale as TimeScale;
  }
  scale.domain = domain;
  scale.range = range;
  scale.invert = (x: number): Date => new Date(Math.round(between(d0, d1, normalise(r0, r1, x))));
  scale.copy = (): TimeScale => timeScale(d0, d1, r0, r1);
  return scale as TimeScale;
}
