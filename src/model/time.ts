import { DATE_PRECISIONS, type DatePrecision } from '../types.js';
import { truncateForMessage } from './messages.js';
import { DAY, MAX_YEAR, YEAR, dateAt, isDeep, yearStart } from './units.js';
import { MONTH_NAMES } from './monthNames.js';

/** A successfully parsed ISO 8601 date: the instant and how precisely it is known. */
export interface ParsedDate {
  /** Always `true` for a parsed date. */
  ok: true;
  /** UTC midnight for calendar dates (first day of the month/year when coarser); the instant for date-times. */
  date: Date;
  /** The precision the written form carries. */
  precision: DatePrecision;
}

/** A string that is not an ISO 8601 date eventline accepts, with the reason in words. */
export interface UnparsedDate {
  /** Always `false` when the string was rejected. */
  ok: false;
  /** Why the string was rejected, e.g. `"2022-13-01" is not a valid date (there is no month 13)`. */
  reason: string;
}

// Year: four digits, or a sign and 4–12 digits (ISO 8601 expanded, astronomical: -000043 is 44 BCE;
// past ±270,000 deep time, a year alone). A time needs an explicit zone: a zoneless time would land
// on a different instant in every reader's zone.
const ISO_DATE =
  /^([+-]\d{4,12}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Whether `year` (astronomical numbering, proleptic Gregorian) is a leap year. */
function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses an ISO 8601 date as eventline accepts it: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time with
 * `Z` or an offset, or a signed expanded year (`-000043-03-15`). Calendar dates become UTC midnight,
 * so `2022-02-24` is 24 February in every time zone, and years 1–99 stay in the first century.
 */
export function parseISODate(text: string): ParsedDate | UnparsedDate {
  const parsed = parseDateTime(text);
  return 'reason' in parsed ? { ok: false, reason: parsed.reason } : { ok: true, date: dateAt(parsed.time), precision: parsed.precision };
}

/** A parsed date as a timestamp. */
export interface DateTime {
  /** Milliseconds since the epoch. */
  readonly time: number;
  /** The precision of the written form. */
  readonly precision: DatePrecision;
  /** The written calendar fields read as UTC (equal to `time` unless an offset was given). */
  readonly wall: number;
}

/**
 * {@link parseISODate} without allocating a `Date`: what the validator uses for the events the
 * plain-event reader leaves to it. No cache: the forms news data repeats most (calendar dates) are
 * read without the regex, and timestamps rarely repeat.
 */
export function parseDateTime(text: string): DateTime | UnparsedDate {
  const day = text.length === 10 ? quickTime(text) : NaN;
  if (day === day) return { time: day, precision: 'day', wall: day };
  const result = parseUncached(text);
  return result.ok ? { time: result.date.getTime(), precision: result.precision, wall: result.wall } : result;
}

/** The digit at `index` of `text`, or NaN: keeps the fast path free of regexes and substrings. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/** A time zone that exists, as the ISO form writes it: `Z`, `+03:00` or `-0530`. */
const ZONE = /^(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/** Two digits of `text` from `index` as a number, or NaN. */
const twoDigits = (text: string, index: number): number => digitAt(text, index) * 10 + digitAt(text, index + 1);

/**
 * The instant of the two forms news data writes most, read without a regex over the date, a `Date` or
 * a cache: `YYYY-MM-DD` (UTC midnight, by the days-from-civil formula) and a wire timestamp
 * `YYYY-MM-DDTHH:MM[:SS]` with a zone (years 0000–9999). NaN for anything else, which
 * {@link parseDateTime} reads and explains; a string of 10 characters is the calendar date.
 */
export function quickTime(text: string): number {
  const day = dayNumberAt(text) * DAY;
  if (text.length === 10) return day;
  const seconds = text[16] === ':';
  const zone = text.slice(seconds ? 19 : 16);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = seconds ? twoDigits(text, 17) : 0;
  if (text[10] !== 'T' || text[13] !== ':' || !(hour < 24 && minute < 60 && second < 60) || !ZONE.test(zone)) return NaN;
  // The pattern has let through only zones that exist.
  return day + ((hour * 60 + minute - parseOffset(zone)!) * 60 + second) * 1000;
}

/** The day number of the `YYYY-MM-DD` that `text` starts with, or NaN. */
function dayNumberAt(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return NaN;
  // Howard Hinnant's days_from_civil: proleptic Gregorian, exact for every year here (0 included).
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function parseUncached(text: string): (ParsedDate & { wall: number }) | UnparsedDate {
  // No trimming: the JSON Schema rejects surrounding spaces too, and the two must agree.
  const match = ISO_DATE.exec(text);
  const quoted = (): string => truncateForMessage(text);
  if (!match) {
    return { ok: false, reason: `${quoted()} is not a valid date (expected ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date-time with a time zone)` };
  }
  const [, yearText = '', monthText, dayText, hourText, minuteText, secondText, fractionText, zoneText] = match;
  const year = Number(yearText);
  if (hourText !== undefined && zoneText === undefined) {
    return { ok: false, reason: `${quoted()} has a time but no time zone (add Z or an offset such as +03:00)` };
  }
  if (yearText === '-000000' || yearText === '-0000') {
    return { ok: false, reason: `${quoted()} is not a valid date (write year 0, which is 1 BCE, without a minus sign)` };
  }
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  const hour = Number(hourText ?? 0);
  const minute = Number(minuteText ?? 0);
  const second = Number(secondText ?? 0);
  const millisecond = fractionText === undefined ? 0 : Math.floor(Number(`0.${fractionText}`) * 1000);

  const invalid = (why: string): UnparsedDate => ({ ok: false, reason: `${quoted()} is not a valid date (${why})` });
  if (Math.abs(year) > MAX_YEAR) {
    // Deep time is counted in whole years: no calendar there for a month to belong to.
    const date = yearStart(year);
    return monthText === undefined ? { ok: true, date, precision: 'year', wall: +date } : invalid(`past ±${MAX_YEAR} eventline takes a year alone`);
  }
  if (month < 1 || month > 12) return invalid(`there is no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return invalid(`${MONTH_NAMES[month - 1]} ${formatYear(year)} has no day ${day}`);
  }
  if (hour > 23) return invalid(`there is no hour ${hour}`);
  if (minute > 59) return invalid(`there is no minute ${minute}`);
  if (second > 59) return invalid(`there is no second ${second}`);
  const offsetMinutes = zoneText === undefined ? 0 : parseOffset(zoneText);
  if (offsetMinutes === null) return invalid(`the time zone offset ${zoneText ?? ''} does not exist`);

  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written instead of mapping them to 19xx.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, millisecond);
  const wall = date.getTime();
  date.setUTCMinutes(minute - offsetMinutes);
  const precision: DatePrecision =
    hourText !== undefined ? 'minute' : dayText !== undefined ? 'day' : monthText !== undefined ? 'month' : 'year';
  return { ok: true, date, precision, wall };
}

/**
 * The start of the period `time` falls in at `precision`, in UTC: `2022-06-15` at year precision is
 * 1 January 2022. Minute precision keeps the instant.
 */
export function truncateToPrecision(time: number, precision: DatePrecision): number {
  if (isDeep(time)) return yearStart(dateAt(time).getUTCFullYear()).getTime();
  if (precision === 'minute') return time;
  const date = new Date(time);
  date.setUTCHours(0, 0, 0, 0);
  if (precision === 'month' || precision === 'year') date.setUTCDate(1);
  if (precision === 'year') date.setUTCMonth(0);
  return date.getTime();
}

/** Length in ms of the period a date names at its precision (0 for a minute: it is an instant). */
export function periodLength(start: Date | number, precision: DatePrecision): number {
  if (precision === 'minute') return 0;
  if (precision === 'day') return DAY;
  const from = typeof start === 'number' ? start : start.getTime();
  if (isDeep(from)) return YEAR;
  const next = new Date(from);
  if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next.getTime() - from;
}

/** Minutes east of UTC for `Z`, `+03:00` or `-0530`; `null` when the offset cannot exist. */
function parseOffset(zone: string): number | null {
  if (zone === 'Z') return 0;
  // Read in place (the patterns have let through ±HH:MM and ±HHMM only): no strings cut per timestamp.
  const hours = twoDigits(zone, 1);
  const minutes = twoDigits(zone, zone.length - 2);
  if (hours > 23 || minutes > 59) return null;
  return (zone[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Rank of a precision: 0 for `'year'` up to 3 for `'minute'`. */
export function precisionRank(precision: DatePrecision): number {
  return DATE_PRECISIONS.indexOf(precision);
}

/** `value` written with at least `length` digits: `pad(5, 2)` is `05`. */
export const pad = (value: number, length: number): string => String(value).padStart(length, '0');

/** Writes an astronomical year in ISO form: `2022`, `0044`, `-000043`. */
function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return (year < 0 ? '-' : '+') + pad(Math.abs(year), 6);
}

/**
 * Writes a normalised date back in the ISO 8601 form of its precision: `2022-02-24`, `2025-08`,
 * `-000043-03-15`, or `2025-09-05T09:30Z` (always UTC) for minute precision. The inverse of
 * {@link parseISODate}, for `<time datetime>` attributes and exports.
 */
export function formatISODate(date: Date, precision: DatePrecision): string {
  const year = formatYear(date.getUTCFullYear());
  // Deep time has years only, whatever precision is asked.
  if (precision === 'year' || isDeep(date.getTime())) return year;
  const month = `${year}-${pad(date.getUTCMonth() + 1, 2)}`;
  if (precision === 'month') return month;
  const day = `${month}-${pad(date.getUTCDate(), 2)}`;
  if (precision === 'day') return day;
  return `${day}T${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}Z`;
}
