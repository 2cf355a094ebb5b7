/**
 * Two-level time axis ticks in UTC: a minor row (`09:00`, `24`, `Feb`, `1953`) and a major row naming
 * the period above it (`24 February 2022`, `February 2022`, `2022`). Years are generated here rather
 * than by d3-time so that BCE ticks fall on round historical years and no axis ever shows a year 0.
 */
import type { Locale } from 'date-fns';
import { daysInMonth, truncateToPrecision } from '../model/time.js';
import { formatUTC } from './datePattern.js';
import { utcBoundaries } from './utcIntervals.js';
import { formatExact, formatYear } from './formatDate.js';
import { linearMap } from './linear.js';
import { AXIS_LABEL_GAP } from './metrics.js';
import { textWidth } from './textWidth.js';
import { DAY, HOUR, MAX_YEAR, MINUTE, dateAt, isDeep, yearStart } from '../model/units.js';

/** The calendar unit the minor ticks step through. */
export type TickUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/**
 * One tick: where it is, the instant it marks and its text. Minor labels are meant to be centred on
 * `x`; major labels start at `x` (the first one may be pinned to the left edge, see {@link computeTicks}).
 */
export interface AxisTick {
  /** Horizontal position in pixels, within the range. */
  x: number;
  /** The UTC instant the tick marks (for a pinned major label, the start of the period it names). */
  date: Date;
  /** The text to show. */
  label: string;
}

/** The ticks of a time axis: the minor row, the coarser major row, and the interval the minor row steps by. */
export interface AxisTicks {
  /** Unit of the minor interval. */
  unit: TickUnit;
  /** Number of `unit`s between minor ticks, e.g. 15 for every quarter hour. */
  step: number;
  /** Finer ticks, in increasing `x`. */
  minor: AxisTick[];
  /** Boundaries of the next unit up (days, months or years) in increasing `x`; empty for year ticks. */
  major: AxisTick[];
}

const GAP = AXIS_LABEL_GAP;
/** Major labels are bold: a little wider than the width table's regular weight. */
export const MAJOR_WEIGHT = 1.1;

interface Interval {
  unit: TickUnit;
  step: number;
  /** The shortest this interval can be, so that the spacing rule holds for short months too. */
  shortest: number;
}

const YEAR_STEPS = [1, 2, 5];
// Up to 50 billion years: wider than deep time's 13.8 billion, so some step always fits.
for (let power = 10; power <= 1e10; power *= 10) YEAR_STEPS.push(power, 2.5 * power, 5 * power);

/** The units, finest first. */
const UNITS: readonly TickUnit[] = ['minute', 'hour', 'day', 'month', 'year'];

/** The candidate minor intervals, finest first. */
const INTERVALS: readonly Interval[] = [
  ...[1, 5, 15, 30].map((step) => ({ unit: 'minute' as const, step, shortest: step * MINUTE })),
  ...[1, 3, 6, 12].map((step) => ({ unit: 'hour' as const, step, shortest: step * HOUR })),
  ...[1, 2, 7, 14].map((step) => ({ unit: 'day' as const, step, shortest: step * DAY })),
  // The shortest 1, 3 and 6 consecutive months: February; February–April; September–February.
  { unit: 'month', step: 1, shortest: 28 * DAY },
  { unit: 'month', step: 3, shortest: 89 * DAY },
  { unit: 'month', step: 6, shortest: 181 * DAY },
  ...YEAR_STEPS.map((step) => ({ unit: 'year' as const, step, shortest: step * 365 * DAY })),
];

/**
 * Starts of years in [t0, t1] that are round in the historical count: multiples of `step` CE, and
 * `step`, `2 × step`, … BCE (astronomical 1 − k·step), so labels read `100 BCE`, `100`, never `0`;
 * in deep time, which counts years ago as written, −k·step (`2 billion years ago`).
 */
