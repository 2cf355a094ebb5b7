/**
 * Axis ticks for a view that crosses shortened gaps: each stretch of real time between breaks gets its
 * own ticks (it is linear inside), and the rows are merged so no two labels collide.
 */
import type { Locale } from 'date-fns';
import { formatUTC } from './datePattern.js';
import { formatExact } from './formatDate.js';
import type { TimeWarp } from './warp.js';
import { DAY, dateAt, isDeep } from '../model/units.js';
import { type AxisTick, type AxisTicks, computeTicks, fitMajorRow, MAJOR_WEIGHT, type TickUnit, withoutCollisions, yearLabel } from './ticks.js';

/** What the ticks read of a time scale (timeScale.ts builds on this module, so it is named here by shape). */
export interface TickedScale {
  /** Real time ↔ display time. */
  readonly warp: TimeWarp;
  /** The visible range in display time. */
  readonly domain: readonly [number, number];
  /** The pixels it is drawn across. */
  readonly range: readonly [number, number];
  /** Display time to px. */
  displayToX(display: number): number;
}

/** A stretch of the view between breaks, in display time and in real time. */
interface Segment {
  display: [number, number];
  time: [number, number];
}

/**
 * The parts of the display range `[d0, d1]` that are not shortened gaps, cut again where the pace of
 * the scale changes: real time is linear inside each part.
 */
function segments(warp: TimeWarp, d0: number, d1: number): Segment[] {
  const parts: Segment[] = [];
  const push = (from: number, to: number, end: number): void => {
    let start = from;
    for (const change of warp.paceChanges) {
      if (change <= start || change >= to) continue;
      parts.push({ display: [start, change], time: [warp.toTime(start), warp.toTime(change)] });
      start = change;
    }
    parts.push({ display: [start, to], time: [warp.toTime(start), end] });
  };
  let from = d0;
  for (const gap of warp.gaps) {
    if (gap.displayEnd <= d0 || gap.displayStart >= d1) continue;
    if (gap.displayStart > from) push(from, gap.displayStart, gap.start);
    from = gap.displayEnd;
  }
  if (d1 > from) push(from, d1, warp.toTime(d1));
  return parts;
}

/** A label for a segment too narrow for computeTicks: its middle at a precision its length allows. */
function narrowLabel(segment: Segment, locale: Locale): string {
  const [t0, t1] = segment.time;
  const middle = new Date((t0 + t1) / 2);
  if (isDeep(t0) || t1 - t0 > 62 * DAY) return yearLabel((t0 + t1) / 2, locale);
  if (t1 - t0 <= 2 * DAY) return formatUTC(middle, 'd MMM', locale);
  return formatUTC(middle, 'LLL', locale);
}

/**
 * Ticks for `scale` (its display-time domain across its range, through its warp). Without a break in
 * view this is {@link computeTicks} on the real range. With breaks, each stretch between them is
 * ticked on its own; a stretch too narrow for ticks is named by one label (`24 Feb`) and its year.
 */
export function warpedTicks(scale: TickedScale, locale: Locale, finest: TickUnit, fontSize: number): AxisTicks {
  const { warp, range } = scale;
  const [d0, d1] = scale.domain;
  const parts = segments(warp, d0, d1);
  const [r0, r1] = range;
  const toX = scale.displayToX;
  if (parts.length === 1 && parts[0]!.display[0] === d0 && parts[0]!.display[1] === d1) {
    return computeTicks({ domain: [dateAt(warp.toTime(d0)), dateAt(warp.toTime(d1))], range, locale, finest, fontSize });
  }
  const minor: AxisTick[] = [];
  const major: AxisTick[] = [];
  let widest: AxisTicks | undefined;
  let widestWidth = -1;
  for (const part of parts) {
    const x0 = toX(part.display[0]);
    const x1 = toX(part.display[1]);
    if (x1 - x0 < 1) continue;
    // A stretch that ends where a gap begins does not tick that instant: it belongs to the next stretch
    // (a stretch ending at midnight on 1 October must not be labelled "October").
    const end = part.display[1] < d1 ? part.time[1] - 1 : part.time[1];
    const ticks = computeTicks({ domain: [dateAt(part.time[0]), dateAt(end)], range: [x0, x1], locale, overhang: false, finest, fontSize });
    if (ticks.minor.length === 0) {
      const middle = dateAt((part.time[0] + part.time[1]) / 2);
      // Narrow stretches side by side (the density scale's quiet days between busy ones) name one month once.
      const label = narrowLabel(part, locale);
      if (minor[minor.length - 1]?.label !== label) minor.push({ x: (x0 + x1) / 2, date: middle, label });
      major.push(...(ticks.major.length > 0 ? ticks.major : [{ x: x0, date: dateAt(part.time[0]), label: yearLabel((part.time[0] + part.time[1]) / 2, locale) }]));
      continue;
    }
    minor.push(...ticks.minor);
    major.push(...ticks.major);
    if (x1 - x0 > widestWidth) {
      widest = ticks;
      widestWidth = x1 - x0;
    }
  }
  if (minor.length === 0 && major.length === 0) {
    // Zoomed into a break: no stretch of real time is in view, so the axis names the gap itself.
    const gap = warp.gaps.find((candidate) => candidate.displayStart <= d1 && candidate.displayEnd >= d0);
    if (gap) {
      const month = (time: number): string => formatExact(dateAt(time), 'month', locale);
      major.push({ x: r0, date: dateAt(gap.start), label: `${month(gap.start)} – ${month(gap.end)}, no events` });
    }
  }
  return {
    unit: widest?.unit ?? 'year',
    step: widest?.step ?? 1,
    minor: withoutCollisions(minor, true, 1, fontSize),
    major: fitMajorRow(withoutCollisions(major, false, MAJOR_WEIGHT, fontSize), r1, fontSize, MAJOR_WEIGHT),
  };
}
