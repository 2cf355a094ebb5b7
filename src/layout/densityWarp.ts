/**
 * The density-aware scale: each stretch of time gets room in proportion to the events it holds, so a
 * burst (the first days of September 2025) opens up and a quiet stretch narrows. It stays honest: the
 * map is monotone and piecewise linear, with few pieces, so within a piece real time is drawn evenly,
 * the axis ticks each piece with real dates, and the points where the pace changes are known (and
 * marked on the axis). It is built on top of gap compression (gaps.ts): empty stretches are shortened
 * first, then what is left is shared out. Pure, and computed once per dataset and gap setting.
 */
import { firstIndexWhere } from '../model/sortedIndex.js';
import { periodLength } from '../model/time.js';
import { occupiedExtent } from './gaps.js';
import { piecewiseLinear, type PiecewiseLinear } from './piecewise.js';
import { midTime, type PreparedModel } from './prepare.js';
import type { TimeWarp } from './warp.js';

/**
 * The share of the width given out by events; the rest follows time, as on a linear axis. Below 1, so
 * that every stretch keeps some room (an empty one would otherwise have none and no pace to merge by).
 */
const DENSITY_SHARE = 0.75;
/** The density is measured in this many bins across the data's extent (each a fraction of the least spread, below). */
const BINS = 512;
/** Each event's weight is spread over at least this share of the extent, so a burst opens up smoothly, not one event at a time. */
const SMOOTHING = 1 / 60;
/** Neighbouring stretches whose paces differ by less than this factor are drawn at one pace. */
const SAME_PACE = 1.6;
/** At most this many stretches of different pace: an axis with more would be hard to read. */
const MAX_PIECES = 12;

/** A stretch of display time before the density map, drawn at one pace. */
interface Piece {
  /** Its start and end before the map. */
  from: number;
  to: number;
  /** Display time per unit before the map. */
  slope: number;
}

/**
 * How much weight lies in each of `bins` equal bins across `[g0, g1]` (positions after `base`): one
 * unit per event that is not an era, spread over its date's period (a day-precision date over its
 * day), and at least over {@link SMOOTHING} of the extent. A span weighs at its start, where its label is.
 *
 * Most events' periods are shorter than the least spread: those are counted by centre into `centres`
 * and spread by one box filter at the end, so the loop over 100,000 events does a few sums each and
 * allocates nothing. Longer periods (a month or a year wide on screen) are spread one by one.
 */
function weights(model: PreparedModel, base: TimeWarp, g0: number, g1: number): { bins: Float64Array; total: number } {
  const bins = new Float64Array(BINS);
  const centres = new Float64Array(BINS);
  const width = (g1 - g0) / BINS;
  const least = (g1 - g0) * SMOOTHING;
  // Interior bins of the long periods through a running sum (one add and one subtract each).
  const steps = new Float64Array(BINS + 1);
  let total = 0;
  const spread = (centre: number, half: number): void => {
    const a = (Math.max(g0, centre - half) - g0) / width;
    const b = (Math.min(g1, centre + half) - g0) / width;
    if (!(b > a)) return;
    const rate = 1 / (b - a);
    const first = Math.floor(a);
    const last = Math.min(BINS - 1, Math.floor(b));
    total++;
    if (first === last) {
      bins[first]! += 1;
      return;
    }
    bins[first]! += (first + 1 - a) * rate;
    bins[last]! += (b - last) * rate;
    steps[first + 1]! += rate;
    steps[last]! -= rate;
  };
  for (const lane of model.lanes) {
    const { pointTimes, pointPeriods } = lane;
    const byBins = lane.longestPeriod <= least;
    if (byBins) {
      // Every point's period is short (days, minutes): the points centred in each bin are found by
      // binary search in the lane's mid-period order, with no work per point. (No gap cuts through a
      // period, so a period's middle is drawn where its start is, half a period on; every middle lies
      // in the extent, so the last bin ends with the lane.)
      let before = 0;
      for (let bin = 0; bin < BINS; bin++) {
        const end = base.toTime(g0 + (bin + 1) * width);
        const upTo = bin === BINS - 1 ? pointTimes.length : firstIndexWhere(before, pointTimes.length, (position) => midTime(lane, position) >= end);
        centres[bin]! += upTo - before;
        total += upTo - before;
        before = upTo;
      }
    }
    // Events sharing a start (a busy day) map it once.
    let start = NaN;
    let shown = NaN;
    for (let index = 0; !byBins && index < pointTimes.length; index++) {
      const time = pointTimes[index]!;
      const period = pointPeriods[index]!;
      if (time !== start) {
        start = time;
        shown = base.toDisplay(time);
      }
      // No gap cuts through an event's own period (gaps lie between events): its end maps by length.
      const centre = shown + period / 2;
      if (period > least) {
        spread(centre, period / 2);
      } else if (centre >= g0 && centre <= g1) {
        centres[Math.min(BINS - 1, Math.floor((centre - g0) / width))]! += 1;
        total++;
      }
    }
    for (const row of lane.spanRows) {
      for (const span of row) {
        const period = periodLength(span.start, span.event.precision);
        spread(base.toDisplay(span.start) + period / 2, Math.max(period, least) / 2);
      }
    }
  }
  let running = 0;
  for (let bin = 0; bin < BINS; bin++) {
    running += steps[bin]!;
    bins[bin]! += running;
  }
  // The short periods, each spread evenly over `least` around its centre: a box filter on the counts.
  const box = Math.max(1, Math.round(least / width));
  const sums = new Float64Array(BINS + 1);
  for (let bin = 0; bin < BINS; bin++) sums[bin + 1] = sums[bin]! + centres[bin]!;
  for (let bin = 0; bin < BINS; bin++) {
    const from = Math.max(0, bin - (box >> 1));
    const to = Math.min(BINS, from + box);
    bins[bin]! += (sums[to]! - sums[from]!) / box;
  }
  return { bins, total };
}

