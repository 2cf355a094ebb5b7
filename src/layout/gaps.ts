/**
 * Gap compression: long stretches without events are drawn shortened, so a dataset that reaches from
 * 1953 to a few dense days of 2025 is readable in one view. Pure: the compressed scale is a function
 * of the prepared data and the options, nothing else.
 *
 * "Display time" is the axis the chart is laid out and zoomed on: equal to real time before the first
 * shortened gap, shifted left by what each gap lost after it, and squeezed linearly inside a gap.
 */
import { eventEnd, type PreparedModel } from './prepare.js';
import { firstIndexWhere } from '../model/sortedIndex.js';
import { IDENTITY_WARP, type TimeGap, type TimeWarp } from './warp.js';

/** A stretch of real time without events. */
export interface EmptyStretch {
  /** Where the stretch starts (the end of the events before it), in ms. */
  start: number;
  /** Where it ends (the start of the next event), in ms. */
  end: number;
}

/**
 * The `compressGaps` option: `true` shortens stretches that are long next to the rest of the data
 * (see {@link chooseGaps}), `{ minGap }` every stretch longer than `minGap` ms, `false` none.
 */
export type GapCompression = boolean | { minGap: number };


/** A gap is shortened only when it is longer than this share of the time still shown... */
const SHARE_OF_SHOWN = 0.2;
/** ...and this many times the average spacing of events in it, so evenly spread data is never cut. */
const SPACING_FACTOR = 5;
/** At most this many gaps are shortened by the automatic rule (the longest first). */
const MAX_AUTO_GAPS = 8;
/** At most this many for an explicit `minGap`. */
const MAX_GAPS = 100;
/** A shortened gap keeps this share of the time still shown (about 4% of the width at the fitted view). */
const BREAK_SHARE = 0.05;

/** Where a dataset's events are: the empty stretches between them and the extent they cover. */
interface Occupancy {
  stretches: EmptyStretch[];
  extent: [number, number] | null;
}

/** Per prepared model: expanding a gap or toggling the option recomputes the scale, not this. */
const occupancies = new WeakMap<PreparedModel, Occupancy>();

/** One pass over the events, which are sorted by start: a stretch opens wherever the next start lies beyond every period so far. */
function occupancyOf(model: PreparedModel): Occupancy {
  const known = occupancies.get(model);
  if (known) return known;
  const stretches: EmptyStretch[] = [];
  let first = Infinity;
  let reach = -Infinity;
  const events = model.dataset.events;
  // An indexed loop: a for…of over 100,000 unoptimised allocates an iterator result for each event.
  for (let index = 0; index < events.length; index++) {
    const event = events[index]!;
    // Eras are background: they do not fill a stretch.
    if (event.era) continue;
    const start = event.start.getTime();
    if (start > reach && reach > -Infinity) stretches.push({ start: reach, end: start });
    first = Math.min(first, start);
    const end = eventEnd(event);
    if (end > reach) reach = end;
  }
  const occupancy: Occupancy = { stretches, extent: first <= reach ? [first, reach] : null };
  occupancies.set(model, occupancy);
  return occupancy;
}

/** The time the events cover, eras left out (they are background): `null` without such events. */
export function occupiedExtent(model: PreparedModel): readonly [number, number] | null {
  return occupancyOf(model).extent;
}

/**
 * Every stretch between the events' periods where no event is (eras, being background, do not count),
 * in time order. A calendar date covers its whole period, so a day-precision event fills its day.
 */
export function emptyStretches(model: PreparedModel): EmptyStretch[] {
  return occupancyOf(model).stretches.map((stretch) => ({ ...stretch }));
}

/**
 * The `limit` longest stretches, longest first, equal lengths in time order (as a stable sort would
 * give them). One pass keeping a short list: a dense dataset has thousands of stretches, and sorting
 * them all with a comparator cost milliseconds on a first render.
 */
function longestFirst(stretches: readonly EmptyStretch[], limit: number): EmptyStretch[] {
  const top: EmptyStretch[] = [];
  const lengthAt = (index: number): number => top[index]!.end - top[index]!.start;
  for (const stretch of stretches) {
    const length = stretch.end - stretch.start;
    if (top.length === limit && length <= lengthAt(limit - 1)) continue;
    let at = top.length;
    while (at > 0 && lengthAt(at - 1) < length) at--;
    top.splice(at, 0, stretch);
    if (top.length > limit) top.pop();
  }
  return top;
}

/**
 * Which empty stretches to shorten. Automatic: the longest first, while a stretch is longer than a
 * fifth of the time still shown and five times the average spacing of the events in that time, so a
 * stretch counts as long next to the rest of the data (60 years between two dense periods), not by a
 * fixed length. Explicit: every stretch longer than `minGap`.
 */
