// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { parseISODate } from '../model/time.js';

/**
 * Dates given as separate parts (TimelineJS's `start_date` objects, its spreadsheet's Year, Month, Day
 * and Time columns) written as the ISO 8601 strings eventline datasets use, as precise as the parts.
 */

/** Date parts as found in the source: numbers or strings, any of them missing. */
export interface DateParts {
  year?: unknown;
  month?: unknown;
  day?: unknown;
  /** `HH:MM`, `HH:MM:SS` or `H:MM AM/PM` (spreadsheets). */
  time?: unknown;
  hour?: unknown;
  minute?: unknown;
}

/** The ISO string (and what of the parts it could not hold), or what is wrong with which part. */
export type DatePartsResult = { iso: string; dropped?: string } | { part: keyof DateParts; message: string };

const blank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** A whole number from a number or a numeric string; undefined when blank, NaN when not whole. */
function whole(value: unknown): number | undefined {
  if (blank(value)) return undefined;
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(number) ? number : Number.NaN;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** An astronomical year as ISO 8601 writes it: four digits for 1000–9999, else a signed year of six digits or more. */
function isoYear(year: number): string {
  return year >= 1000 && year <= 9999 ? String(year) : `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

/** Reads `09:30`, `9:30:15`, `9:30 PM` into hours and minutes (seconds are dropped: eventline's finest precision is the minute). */
function readTime(value: unknown): { hour: number; minute: number } | null {
  // Trimmed and short before the pattern: on a long run of spaces its optional parts would backtrack.
  const time = typeof value === 'string' ? value.trim() : '';
  if (time.length > 24) return null;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s?([ap]\.?m\.?)?$/i.exec(time);
  if (!match) return null;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const meridiem = match[3]?.toLowerCase().replace(/\./g, '');
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/**
 * Writes date parts as ISO 8601: `2022`, `2022-02`, `2022-02-24` or `2022-02-24T09:30Z` (times are
 * taken as UTC: the sources do not say which zone they mean). A negative year is a year BCE as
 * TimelineJS shows it (`-44` reads "44 BCE"), so it becomes the astronomical year after it (`-000043`);
 * deep time, past 270000, is years ago as written. A month needs a year, a day a month, a time a day.
 */
export function isoFromParts(parts: DateParts): DatePartsResult {
  const written = whole(parts.year);
  const month = whole(parts.month);
  const day = whole(parts.day);
  if (written === undefined) return { part: 'year', message: 'is missing' };
  if (Number.isNaN(written)) return { part: 'year', message: `${JSON.stringify(parts.year)} is not a year` };
  // Twelve digits, what the dataset format takes: a 13.8 trillion is a slip of the keyboard, not a date.
  if (Math.abs(written) > 999_999_999_999) return { part: 'year', message: `${JSON.stringify(parts.year)} is not a year eventline can hold (twelve digits at most)` };
  const hasClock = !blank(parts.time) || !blank(parts.hour);
  // Deep time (MAX_YEAR in src/model/units.ts, not public) is whole years, as TimelineJS draws it too.
  if (Math.abs(written) > 270_000) {
    return { iso: isoYear(written), ...(hasClock || !blank(parts.month) || !blank(parts.day) ? { dropped: 'past ±270000 eventline counts whole years: the month, day and time are left out' } : {}) };
  }
  // TimelineJS writes -44 as "44 BCE" (the year's absolute value), which is astronomical -43.
  const year = written < 0 ? written + 1 : written;
  if (month !== undefined && (Number.isNaN(month) || month < 1 || month > 12)) return { part: 'month', message: `${JSON.stringify(parts.month)} is not a month (1–12)` };
  if (day !== undefined && month === undefined) return { part: 'day', message: 'is given without a month' };
  if (day !== undefined && month !== undefined) {
    const last = new Date(Date.UTC(2000, month, 0));
    last.setUTCFullYear(year, month, 0);
    if (Number.isNaN(day) || day < 1 || day > last.getUTCDate()) return { part: 'day', message: `${JSON.stringify(parts.day)} is not a day of that month` };
  }
  let iso = isoYear(year);
  if (month !== undefined) iso += `-${pad(month, 2)}`;
  if (day !== undefined) iso += `-${pad(day, 2)}`;
  if (!hasClock) return { iso };
  if (day === undefined) return { part: blank(parts.time) ? 'hour' : 'time', message: 'is given without a day' };
  let clock: { hour: number; minute: number } | null;
  if (!blank(parts.time)) {
    clock = readTime(parts.time);
    if (!clock) return { part: 'time', message: `${JSON.stringify(parts.time)} is not a time of day (HH:MM)` };
  } else {
    const hour = whole(parts.hour) ?? 0;
    const minute = whole(parts.minute) ?? 0;
    if (Number.isNaN(hour) || hour < 0 || hour > 23) return { part: 'hour', message: `${JSON.stringify(parts.hour)} is not an hour (0–23)` };
    if (Number.isNaN(minute) || minute < 0 || minute > 59) return { part: 'minute', message: `${JSON.stringify(parts.minute)} is not a minute (0–59)` };
    clock = { hour, minute };
  }
  return { iso: `${iso}T${pad(clock.hour, 2)}:${pad(clock.minute, 2)}Z` };
}

/**
 * Whether `end` (ISO) names a period wholly before `start`, which eventline refuses (`2022-02` may end
 * a span that starts on 15 February 2022; `2021` may not). The period lengths are the model's.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  const from = parseISODate(start);
  const until = parseISODate(end);
  if (!from.ok || !until.ok) return false;
  // A year's period ends where the start's year begins or before; deep time, which has no months, too.
  if (until.precision === 'year') return until.date.getUTCFullYear() < from.date.getUTCFullYear();
  const next = new Date(until.date.getTime());
  if (until.precision === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (until.precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  return until.date.getTime() < from.date.getTime() && next.getTime() <= from.date.getTime();
}
