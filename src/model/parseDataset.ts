import type { DataIssue, Dataset, Source, TimelineEvent } from '../types.js';
import { EventlineDataError } from './errors.js';
import { checkKnownKeys, IssueCollector, own, readRecord, readString, REQUIRED } from './fields.js';
import { describeValue } from './messages.js';
import { datasetSchema, fieldsOf } from './schema.js';
import { validateEvent } from './validateEvent.js';
import { validateSource } from './validateSource.js';

const DATASET_FIELDS = fieldsOf(datasetSchema);

/** Datasets this module produced, so they can be handed on without being validated twice. */
const parsedDatasets = new WeakSet<Dataset>();

/** Whether `value` is a dataset returned by {@link parseDataset} (already validated and normalised). */
export function isParsedDataset(value: unknown): value is Dataset {
  return typeof value === 'object' && value !== null && parsedDatasets.has(value as Dataset);
}

/** Reads `record[key]` as an array, reporting anything else. */
function readArray(record: Record<string, unknown>, key: string, issues: IssueCollector): unknown[] {
  const value = own(record, key);
  if (Array.isArray(value)) return value;
  issues.add(key, value === undefined ? 'is required (an array, which may be empty)' : `expected an array, got ${describeValue(value)}`);
  return [];
}

/** Reports the second and later uses of an id, naming where it was first used; returns id → first index. */
function checkUniqueIds(items: readonly unknown[], collection: string, issues: IssueCollector): Map<string, number> {
  const firstUse = new Map<string, number>();
  items.forEach((item, index) => {
    if (typeof item !== 'object' || item === null) return;
    const id = (item as Record<string, unknown>).id;
    if (typeof id !== 'string') return;
    const first = firstUse.get(id);
    if (first === undefined) firstUse.set(id, index);
    else issues.add(`${collection}[${index}].id`, `${JSON.stringify(id)} is already used by ${collection}[${first}]`);
  });
  return firstUse;
}

/** Each parsed dataset's events by id, built during validation so nobody builds it twice. */
const eventIndexes = new WeakMap<Dataset, ReadonlyMap<string, TimelineEvent>>();

/** The events of a dataset by id (from the validation pass when the dataset came from parseDataset). */
export function eventIndexOf(dataset: Dataset): ReadonlyMap<string, TimelineEvent> {
  let index = eventIndexes.get(dataset);
  if (!index) {
    index = new Map(dataset.events.map((event) => [event.id, event]));
    eventIndexes.set(dataset, index);
  }
  return index;
}

/**
 * Sorts by start, then id, so equal instants always come out in the same order. News data has far
 * fewer distinct instants than events, so events are grouped by instant, the instants sorted natively,
 * and only each (small) group sorted by id: several times faster than a comparator sort at 100,000.
 */
function sortByStartThenId(events: TimelineEvent[]): TimelineEvent[] {
  const byTime = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const time = event.start.getTime();
    const group = byTime.get(time);
    if (group) group.push(event);
    else byTime.set(time, [event]);
  }
  const sorted: TimelineEvent[] = [];
  for (const time of Float64Array.from(byTime.keys()).sort()) {
    const group = byTime.get(time)!;
    if (group.length > 1) group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const event of group) sorted.push(event);
  }
  return sorted;
}

function collect(input: unknown): { issues: DataIssue[]; dataset?: Dataset } {
  const issues = new IssueCollector();
  const record = readRecord(input, 'dataset', issues, 'a dataset object with title, sources and events');
  if (!record) return { issues: issues.issues };
  checkKnownKeys(record, DATASET_FIELDS, 'dataset', issues);
  const title = readString(record.title, 'dataset', 'title', issues, REQUIRED);
  const description = readString(record.description, 'dataset', 'description', issues);
  readString(record.$schema, 'dataset', '$schema', issues);

  const rawSources = readArray(record, 'sources', issues);
  checkUniqueIds(rawSources, 'sources', issues);
  const sources = rawSources.map((raw, index) => validateSource(raw, `sources[${index}]`, issues));
  const sourceIds = new Set(rawSources.flatMap((raw) => {
    const id = typeof raw === 'object' && raw !== null ? own(raw as Record<string, unknown>, 'id') : undefined;
    return typeof id === 'string' ? [id] : [];
  }));

  const rawEvents = readArray(record, 'events', issues);
  const eventIds = checkUniqueIds(rawEvents, 'events', issues);
  const events = rawEvents.map((raw, index) => validateEvent(raw, `events[${index}]`, issues, sourceIds));

  if (issues.issues.length > 0 || title === undefined) return { issues: issues.issues };
  const dataset: Dataset = {
    title,
    sources: sources as Source[],
    events: sortByStartThenId(events as TimelineEvent[]),
  };
  if (description !== undefined) dataset.description = description;
  // Valid ids are unique, so the duplicate check's id → index map becomes id → event in place
  // (updating existing keys is cheaper than building a second map of every id).
  const byId = eventIds as unknown as Map<string, TimelineEvent | number>;
  for (const [id, position] of eventIds) byId.set(id, events[position] as TimelineEvent);
  eventIndexes.set(dataset, byId as Map<string, TimelineEvent>);
  return { issues: [], dataset };
}

/**
 * Checks a dataset without throwing. Returns every problem at once (an empty array when the dataset is
 * valid), each as `{ path, message }` naming the event and field.
 */
export function validateDataset(input: unknown): DataIssue[] {
  return collect(input).issues;
}

/**
 * Validates and normalises a dataset: dates become `Date`s (UTC midnight for calendar dates) with their
 * precision, importance defaults to 1, and events are sorted by start, then id.
 *
 * @throws {@link EventlineDataError} listing every problem when the dataset is invalid.
 */
export function parseDataset(input: unknown): Dataset {
  const { issues, dataset } = collect(input);
  if (!dataset) throw new EventlineDataError(issues);
  parsedDatasets.add(dataset);
  return dataset;
}