/** Neighbouring bins whose paces differ by less than `tolerance` (a factor) merged into pieces. */
function runsOf(slopes: Float64Array, g0: number, width: number, tolerance: number): Piece[] {
  const pieces: Piece[] = [];
  let last: Piece | undefined;
  for (let bin = 0; bin < slopes.length; bin++) {
    const slope = slopes[bin]!;
    const from = g0 + bin * width;
    if (last && Math.max(last.slope, slope) / Math.min(last.slope, slope) < tolerance) {
      // The merged piece keeps the display time of both: its pace is the mean weighted by length.
      last.slope = (last.slope * (last.to - last.from) + slope * width) / (last.to - last.from + width);
      last.to = from + width;
    } else {
      pieces.push((last = { from, to: from + width, slope }));
    }
  }
  return pieces;
}

/** Above this many runs the tolerance is loosened first (a linear pass each), so the pairwise merging below stays cheap. */
const PAIRWISE_FROM = 128;

/**
 * The bins merged into pieces of like pace ({@link SAME_PACE}; more loosely while there are more than
 * {@link PAIRWISE_FROM}), then the most alike neighbours merged until at most {@link MAX_PIECES} are
 * left, so the pace changes kept are the clearest.
 */
function piecesOf(slopes: Float64Array, g0: number, width: number): Piece[] {
  let pieces = runsOf(slopes, g0, width, SAME_PACE);
  for (let tolerance = SAME_PACE * 1.5; pieces.length > PAIRWISE_FROM; tolerance *= 1.5) pieces = runsOf(slopes, g0, width, tolerance);
  const ratio = (index: number): number => {
    const a = pieces[index]!.slope;
    const b = pieces[index + 1]!.slope;
    return Math.max(a, b) / Math.min(a, b);
  };
  while (pieces.length > MAX_PIECES) {
    let closest = 0;
    for (let index = 1; index < pieces.length - 1; index++) if (ratio(index) < ratio(closest)) closest = index;
    const [a, b] = [pieces[closest]!, pieces[closest + 1]!];
    pieces.splice(closest, 2, { from: a.from, to: b.to, slope: (a.slope * (a.to - a.from) + b.slope * (b.to - b.from)) / (b.to - a.from) });
  }
  return pieces;
}

/**
 * The density-aware scale on top of `base` (the gap-compressed scale, or real time): `base`'s gaps
 * are kept, drawn where the density map puts them. Returns `base` itself when the data has no extent
 * to share out (no events, or all at one instant).
 */
export function densityWarp(model: PreparedModel, base: TimeWarp): TimeWarp {
  const extent = occupiedExtent(model);
  if (!extent) return base;
  const g0 = base.toDisplay(extent[0]);
  const g1 = base.toDisplay(extent[1]);
  if (!(g1 > g0)) return base;
  const { bins, total } = weights(model, base, g0, g1);
  if (total === 0) return base;
  const width = (g1 - g0) / BINS;
  // Display time per unit: the part that follows time, plus the events' part, so that the whole
  // keeps (nearly) the extent's length.
  const slopes = bins.map((weight) => 1 - DENSITY_SHARE + (DENSITY_SHARE * BINS * weight) / total);
  const pieces = piecesOf(slopes, g0, width);
  // One pace throughout: the events are spread evenly, and the base scale says it all.
  if (pieces.length < 2) return base;
  const from = new Float64Array(pieces.length + 1);
  const to = new Float64Array(pieces.length + 1);
  from[0] = to[0] = g0;
  pieces.forEach((piece, index) => {
    from[index + 1] = piece.to;
    to[index + 1] = to[index]! + piece.slope * (piece.to - piece.from);
  });
  return composed(base, piecewiseLinear(from, to));
}

/** `base` followed by `map`: gaps and pace changes in the final display time. */
function composed(base: TimeWarp, map: PiecewiseLinear): TimeWarp {
  const gaps = base.gaps.map((gap) => ({ ...gap, displayStart: map.forward(gap.displayStart), displayEnd: map.forward(gap.displayEnd) }));
  // A pace change inside or at the edge of a gap is the gap's break, which is marked already.
  const inGap = (display: number): boolean => gaps.some((gap) => display >= gap.displayStart - 1e-6 && display <= gap.displayEnd + 1e-6);
  const paceChanges = [...map.to.subarray(1, -1)].filter((display) => !inGap(display));
  return {
    gaps,
    paceChanges,
    maxSlope: map.maxSlope * base.maxSlope,
    toDisplay: (time) => map.forward(base.toDisplay(time)),
    toTime: (display) => base.toTime(map.backward(display)),
  };
}
