/**
 * Dates as readers see them, written no more precisely than they are known: `1953`, `August 2025`,
 * `24 February 2022`. Everything is formatted from the UTC fields, because eventline stores calendar
 * dates as UTC midnight; local time would move `2022-02-24` to the 23rd for readers west of Greenwich.
 */
import type { Locale } from 'date-fns';
import { daysInMonth } from '../model/time.js';
import { DAY, HOUR, MAX_YEAR, MINUTE, YEAR, dateAt, isDeep, yearStart } from '../model/units.js';
import type { DatePrecision } from '../types.js';
import { formatUTC, longDatePattern } from './datePattern.js';
import { ENGLISH } from './english.js';
import { isolate } from './isolate.js';

/** The locale dates are written in unless one is given: British English, the newsroom style `24 February 2022`. */
export const DEFAULT_LOCALE: Locale = ENGLISH;

/**
 * Writes an astronomical year as readers count years: `2022`, `44`, and `44 BCE` for −43. Year 0 is
 * `1 BCE`: there is no year zero in the historical count, and a minus sign is not how people write it.
 * English uses the neutral `BCE`; other locales get their own era name from date-fns (`v.Chr.`, `до н. э.`).
 * Deep time, before −270000, is counted back as the sciences count it, the year's digits as given:
 * `300,000 years ago` for −300000, `13.8 billion years ago` (in other locales in their words,
 * `vor 13,8 Milliarden Jahren`); past 270000, a year is grouped (`1,000,000`).
 *
 * @throws RangeError when `year` is not a finite number.
 */
export function formatYear(year: number, locale: Locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(year)) throw new RangeError(`formatYear: ${year} is not a year`);
  if (year > MAX_YEAR) return year.toLocaleString(locale.code);
  if (year < -MAX_YEAR) return manyYears(-year, locale, true);
  if (year >= 1) return String(year);
  const historical = 1 - year;
  if (locale.code.startsWith('en')) return `${historical} BCE`;
  return `${historical} ${formatUTC(yearStart(year), 'G', locale)}`;
}

/**
 * `count` years in the locale's words (`9 billion years`, with `ago` `13.8 billion years ago`), the
 * number as the locale writes numbers: grouped (`300,000`), past a million in words (`13.8 billion`),
 * every digit given (up to 21, what Intl writes) and none added.
 */
const manyYears = (count: number, locale: Locale, ago: boolean): string =>
  locale
    .formatDistance('xYears', count, { addSuffix: ago, comparison: -1 })
    .replace(String(count), count.toLocaleString(locale.code, { maximumSignificantDigits: 21, notation: count < 1e6 ? 'standard' : 'compact', compactDisplay: 'long' }));

/**
 * Texts already written, per locale: marks, clusters and tooltips ask for the same dates every frame,
 * and every zoom frame names the breaks in view (the few gaps of a dataset). Dates are keyed by their
 * precision and time (`day1645660800000`), lengths by their ends and units (`0:864000000:2`).
 */
const written = new WeakMap<Locale, Map<string, string>>();
const WRITTEN_LIMIT = 20_000;

/** The text `key` stands for in `locale`: written by `write` the first time, then remembered. */
function remembered(locale: Locale, key: string, write: () => string): string {
  let texts = written.get(locale);
  if (!texts) written.set(locale, (texts = new Map()));
  let text = texts.get(key);
  if (text === undefined) {
    if (texts.size >= WRITTEN_LIMIT) texts.clear();
    texts.set(key, (text = write()));
  }
  return text;
}

/**
 * The date at its precision, without the "c." mark (memoised: date-fns formatting costs microseconds a
 * call): {@link formatEventDate} without its check, for dates the model or the axis made valid.
 */
export function formatExact(date: Date, precision: DatePrecision, locale: Locale): string {
  return remembered(locale, precision + date.getTime(), () => formatUncached(date, precision, locale));
}

function formatUncached(date: Date, precision: DatePrecision, locale: Locale): string {
  const year = date.getUTCFullYear();
  // Deep time has years only, whatever the axis or a range asks for.
  if (precision === 'year' || isDeep(date.getTime())) return formatYear(year, locale);
  // LLLL is the standalone month name: the nominative "август 2025", not the genitive "августа".
  if (precision === 'month') return `${formatUTC(date, 'LLLL', locale)} ${formatYear(year, locale)}`;
  // The locale's long date pattern writes the year with `y`, which drops the era (44 BCE would read
  // as "44"), so outside four-digit CE years the year is written by formatYear instead.
  const day =
    year >= 1000 && year <= 9999
      ? formatUTC(date, longDatePattern(locale), locale)
      : `${formatUTC(date, 'd MMMM', locale)} ${formatYear(year, locale)}`;
  if (precision === 'day') return day;
  return `${day}, ${formatUTC(date, 'HH:mm', locale)} UTC`;
}

/**
 * Writes `date` as precisely as it is known: `1953` (`'year'`), `August 2025` (`'month'`),
 * `24 February 2022` (`'day'`) or `5 September 2025, 09:30 UTC` (`'minute'`). With `approximate`
 * the text starts with `c. ` (`c. 1953`). The UTC fields are used, so the text is the same in every
 * reader's time zone.
 *
 * @throws RangeError when `date` is an invalid `Date`.
 */
export function formatEventDate(
  date: Date,
  precision: DatePrecision,
  options: { locale?: Locale; approximate?: boolean } = {},
): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatEventDate: invalid date');
  const text = formatExact(date, precision, options.locale ?? DEFAULT_LOCALE);
  return options.approximate === true ? `c. ${text}` : text;
}