function yearTicks(step: number, t0: number, t1: number): Date[] {
  const y0 = dateAt(t0).getUTCFullYear();
  const y1 = dateAt(t1).getUTCFullYear();
  const years: number[] = [];
  for (let k = Math.floor((1 - y0) / step); k >= 1 && 1 - k * step <= y1; k--) years.push(k * step > MAX_YEAR ? -k * step : 1 - k * step);
  for (let year = Math.max(1, Math.ceil(y0 / step)) * step; year <= y1; year += step) years.push(year);
  return years.map(yearStart).filter((date) => date.getTime() >= t0 && date.getTime() <= t1);
}

/** The year of `time` as an axis names it: in deep time rounded as its ticks are (`13.7 billion years ago`, not every digit of a middle). */
export function yearLabel(time: number, locale: Locale): string {
  const year = dateAt(time).getUTCFullYear();
  return formatYear(isDeep(time) ? Number(year.toPrecision(3)) : year, locale);
}

/** The minor tick instants and their labels. */
function minorDates(interval: Interval, t0: number, t1: number, locale: Locale): { date: Date; label: string }[] {
  const { unit, step } = interval;
  if (unit === 'year') return yearTicks(step, t0, t1).map((date) => ({ date, label: formatYear(date.getUTCFullYear(), locale) }));
  if (unit === 'month') return utcBoundaries('month', step, t0, t1).map((date) => ({ date, label: formatUTC(date, 'LLL', locale) }));
  if (unit === 'day') {
    // Ticks restart on the 1st of each month (1, 8, 15, 22), so readers see familiar dates; a tick
    // that the next 1st would crowd (the 29th with weekly ticks) is dropped to keep the spacing.
    const days = utcBoundaries('day', step, t0, t1).filter((date) => date.getUTCDate() + step <= daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1) + 1);
    return days.map((date) => ({ date, label: String(date.getUTCDate()) }));
  }
  const dates = utcBoundaries(unit, step, t0, t1);
  return dates.map((date) => ({ date, label: formatUTC(date, 'HH:mm', locale) }));
}

/**
 * Keeps ticks whose labels (centred, or starting at `x`) clear the one kept before, the first one the
 * chart's left edge (x 0), where it would be cut; drops a label that repeats the one before.
 */
export function withoutCollisions(ticks: readonly AxisTick[], centred: boolean, scale: number, fontSize: number): AxisTick[] {
  const kept: AxisTick[] = [];
  let end = -GAP;
  for (const tick of ticks) {
    const width = textWidth(tick.label, fontSize) * scale;
    const start = centred ? tick.x - width / 2 : tick.x;
    // A label equal to the one before says nothing new (two narrow stretches of one month, say).
    if (start < end + GAP || kept[kept.length - 1]?.label === tick.label) continue;
    kept.push(tick);
    end = start + width;
  }
  return kept;
}

/** Whether centred labels of neighbouring ticks come closer than the gap. */
function crowded(ticks: readonly AxisTick[], fontSize: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1]!;
    const b = ticks[i]!;
    if (a.x + textWidth(a.label, fontSize) / 2 + GAP > b.x - textWidth(b.label, fontSize) / 2) return true;
  }
  return false;
}

/** How far past the end of the range a label may reach: into the chart's right margin, not beyond. */
const OVERHANG = 8;

/**
 * Keeps the last major label (they start at `x`) inside the range: moved left until it ends at the
 * range's end (plus the margin), or dropped when that would run into the label before it. A major
 * label names the period starting at its tick, so it may start a little early, never be cut off.
 */
export function fitMajorRow(major: readonly AxisTick[], end: number, fontSize: number, weight: number): AxisTick[] {
  const last = major[major.length - 1];
  if (!last) return [...major];
  const width = textWidth(last.label, fontSize) * weight;
  if (last.x + width <= end + OVERHANG) return [...major];
  const x = end + OVERHANG - width;
  const previous = major[major.length - 2];
  const rest = major.slice(0, -1);
  if (previous && previous.x + textWidth(previous.label, fontSize) * weight + GAP > x) return rest;
  return [...rest, { ...last, x }];
}

