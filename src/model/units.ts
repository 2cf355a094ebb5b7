/** Lengths of time in milliseconds, and the start of a year: the one place they are written. */

/** One minute in ms. */
export const MINUTE = 60_000;
/** One hour in ms. */
export const HOUR = 60 * MINUTE;
/** One UTC day in ms (UTC has no daylight-saving days). */
export const DAY = 24 * HOUR;

/** The first instant (UTC) of an astronomical year: year 0 is 1 BCE, −43 is 44 BCE. */
export function yearStart(year: number): Date {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written instead of mapping them to 19xx.
  date.setUTCFullYear(year, 0, 1);
  date.setUTCHours(0, 0, 0, 0);
  return date;
}
