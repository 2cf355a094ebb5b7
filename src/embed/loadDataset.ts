/**
 * Where `<event-timeline>` gets its data: a `src` URL (an eventline JSON dataset, TimelineJS JSON, or
 * a spreadsheet CSV) or an inline `<script type="application/json">`. Failures say which URL and why.
 */
import type { DatasetInput, TimelineOptions } from '../index.js';
import type { ImportResult } from '../importers/importedSource.js';

/** The converters the element uses for TimelineJS JSON and spreadsheet CSV (`eventline/importers`). */
export interface DataImporters {
  /** TimelineJS JSON → a dataset and the report of what changed. */
  importTimelineJS?(json: unknown): ImportResult;
  /** A TimelineJS spreadsheet as CSV → a dataset and the report of what changed. */
  importSpreadsheetCSV?(csv: string): ImportResult;
  /** TimelineJS JSON → a dataset (importers from before the report: still taken, with no report). */
  fromTimelineJS?(json: unknown): DatasetInput;
  /** A TimelineJS spreadsheet as CSV → a dataset (importers from before the report). */
  fromSpreadsheetCSV?(csv: string): DatasetInput;
}

/** What the status line says of data imported with changes (the full report went to the console). */
const importNotices = new WeakMap<object, string>();

/** The status line's note on `data` when an import changed or left something out; else undefined. */
export function importNotice(data: EventTimelineData | null): string | undefined {
  return data ? importNotices.get(data) : undefined;
}

/** The imported dataset; a report, if any, goes to the console in full and to the status line in short. */
function imported({ dataset, report }: ImportResult, format: string, where: string): DatasetInput {
  if (report.length > 0) {
    const changes = `${report.length} change${report.length === 1 ? '' : 's'}`;
    console.warn(`eventline: ${where} was imported from ${format} with ${changes}:\n${report.map((note) => `${note.path}: ${note.message}`).join('\n')}`);
    importNotices.set(dataset, `Imported from ${format} with ${changes} (listed in the browser console).`);
  }
  return dataset;
}

let importers: DataImporters | null = null;
const importerListeners = new Set<() => void>();

/**
 * Lets `<event-timeline>` read TimelineJS JSON and spreadsheet CSV. `eventline/element` registers the
 * importers itself; the one-tag script leaves them to `dist/eventline-importers.js`, which calls this.
 * Elements that could not read their data without them try again.
 */
export function registerDataImporters(next: DataImporters): void {
  importers = next;
  for (const listener of importerListeners) listener();
}

/** Calls `listener` after each {@link registerDataImporters}; returns the unsubscribe function. */
export function onImportersRegistered(listener: () => void): () => void {
  importerListeners.add(listener);
  return () => importerListeners.delete(listener);
}

/** Data in a format whose importers are not loaded (the element reads it again once they are). */
export class MissingImportersError extends Error {}

/** The importers, or an error naming the data and what to load. */
function importersFor(where: string, format: string): DataImporters {
  if (importers) return importers;
  throw new MissingImportersError(`The timeline data in ${where} is ${format}: load the importers (dist/eventline-importers.js after the eventline script, or import 'eventline/element', which includes them)`);
}

/**
 * The data `<event-timeline>` takes as its `data` property, and hands to the timeline as it is (validated
 * there, so its problems show in the chart): what the `dataset` option takes, eventline's JSON format
 * (typed or not) or a dataset `parseDataset` returned. TimelineJS JSON and CSV read from `src` or inline
 * data become this through the importers.
 */
export type EventTimelineData = NonNullable<TimelineOptions['dataset']>;

/** Whether JSON is TimelineJS's format rather than eventline's: its events carry `start_date` objects. */
function isTimelineJS(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  const events = (json as { events?: unknown }).events;
  return Array.isArray(events) && events.some((event) => typeof event === 'object' && event !== null && 'start_date' in event);
}

/**
 * Reads data text: CSV (the TimelineJS sheet template) or JSON (eventline's format, or TimelineJS's,
 * told apart by their events). `where` names the data in messages.
 *
 * @throws Error naming `where` when the JSON does not parse; EventlineDataError from the importers.
 */
export function datasetFromText(text: string, kind: 'json' | 'csv', where: string): EventTimelineData {
  if (kind === 'csv') {
    const found = importersFor(where, 'a spreadsheet (CSV)');
    return imported(found.importSpreadsheetCSV?.(text) ?? { dataset: found.fromSpreadsheetCSV!(text), report: [] }, 'a spreadsheet', where);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`The timeline data in ${where} is not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (isTimelineJS(json)) {
    const found = importersFor(where, 'TimelineJS JSON');
    return imported(found.importTimelineJS?.(json) ?? { dataset: found.fromTimelineJS!(json), report: [] }, 'TimelineJS', where);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`The timeline data in ${where} is not a dataset object`);
  return json as Record<string, unknown>;
}

/** CSV by content type (`text/csv`) or file extension (`.csv`); JSON otherwise. */
export function kindOf(url: string, contentType: string | null): 'json' | 'csv' {
  if (contentType && /\bcsv\b/i.test(contentType)) return 'csv';
  if (contentType && /\bjson\b/i.test(contentType)) return 'json';
  return /\.csv(?:[?#]|$)/i.test(url) ? 'csv' : 'json';
}

/** Fetches and reads `url` (relative to `base`). Rejects with a message naming the URL and the reason. */
export async function fetchDataset(view: Window & typeof globalThis, url: string, base: string, signal: AbortSignal): Promise<EventTimelineData> {
  const absolute = new view.URL(url, base).href;
  let response: Response;
  try {
    response = await view.fetch(absolute, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new Error(`Could not load the timeline data from ${absolute}: the request failed (${(error as Error).message || 'network error'})`, { cause: error });
  }
  if (!response.ok) throw new Error(`Could not load the timeline data from ${absolute}: the server answered ${response.status} ${response.statusText}`.trim());
  return datasetFromText(await response.text(), kindOf(absolute, response.headers.get('content-type')), absolute);
}