/** The major row: boundaries of the next unit up, left-aligned labels that do not overlap. */
function majorTicks(
  unit: TickUnit,
  [t0, t1]: readonly [number, number],
  r0: number,
  toX: (t: number) => number,
  locale: Locale,
  fontSize: number,
): AxisTick[] {
  if (unit === 'year') return [];
  const level = unit === 'day' ? 'month' : unit === 'month' ? 'year' : 'day';
  const label = (date: Date): string => formatExact(date, level, locale);
  const boundaries =
    level === 'year' ? yearTicks(1, t0, t1) : utcBoundaries(level, 1, t0, t1);
  const kept = withoutCollisions(boundaries.map((date) => ({ x: toX(date.getTime()), date, label: label(date) })), false, 1, fontSize);
  if (boundaries[0]?.getTime() === t0) return kept;
  // Pinned to the left edge, so a reader who has scrolled into the middle of a month still sees which
  // month it is. It gives way to a real boundary close by, which carries the same news and more.
  const start = dateAt(truncateToPrecision(t0, level));
  const pinned = { x: r0, date: start, label: label(start) };
  const first = kept[0];
  if (first !== undefined && r0 + textWidth(pinned.label, fontSize) + GAP > first.x) return kept;
  return [pinned, ...kept];
}

/**
 * Ticks for a UTC time axis mapping `domain` linearly onto `range` (pixels). The minor interval is the
 * finest of 1–30 minutes, 1–12 hours, 1–14 days, 1–6 months or 1, 2, 5, 10, 25 … years whose ticks are
 * at least `minSpacing` pixels apart (default 64) and whose labels do not overlap at `fontSize`, so an axis never has more than `width / minSpacing + 1` minor ticks, from a few minutes
 * to the whole range of `Date`. The major row marks days, months or years; when the domain starts
 * inside such a period its name is pinned at `range[0]` as the first major tick.
 * An empty, reversed or invalid domain or range gives no ticks.
 */
export function computeTicks(options: {
  domain: readonly [Date, Date];
  range: readonly [number, number];
  locale: Locale;
  minSpacing?: number;
  fontSize: number;
  /** `false`: leave the last major label where it is even if it runs past the range (a stretch between breaks, whose neighbour follows). */
  overhang?: boolean;
  /** The finest unit to tick: `'day'` for data without times, whose hours mean nothing. */
  finest: TickUnit;
}): AxisTicks {
  const t0 = options.domain[0].getTime();
  const t1 = options.domain[1].getTime();
  const [r0, r1] = options.range;
  const { locale, fontSize, minSpacing = 64 } = options;
  const none: AxisTicks = { unit: 'year', step: 1, minor: [], major: [] };
  if (!(t1 > t0) || !(r1 > r0) || !Number.isFinite(r0) || !Number.isFinite(r1)) return none;

  // Clamped because (t − t0) / (t1 − t0) · width can land a rounding error outside the range.
  const linear = linearMap([t0, t1], [r0, r1]);
  const toX = (t: number): number => Math.min(r1, Math.max(r0, linear.toRange(t)));
  const pxPerMs = linear.k;
  const deep = isDeep(t0) || isDeep(t1);
  // Deep time has only years to tick.
  const finest = deep ? 4 : UNITS.indexOf(options.finest);
  for (const interval of INTERVALS) {
    if (interval.shortest * pxPerMs < minSpacing || UNITS.indexOf(interval.unit) < finest) continue;
    let minor = minorDates(interval, t0, t1, locale).map(({ date, label }) => ({ x: toX(date.getTime()), date, label }));
    if (crowded(minor, fontSize)) continue;
    // Deep time's long labels ("13.8 billion years ago") near the left edge would start past it and be cut: left out.
    if (deep) minor = withoutCollisions(minor, true, 1, fontSize);
    // Inside one year of deep time, which has nothing finer to tick, the year is named at the left edge.
    const row = deep && !minor.length ? [{ x: r0, date: dateAt(t0), label: yearLabel(t0, locale) }] : majorTicks(interval.unit, [t0, t1], r0, toX, locale, fontSize);
    const major = options.overhang === false ? row : fitMajorRow(row, r1, fontSize, MAJOR_WEIGHT);
    return { unit: interval.unit, step: interval.step, minor, major };
  }
  return none;
}
