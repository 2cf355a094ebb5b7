import type { DatePrecision } from '../types.js';
import type { TimeWarp } from './warp.js';
import type { PreparedModel } from './prepare.js';
import { DAY, HOUR } from '../model/units.js';

/** How far either side of a lone event (or of identical timestamps) the view reaches, by precision. */
const LONE_EVENT_REACH: Record<DatePrecision, number> = {
  minute: 6 * HOUR,
  day: 15 * DAY,
  month: 183 * DAY,
  year: 2 * 365.25 * DAY,
};

/** The narrowest view unless the `zoomLimits` option says otherwise: one hour across the width. */
export const DEFAULT_MIN_SPAN = HOUR;

/** Zoom limits in ms of visible time. */
export interface ZoomLimits {
  /** Narrowest view (most zoomed in): about one hour across the width. */
  minSpan: number;
  /** Widest view (most zoomed out): the whole dataset with its margin. */
  maxSpan: number;
  /** Where views may go: the whole dataset with its margin (widened, centred, to `maxSpan`). */
  bounds: [number, number];
}

/**
 * The view that shows the whole dataset with a 4% margin each side. A lone event (or several at one
 * instant) is centred with a reach that suits its precision; without events the view is
 * `fallback` (the `initialRange` option, Dates or ms) or the year up to now. In display time when `warp`
 * shortens gaps (the margin is then a share of the shortened width).
 */
export function fitDomain(model: PreparedModel, warp: TimeWarp, fallback?: readonly [number | Date, number | Date]): [number, number] {
  if (!model.extent) return fallback ? inRange([+fallback[0], +fallback[1]]) : [Date.now() - 365 * DAY, Date.now()];
  const [first, last] = model.extent;
  const [min, max] = [warp.toDisplay(first), warp.toDisplay(last)];
  const only = model.dataset.events.length === 1 || model.dataset.events.every((e) => e.start.getTime() === first && !e.end);
  if (only) {
    const centre = (min + max) / 2;
    // A model with an extent has events.
    const reach = Math.max(LONE_EVENT_REACH[model.dataset.events[0]!.precision], (max - min) / 2);
    return inRange([centre - reach, centre + reach]);
  }
  const pad = (max - min) * 0.04;
  return inRange([min - pad, max + pad]);
}

/** Past a trillion years of deep time (3 × 10^22 ms, the parser's twelve digits), where a view stops. */
const LIMIT = 1e23;

function inRange([a, b]: [number, number]): [number, number] {
  return [Math.max(a, -LIMIT), Math.min(b, LIMIT)];
}

/**
 * Zoom limits for a fitted domain: in to `wanted.minSpan` (the option's default is one hour across the
 * width), out to `wanted.maxSpan` (default the fitted view). The widest view is never narrower than the narrowest.
 */
export function zoomLimits(fitted: readonly [number, number], wanted: { readonly minSpan: number; readonly maxSpan?: number }): ZoomLimits {
  const { minSpan } = wanted;
  const maxSpan = Math.max(wanted.maxSpan ?? fitted[1] - fitted[0], minSpan);
  const extra = Math.max(0, maxSpan - (fitted[1] - fitted[0])) / 2;
  return { minSpan, maxSpan, bounds: inRange([fitted[0] - extra, fitted[1] + extra]) };
}

/** A view's width kept within the zoom limits. */
const clampSpan = (span: number, limits: ZoomLimits): number => Math.min(Math.max(span, limits.minSpan), limits.maxSpan);

/**
 * The view `span` wide (kept within the limits) with time `at` the point `share` of the way across it
 * (0 left, 1 right), clamped: what zooming around a point and grabbing with pointers both ask for.
 */
function viewAround(at: number, share: number, span: number, limits: ZoomLimits): [number, number] {
  const width = clampSpan(span, limits);
  return clampDomain([at - share * width, at - share * width + width], limits);
}

/**
 * Clamps a requested view to the zoom limits: its width to `[minSpan, maxSpan]` around its centre, then
 * its position into `bounds`, so no path (keys, buttons, select, zoomTo) shows an empty stretch the
 * wheel and drag could not reach.
 */
export function clampDomain(domain: readonly [number, number], limits: ZoomLimits): [number, number] {
  const [a, b] = domain[0] <= domain[1] ? domain : [domain[1], domain[0]];
  const span = clampSpan(b - a, limits);
  const [low, high] = limits.bounds;
  const centre = Math.min(Math.max((a + b) / 2, low + span / 2), high - span / 2);
  return [centre - span / 2, centre + span / 2];
}

/**
 * The view after scaling `domain`'s width by `factor` around the point `share` of the way across it
 * (0 left, 1 right): the time under that point stays put unless a limit moves the view.
 */
export function zoomAround(domain: readonly [number, number], share: number, factor: number, limits: ZoomLimits): [number, number] {
  const [a, b] = domain;
  return viewAround(a + share * (b - a), share, (b - a) * factor, limits);
}

/**
 * The view that keeps grabbed times under the pointers holding them: `anchors` are the times grabbed
 * (in ms), `shares` where those pointers are now across the plot (0 left, 1 right), one of each for
 * every pointer held (the zoom asks only while one is). One pointer pans a view `span` wide; two (the
 * first two of more) pinch, their distance setting the width; a limit on the width holds the middle
 * of the two in place instead.
 */
export function grabDomain(anchors: readonly number[], shares: readonly number[], span: number, limits: ZoomLimits): [number, number] {
  const pinch = anchors.length > 1;
  let width = span;
  if (pinch && Math.abs(shares[1]! - shares[0]!) > 1e-6) width = Math.abs((anchors[1]! - anchors[0]!) / (shares[1]! - shares[0]!));
  const anchor = pinch ? (anchors[0]! + anchors[1]!) / 2 : anchors[0]!;
  const share = pinch ? (shares[0]! + shares[1]!) / 2 : shares[0]!;
  return viewAround(anchor, share, width, limits);
}

/**
 * The view one zoom step asks for: half (`'in'`) or twice (`'out'`) the width of `domain` around
 * `centre` (its middle when null), or the `fitted` whole-dataset view. Clamping is the caller's.
 */
export function zoomStep(domain: readonly [number, number], fitted: readonly [number, number], to: 'in' | 'out' | 'fit', centre: number | null): [number, number] {
  if (to === 'fit') return [fitted[0], fitted[1]];
  const [a, b] = domain;
  const middle = centre ?? (a + b) / 2;
  const half = ((b - a) / 2) * (to === 'in' ? 0.5 : 2);
  return [middle - half, middle + half];
}
