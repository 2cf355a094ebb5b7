import { DATE_PRECISIONS, type DatePrecision, type TimelineEvent } from '../types.js';
import {
  type IssueCollector, readBoolean, readChoice, readDate, readNumber, readString, readStringArray, REQUIRED,
} from './fields.js';
import { raw, recordReader } from './fieldReader.js';
import type { DatePool } from './datePool.js';
import { newEvent } from './eventObject.js';
import { EVENT_FIELDS } from './fieldNames.js';
import { type DateTime, formatISODate, periodLength, precisionRank, truncateToPrecision } from './time.js';
import { dateAt } from './units.js';
import { ID_REQUIRED } from './validateSource.js';
import { readSourceReference, validateLocation, validateMedia, validateQuotes } from './validateEventParts.js';

const IMPORTANCE_RANGE = { min: 1, max: 3, integer: true };
const REQUIRED_NON_EMPTY = { required: true, nonEmpty: true };


/**
 * Validates one entry of `events` against the format and the dataset's `sourceIds`. Returns the
 * normalised event, or `undefined` after reporting every issue it has. Its dates come from `dates`,
 * the pool of the dataset being parsed.
 */
export function validateEvent(
  value: unknown,
  path: string,
  issues: IssueCollector,
  sourceIds: ReadonlySet<string>,
  dates: DatePool,
): TimelineEvent | undefined {
  const before = issues.issues.length;
  const read = recordReader(value, path, issues, 'an event object', EVENT_FIELDS);
  if (!read) return undefined;

  const id = read(readString, 'id', ID_REQUIRED);
  const title = read(readString, 'title', REQUIRED);
  const start = read(readDate, 'start', REQUIRED);
  const rawEnd = read(raw, 'end');
  const end = read(readDate, 'end');
  const precision = read(readChoice, 'precision', DATE_PRECISIONS);
  const approximate = read(readBoolean, 'approximate');
  const displayDate = read(readString, 'displayDate');
  const era = read(readBoolean, 'era');
  const importance = read(readNumber, 'importance', IMPORTANCE_RANGE) as 1 | 2 | 3 | undefined;
  const actors = read(readStringArray, 'actors');
  const tags = read(readStringArray, 'tags');
  const sources = read(readStringArray, 'sources', REQUIRED_NON_EMPTY);
  if (sources) {
    for (let index = 0; index < sources.length; index++) {
      if (!sourceIds.has(sources[index]!)) readSourceReference(sources[index], path, `sources[${index}]`, issues, sourceIds);
    }
  }
  const group = read(readString, 'group');
  const category = read(readString, 'category');
  const summary = read(readString, 'summary');
  const note = read(readString, 'note');
  const location = read(validateLocation, 'location');
  const media = read(validateMedia, 'media');
  const quotes = read(validateQuotes, 'quotes', sourceIds);

  if (precision && start) checkPrecision(precision, start, 'start', path, issues);
  if (precision && end) checkPrecision(precision, end, 'end', path, issues);
  // An end is the whole period it names: `2022-02` ends with February, so it may follow 15 February.
  if (start && end && end.time < start.time && end.time + periodLength(end.time, end.precision) <= start.time) {
    issues.add(`${path}.end`, `${formatISODate(dateAt(end.time), end.precision)} is before the start, ${formatISODate(dateAt(start.time), start.precision)}`);
  }
  if (era && rawEnd === undefined) issues.add(`${path}.end`, 'is required when era is true (an era is a span)');

  if (issues.issues.length > before || !id || !title || !start || !sources) return undefined;
  const event = newEvent(id, title, sharedSourceList(sources), dates.at(normalise(start, precision)), precision ?? start.precision, importance ?? 1);
  if (end) {
    event.end = dates.at(normalise(end, precision));
    event.endPrecision = precision ?? end.precision;
  }
  // The optional fields given, in this order (every event of the same fields has the same shape).
  const optional = { group, category, summary, note, approximate, displayDate, era, actors, tags, location, media, quotes };
  for (const key in optional) {
    const field = optional[key as keyof typeof optional];
    if (field !== undefined) (event as unknown as Record<string, unknown>)[key] = field;
  }
  return event;
}

const SOURCE_LISTS = new Map<string, readonly string[]>();
const SOURCE_LISTS_LIMIT = 10_000;

/** One frozen array per distinct list of source ids (most events cite the same one or two sources). */
export function sharedSourceList(sources: readonly string[]): readonly string[] {
  const key = sources.length === 1 ? sources[0]! : sources.join('\n');
  let shared = SOURCE_LISTS.get(key);
  if (!shared || shared.length !== sources.length) {
    if (SOURCE_LISTS.size >= SOURCE_LISTS_LIMIT) SOURCE_LISTS.clear();
    shared = Object.freeze([...sources]);
    SOURCE_LISTS.set(key, shared);
  }
  return shared;
}

/**
 * A stated precision coarser than the written date moves the date to the start of its period, read
 * from the written calendar fields: `2025-09-05T09:30+10:00` at day precision is 5 September, not the
 * UTC instant's 4 September.
 */
function normalise(date: DateTime, stated: DatePrecision | undefined): number {
  if (!stated || precisionRank(stated) >= precisionRank(date.precision)) return date.time;
  return truncateToPrecision(date.wall, stated);
}

/** A stated precision may be coarser than the written date ("we only know the month"), never finer. */
function checkPrecision(precision: DatePrecision, date: DateTime, field: 'start' | 'end', path: string, issues: IssueCollector): void {
  if (precisionRank(precision) <= precisionRank(date.precision)) return;
  issues.add(
    `${path}.precision`,
    `"${precision}" contradicts ${field} ${formatISODate(dateAt(date.time), date.precision)}, which is only precise to the ${date.precision}`,
  );
}
