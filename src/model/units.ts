/** Lengths of time in milliseconds, the start of a year, and years beyond a `Date`: the one place they are written. */

/** One minute in ms. */
export const MINUTE = 60_000;
/** One hour in ms. */
export const HOUR = 60 * MINUTE;
/** One UTC day in ms (UTC has no daylight-saving days). */
export const DAY = 24 * HOUR;
/** The mean Gregorian year in ms (365.2425 days): how deep time, past {@link MAX_YEAR}, is counted. */
export const YEAR = 31_556_952_000;

/**
 * The calendar's years: a `Date` holds ±100,000,000 days from 1970 (about years -271821 to 275760),
 * and a chart needs room past its events for a period's end, margins and zoom, so the edge is kept
 * away. Years beyond it (deep time: `-13800000000`, the Big Bang) are whole years of {@link YEAR}.
 */
export const MAX_YEAR = 270_000;

/** The first instant (UTC) of a year of the calendar. */
function calendarYearStart(year: number): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written instead of mapping them to 19xx.
  return date.setUTCFullYear(year, 0, 1);
}

// Where deep time begins, either side of the calendar: a day past its first and last years, so that
// a time zone's offset cannot move a date written in the calendar out of it.
const FIRST = calendarYearStart(-MAX_YEAR) - DAY;
const END = calendarYearStart(MAX_YEAR + 1) + DAY;

/**
 * The deep-time year of `time`, counted in mean years out from the calendar's edge. A year's start is
 * a product too large for a double to hold exactly: the thousandth of a year keeps it in its own year
 * when the division lands a hair below.
 */
const deepYear = (time: number): number =>
  time < FIRST ? -MAX_YEAR + Math.floor((time - FIRST) / YEAR + 1e-3) : MAX_YEAR + 1 + Math.floor((time - END) / YEAR + 1e-3);

/**
 * A year beyond ±{@link MAX_YEAR}: the instant kept as a number (a double holds 13.8 billion years in
 * ms, precise to about a minute), so it stays a `Date` for what reads a date's time and year (the
 * layout, the sort, formatYear); its month, day and time are NaN, as deep time has only years. Its
 * JSON is the year as a dataset writes it (`-13800000000`), not the `Invalid Date` error.
 */
class DeepDate extends Date {
  constructor(private readonly time: number) {
    super(Number.NaN);
  }

  override getTime(): number {
    return this.time;
  }

  override valueOf(): number {
    return this.time;
  }

  override getUTCFullYear(): number {
    return deepYear(this.time);
  }

  override toISOString(): string {
    const year = deepYear(this.time);
    return (year < 0 ? '' : '+') + year;
  }
}

/** Whether `time` (ms) is past the calendar's years, in deep time, which has only whole years. */
export const isDeep = (time: number): boolean => time < FIRST || time >= END;

/** A `Date` for `time` (ms), in deep time too, where `new Date(time)` is invalid. */
export const dateAt = (time: number): Date => (isDeep(time) ? new DeepDate(time) : new Date(time));

/** The first instant (UTC) of an astronomical year: year 0 is 1 BCE, −43 is 44 BCE, −13800000000 the Big Bang. */
export function yearStart(year: number): Date {
  if (year < -MAX_YEAR) return new DeepDate(FIRST + (year + MAX_YEAR) * YEAR);
  return year > MAX_YEAR ? new DeepDate(END + (year - MAX_YEAR - 1) * YEAR) : new Date(calendarYearStart(year));
}
