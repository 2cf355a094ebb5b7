/**
 * The one linear mapping of the layout: a span of numbers (display time, in ms) onto a span of
 * pixels and back. The time scale (timeScale.ts) and the axis ticks build on it.
 */

/** A linear map from `domain` onto `range` and back. */
export interface LinearMap {
  /** Pixels per unit of the domain (0 for an empty domain). */
  readonly k: number;
  /** The domain value to its position in the range. */
  toRange(value: number): number;
  /** A position in the range back to the domain. */
  toDomain(position: number): number;
}

/**
 * Maps `[d0, d1]` onto `[r0, r1]`. An empty domain or range maps everything to its start, never to
 * NaN or Infinity: a NaN attribute is the one thing a chart must never draw.
 */
export function linearMap([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): LinearMap {
  const k = d1 !== d0 ? (r1 - r0) / (d1 - d0) : 0;
  return {
    k,
    toRange: (value) => r0 + (value - d0) * k,
    toDomain: (position) => (k !== 0 ? d0 + (position - r0) / k : d0),
  };
}