/**
 * Writes when an event happened: its start, and for a span ` – ` and its end at `endPrecision`
 * (`April 2014 – February 2022`). `approximate` marks the start only, since that is the date the
 * dataset calls an estimate. A span whose ends read the same at their precision is written once,
 * so a same-day span is not `24 February 2022 – 24 February 2022`. An event with a `displayDate` is
 * written in those words instead, start and end, wrapped in isolate marks (FSI … PDI, see isolate.ts)
 * like all text from data placed beside other text (`c. ⁨Spring 1850⁩` when it is also approximate).
 */
export function formatEventWhen(
  event: { start: Date; end?: Date; precision: DatePrecision; endPrecision?: DatePrecision; approximate?: boolean; displayDate?: string },
  options: { locale?: Locale } = {},
): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const { displayDate } = event;
  // The dataset's own words stand beside eventline's ("c.", a title after them): isolated, like all text from data.
  const start = displayDate ? isolate(displayDate) : formatEventDate(event.start, event.precision, { locale });
  const marked = event.approximate === true ? `c. ${start}` : start;
  if (!event.end || displayDate) return marked;
  const end = formatEventDate(event.end, event.endPrecision ?? event.precision, { locale });
  return end === start ? marked : `${marked} – ${end}`;
}

/** Two instants as the days they fall on: `5 September 2025`, or `1 August 2025 to 5 September 2025`. */
export function formatDayRange(start: number, end: number, locale: Locale): string {
  const first = formatExact(dateAt(start), 'day', locale);
  const last = formatExact(dateAt(end), 'day', locale);
  return first === last ? first : `${first} to ${last}`;
}

/** When an event happened as it is said, not read: an estimate is `about 3 September 2025`, not `c. 3 September 2025`. */
export function sayWhen(event: Parameters<typeof formatEventWhen>[0], locale: Locale): string {
  return formatEventWhen(event, { locale }).replace(/^c\. /, 'about ');
}

/** An event in one phrase, its title and when: `Paris summit, 4 September 2025` (accessible names, announcements). */
export function describeEvent(event: Parameters<typeof formatEventWhen>[0] & { title: string }, locale: Locale): string {
  return `${event.title}, ${sayWhen(event, locale)}`;
}

/**
 * How long a stretch of time is, in its two largest calendar units: `60 years 7 months`, `32 days`,
 * `5 hours` (in the locale's words; counted on the UTC calendar, so the same in every time zone).
 * With `units` 1, only the largest, in whole units: `60 years`, for a label with little room.
 */
export function formatTimeLength(start: number, end: number, locale: Locale = DEFAULT_LOCALE, units: 1 | 2 = 2): string {
  return remembered(locale, `${start}:${end}:${units}`, () => lengthUncached(start, end, locale, units));
}

/** The date-fns `formatDistance` token of each unit, largest first. */
const DURATION_TOKENS = ['xYears', 'xMonths', 'xDays', 'xHours', 'xMinutes', 'xSeconds'] as const;

/** `time` moved by whole months on the UTC calendar, the day kept or clamped to the month's last (31 January + 1 month = 28 February). */
function addMonths(time: number, months: number): number {
  const date = new Date(time);
  const day = date.getUTCDate();
  // On the 1st of the month first, so the 31st does not run on into the month after.
  date.setUTCMonth(date.getUTCMonth() + months, 1);
  date.setUTCDate(Math.min(day, daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1)));
  return date.getTime();
}

/** The largest whole number of `months` steps from `from` that does not pass `to`. */
function wholeMonths(from: number, to: number, step: number): number {
  const a = new Date(from);
  const b = new Date(to);
  let count = Math.floor(((b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth()) / step);
  while (count > 0 && addMonths(from, count * step) > to) count--;
  return Math.max(0, count);
}

/**
 * The length from `start` to `end` in calendar units on the UTC calendar: whole years, then whole
 * months, days, hours, minutes and seconds, as date-fns's intervalToDuration counts them.
 */
function calendarLength(start: number, end: number): number[] {
  const years = wholeMonths(start, end, 12);
  const afterYears = addMonths(start, years * 12);
  const months = wholeMonths(afterYears, end, 1);
  let rest = end - addMonths(afterYears, months);
  const counts = [years, months];
  for (const unit of [DAY, HOUR, MINUTE, 1000]) {
    counts.push(Math.floor(rest / unit));
    rest -= counts[counts.length - 1]! * unit;
  }
  return counts;
}

function lengthUncached(start: number, end: number, locale: Locale, units: 1 | 2): string {
  // Deep time has no calendar: mean years, as round as the axis's (`9 billion years`).
  if (isDeep(start) || isDeep(end)) return manyYears(Number((Math.abs(end - start) / YEAR).toPrecision(3)), locale, false);
  const counts = calendarLength(Math.min(start, end), Math.max(start, end));
  const first = counts.findIndex((count) => count > 0);
  if (first < 0) return locale.formatDistance('xSeconds', 1);
  // The two largest units, the second only when it is not zero ("3 years", not "3 years 0 months").
  return (units === 1 ? [first] : [first, first + 1])
    .filter((index) => index < counts.length && counts[index]! > 0)
    .map((index) => locale.formatDistance(DURATION_TOKENS[index]!, counts[index]!))
    .join(' ');
}
