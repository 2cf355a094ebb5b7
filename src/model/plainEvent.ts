/**
 * The common event in one function: a start (and end) written as a calendar date or a wire timestamp
 * (see {@link quickTime}), text fields, importance, tags, actors and known sources, nothing else.
 * Validating 10,000 such events through the field readers costs some twenty calls each, and on a
 * page's first render that code has not been optimised yet; one loop body in one function is (V8
 * optimises a hot loop where it runs). Anything outside this shape, valid or not, returns undefined
 * and goes through {@link validateEvent}, which reports problems. What this returns is what
 * validateEvent returns for the same input (a test holds them to it, property order included).
 */
import type { TimelineEvent } from '../types.js';
import type { DatePool } from './datePool.js';
import { newEvent } from './eventObject.js';
import { hasText } from './fields.js';
import { quickTime } from './time.js';
import { sharedSourceList } from './validateEvent.js';
import { ID_RULE } from './validateSource.js';

/** A copy of `value` when it is an array of strings with text, else undefined. */
function textList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item !== 'string' || !hasText(item)) return undefined;
  }
  return value.slice() as string[];
}

/** Whether an optional text field is absent or a string with text. */
const optionalText = (value: unknown): boolean => value === undefined || (typeof value === 'string' && hasText(value));

/** The fields the common shape may have; any other key sends an event to validateEvent. */
const PLAIN_FIELDS = 'id title start end sources group category summary note importance approximate actors tags'.split(' ');
const PLAIN_KEYS = new Set(PLAIN_FIELDS);

/**
 * Whether `Object.prototype` is as a page leaves it for this reader: no enumerable key (which for…in
 * would list) and none of the common fields (which reading an absent field would find). A page some
 * script has polluted gets every event checked field by field instead.
 */
function prototypeIsClean(): boolean {
  if (Object.keys(Object.prototype).length > 0) return false;
  return PLAIN_FIELDS.every((field) => !(field in Object.prototype));
}

/**
 * A reader for the events of one dataset: their sources must be among `sourceIds`, and their dates
 * come from `dates` (a calendar day's `Date` shared with the dataset's other events on that day). It
 * returns the event when `raw` has the common shape and no problem; undefined means "ask validateEvent".
 */
export function plainEventReader(sourceIds: ReadonlySet<string>, dates: DatePool): (raw: unknown) => TimelineEvent | undefined {
  const clean = prototypeIsClean();
  return (raw) => (clean ? readPlainEvent(raw, sourceIds, dates) : undefined);
}

/** A calendar date names a day; a timestamp is known to the minute. */
const precisionOf = (text: string): 'day' | 'minute' => (text.length === 10 ? 'day' : 'minute');

function readPlainEvent(raw: unknown, sourceIds: ReadonlySet<string>, dates: DatePool): TimelineEvent | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  // A plain (or null-prototype) object on a clean page: every key for…in lists is its own, and an
  // absent field reads as undefined. Anything else is left to validateEvent.
  const prototype: unknown = Object.getPrototypeOf(raw);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const record = raw as Record<string, unknown>;
  for (const key in record) {
    if (!PLAIN_KEYS.has(key)) return undefined;
  }
  const { id, title, start, end, sources, group, category, summary, note, importance, approximate, actors, tags } = record;
  if (typeof id !== 'string' || !ID_RULE.regex.test(id) || typeof title !== 'string' || !hasText(title) || typeof start !== 'string') return undefined;
  const startTime = quickTime(start);
  if (startTime !== startTime) return undefined;
  let endTime = NaN;
  if (end !== undefined) {
    if (typeof end !== 'string') return undefined;
    endTime = quickTime(end);
    // An end before the start may still be valid (an end names its whole period); validateEvent decides.
    if (!(endTime >= startTime)) return undefined;
  }
  if (!Array.isArray(sources) || sources.length === 0) return undefined;
  for (let index = 0; index < sources.length; index++) {
    const source: unknown = sources[index];
    if (typeof source !== 'string' || !hasText(source) || !sourceIds.has(source)) return undefined;
  }
  if (!optionalText(group) || !optionalText(category) || !optionalText(summary) || !optionalText(note)) return undefined;
  if (importance !== undefined && importance !== 1 && importance !== 2 && importance !== 3) return undefined;
  if (approximate !== undefined && typeof approximate !== 'boolean') return undefined;
  const actorList = actors === undefined ? undefined : textList(actors);
  const tagList = tags === undefined ? undefined : textList(tags);
  if ((actors !== undefined && !actorList) || (tags !== undefined && !tagList)) return undefined;

  // The order of validateEvent's object, so both paths give events of the same shape.
  const event = newEvent(id, title, sharedSourceList(sources as string[]), dates.at(startTime), precisionOf(start), importance ?? 1);
  if (end !== undefined) {
    event.end = dates.at(endTime);
    event.endPrecision = precisionOf(end as string);
  }
  if (group !== undefined) event.group = group as string;
  if (category !== undefined) event.category = category as string;
  if (summary !== undefined) event.summary = summary as string;
  if (note !== undefined) event.note = note as string;
  if (approximate !== undefined) event.approximate = approximate;
  if (actorList) event.actors = actorList;
  if (tagList) event.tags = tagList;
  return event;
}
