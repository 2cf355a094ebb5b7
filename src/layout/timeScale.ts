/**
 * The time scale every part of the chart positions with: real time → display time (through a
 * monotone warp, such as gap compression) → pixels (linear). Layout, axis ticks, zoom and the
 * overview strip all use it, so there is one mapping to change when the warp changes.
 */
import type { Locale } from 'date-fns';
import { warpedTicks } from './gapTicks.js';
import { linearMap } from './linear.js';
import type { AxisTicks, TickUnit } from './ticks.js';
import { IDENTITY_WARP, type TimeWarp } from './warp.js';

/** Positions on a time axis drawn across a span of pixels. Immutable: a new domain or range is a new scale. */
export interface TimeScale {
  /** Real time ↔ display time. */
  readonly warp: TimeWarp;
  /** The visible range in display time (ms). */
  readonly domain: readonly [number, number];
  /** The pixels the domain is drawn across. */
  readonly range: readonly [number, number];
  /** Pixels per ms of display time. */
  readonly k: number;
  /** Real time (ms) to a position in px. */
  x(time: number): number;
  /** Display time to a position in px. */
  displayToX(display: number): number;
  /** A position in px to display time. */
  xToDisplay(x: number): number;
  /** Where `x` lies across the range: 0 at its start, 1 at its end. */
  shareAt(x: number): number;
  /** The visible range in real time (ms). */
  realDomain(): [number, number];
  /** The same warp and range over another display-time domain (d3's `rescaleX`). */
  withDomain(domain: readonly [number, number]): TimeScale;
  /** Axis ticks: real dates, each stretch between shortened gaps and pace changes ticked on its own, never finer than `finest`. */
  ticks(locale: Locale, finest: TickUnit, fontSize: number): AxisTicks;
}

/** A scale drawing display-time `domain` across `range` px through `warp` (real time when absent). */
export function createTimeScale(domain: readonly [number, number], range: readonly [number, number], warp: TimeWarp = IDENTITY_WARP): TimeScale {
  const map = linearMap(domain, range);
  const [r0, r1] = range;
  const width = r1 - r0;
  // Without a warp display time is real time: the layout's hot path skips the mapping.
  const x = warp === IDENTITY_WARP ? map.toRange : (time: number): number => map.toRange(warp.toDisplay(time));
  const scale: TimeScale = {
    warp,
    domain: [domain[0], domain[1]],
    range: [r0, r1],
    k: map.k,
    x,
    displayToX: map.toRange,
    xToDisplay: map.toDomain,
    shareAt: (position) => (position - r0) / Math.max(1e-9, width),
    realDomain: () => [warp.toTime(domain[0]), warp.toTime(domain[1])],
    withDomain: (next) => createTimeScale(next, range, warp),
    ticks: (locale, finest, fontSize) => warpedTicks(scale, locale, finest, fontSize),
  };
  return scale;
}
