/**
 * A monotone piecewise-linear map through knots, and its inverse: what the density scale is made of.
 * Beyond the first and last knot it goes on with the slope of the nearest piece.
 */
import { sortedIndex } from '../model/sortedIndex.js';

/** A map from `from` to `to` through knots; both arrays increase. */
export interface PiecewiseLinear {
  /** Knot positions before the map, increasing. */
  readonly from: Float64Array;
  /** Knot positions after the map, increasing. */
  readonly to: Float64Array;
  /** The map. */
  forward(value: number): number;
  /** Its inverse. */
  backward(value: number): number;
  /** The largest slope of any piece. */
  readonly maxSlope: number;
}

/** Where `value` lies on the line through knots `index` and `index + 1` of `xs` → `ys`. */
function along(xs: Float64Array, ys: Float64Array, index: number, value: number): number {
  const x0 = xs[index]!;
  const x1 = xs[index + 1]!;
  const y0 = ys[index]!;
  const y1 = ys[index + 1]!;
  return x1 === x0 ? y0 : y0 + ((value - x0) / (x1 - x0)) * (y1 - y0);
}

/** One direction of the map: the piece holding `value` found by binary search. */
function mapper(xs: Float64Array, ys: Float64Array): (value: number) => number {
  const last = xs.length - 2;
  return (value) => {
    // The piece whose end is the first knot past `value` (the first or last piece outside the knots);
    // the inlined search, as every mark's position passes here: no closure made per call.
    const index = Math.min(last, Math.max(0, sortedIndex(xs, value, true) - 1));
    return along(xs, ys, index, value);
  };
}

/**
 * The map through knots `(from[i], to[i])`. At least two knots, both sequences strictly increasing
 * (the map must be invertible).
 *
 * @throws RangeError when there are fewer than two knots or they do not increase.
 */
export function piecewiseLinear(from: Float64Array, to: Float64Array): PiecewiseLinear {
  // NaN from the start with fewer than two knots (or sequences of different lengths), and from a
  // piece that does not increase on: either is refused with one message.
  let maxSlope = from.length > 1 && from.length === to.length ? 0 : NaN;
  for (let index = 1; index < from.length; index++) {
    const dx = from[index]! - from[index - 1]!;
    const dy = to[index]! - to[index - 1]!;
    maxSlope = dx > 0 && dy > 0 ? Math.max(maxSlope, dy / dx) : NaN;
  }
  if (!(maxSlope >= 0)) throw new RangeError('piecewiseLinear: knots must increase');
  return { from, to, forward: mapper(from, to), backward: mapper(to, from), maxSlope };
}