export function chooseGaps(model: PreparedModel, compression: GapCompression): EmptyStretch[] {
  if (compression === false) return [];
  const { stretches, extent } = occupancyOf(model);
  if (!extent) return [];
  const chosen: EmptyStretch[] = [];
  if (typeof compression === 'object') {
    const long = stretches.filter((stretch) => stretch.end - stretch.start > compression.minGap);
    chosen.push(...longestFirst(long, MAX_GAPS));
  } else {
    const eventCount = model.dataset.events.length - model.eras.length;
    let shown = extent[1] - extent[0];
    for (const stretch of longestFirst(stretches, MAX_AUTO_GAPS)) {
      const length = stretch.end - stretch.start;
      if (chosen.length >= MAX_AUTO_GAPS || length <= SHARE_OF_SHOWN * shown || length <= (SPACING_FACTOR * shown) / eventCount) break;
      chosen.push(stretch);
      shown -= length;
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * How much display time a shortened stretch keeps when `stretches` are shortened: a twentieth of the
 * time still shown, so breaks stay narrow beside the events however long they are.
 */
export function breakWidth(model: PreparedModel, stretches: readonly EmptyStretch[], minWidth: number): number {
  const { extent } = occupancyOf(model);
  if (!extent) return minWidth;
  const whole = extent[1] - extent[0];
  const shown = stretches.reduce((rest, stretch) => rest - (stretch.end - stretch.start), whole);
  // Events that are all instants leave no time shown: a millionth of the extent keeps breaks visible.
  return Math.max(shown * BREAK_SHARE, whole * 1e-6, minWidth);
}

/** The display-time mapping that shortens `stretches` (in time order, not overlapping) to `width` each (or their own length, if shorter). */
export function warpFor(stretches: readonly EmptyStretch[], width: number): TimeWarp {
  if (stretches.length === 0) return IDENTITY_WARP;
  const gaps: TimeGap[] = [];
  let removed = 0;
  for (const { start, end } of stretches) {
    const kept = Math.min(width, end - start);
    const displayStart = start - removed;
    gaps.push({ start, end, displayStart, displayEnd: displayStart + kept });
    removed += end - start - kept;
  }
  return {
    gaps,
    paceChanges: [],
    maxSlope: 1,
    toDisplay(time) {
      const gap = gaps[lastAtOrBefore(gaps, time, (candidate) => candidate.start)];
      return gap ? across(time, gap.start, gap.end, gap.displayStart, gap.displayEnd) : time;
    },
    toTime(display) {
      const gap = gaps[lastAtOrBefore(gaps, display, (candidate) => candidate.displayStart)];
      return gap ? across(display, gap.displayStart, gap.displayEnd, gap.start, gap.end) : display;
    },
  };
}

/**
 * `value`, at or after the start `a0` of a gap that runs to `a1`, on the other axis, where the gap runs
 * from `b0` to `b1`: squeezed (or stretched) linearly inside the gap, shifted by the gap's change after it.
 */
function across(value: number, a0: number, a1: number, b0: number, b1: number): number {
  return value >= a1 ? b1 + (value - a1) : b0 + ((value - a0) / (a1 - a0)) * (b1 - b0);
}

/** The share of the narrowest view a shortened gap keeps at least. */
const MIN_SPAN_SHARE = 1 / 20;

/**
 * The compressed scale for a dataset and the `compressGaps` option, less the gaps a reader `expanded`
 * (by real start). The others are chosen before those are taken out, so no new gap is shortened; but
 * breaks keep their share of the (now longer) time shown, and a gap no longer four times longer than
 * that width is drawn at its real length too (opening 2014–2022 also opens a month-long gap of 2022).
 * `minSpan` is the zoom's narrowest view in ms: a shortened gap keeps at least a twentieth of it, so
 * events on either side of a break can always be zoomed apart.
 */
export function gapWarp(model: PreparedModel, compression: GapCompression, minSpan: number, expanded?: ReadonlySet<number>): TimeWarp {
  const minWidth = minSpan * MIN_SPAN_SHARE;
  const kept = chooseGaps(model, compression).filter((gap) => !expanded?.has(gap.start) && gap.end - gap.start > 4 * minWidth);
  // The width follows the time still shown, so breaks keep their share of the view when one opens.
  const width = breakWidth(model, kept, minWidth);
  return warpFor(kept.filter((gap) => gap.end - gap.start > 4 * width), width);
}

/** Index of the last gap whose key is at or before `value`; -1 when none is. */
function lastAtOrBefore(gaps: readonly TimeGap[], value: number, key: (gap: TimeGap) => number): number {
  return firstIndexWhere(0, gaps.length, (index) => key(gaps[index]!) > value) - 1;
}
