/**
 * What imported events cite. TimelineJS data names no sources, and eventline events must cite one, so
 * an import cites the source its caller names, or else one that says plainly that none was given.
 */
// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { EventlineDataError } from '../model/errors.js';
import { VISIBLE_CHARACTER } from '../model/visibleCharacter.js';
import type { DataIssue, DatasetInput, SourceInput } from '../types.js';

/**
 * One thing an import changed or left out, by the path of the field in the original file (a TimelineJS
 * path such as `events[3].background`, or `row 5, column Media` in a sheet) and what happened to it.
 */
export type ImportNote = DataIssue;

/** An import's dataset, and its report: everything it changed or left out, in the order of the file. */
export interface ImportResult {
  dataset: DatasetInput;
  report: ImportNote[];
}

/** Options every importer takes. */
export interface ImportOptions {
  /** Where the data comes from: every imported event cites it. Without it the source reads "Not stated". */
  source?: SourceInput;
  /** The dataset title when the data has none. */
  title?: string;
  /** The import date written as the default source's date (`YYYY-MM-DD`; default today, UTC). */
  today?: string;
}

/** The source imported events cite: the caller's, or an honest placeholder dated `today`. */
export function importedSource(format: string, title: string, options: ImportOptions): SourceInput {
  if (options.source) return options.source;
  return {
    id: 'imported',
    publisher: 'Not stated',
    title: `${title} (imported from ${format}; the original sources are not given)`,
    published: options.today ?? new Date().toISOString().slice(0, 10),
  };
}

/** The date as the source writes it for readers (TimelineJS's Display Date), when it has one with text. */
export function displayDateField(displayDate: string): { displayDate: string } | Record<string, never> {
  return hasText(displayDate) ? { displayDate } : {};
}

/** How many changes a report lists (like parseDataset's limit on problems). */
const REPORT_LIMIT = 1000;

/** Whether `text` has a character a reader can see (not only spaces, joiners or bidi controls). */
export function hasText(text: string): boolean {
  return VISIBLE.test(text);
}
const VISIBLE = new RegExp(VISIBLE_CHARACTER);

/**
 * Collects what an import could not read at all (thrown together, like {@link parseDataset} does) and,
 * apart, what it changed or left out of a file it could read (the report).
 */
export class ImportIssues {
  /** Every problem so far that stops the import. */
  readonly list: DataIssue[] = [];
  /** Every change so far. */
  readonly report: ImportNote[] = [];

  /** Notes a problem at `path` that stops the import. */
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  /** Notes a change at `path`: the import goes on. The report stops at 1,000 entries, saying so. */
  note(path: string, message: string): void {
    if (this.report.length < REPORT_LIMIT) this.report.push({ path, message });
    else if (this.report.length === REPORT_LIMIT) this.report.push({ path, message: `and more: the report stops after ${REPORT_LIMIT} changes` });
  }

  /** Throws an {@link EventlineDataError} when any problem was noted. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new EventlineDataError(this.list);
  }
}

/** A title for a slide or row without a headline: the first that has words, cut to a line, else "Untitled". */
export function fallbackTitle(candidates: ReadonlyArray<readonly [string, string]>, path: string, issues: ImportIssues): string {
  for (const [what, value] of candidates) {
    if (!hasText(value)) continue;
    const title = value.length > 80 ? `${value.slice(0, 80).replace(/\s+\S*$/, '')}…` : value;
    issues.note(path, `is empty: the title is taken from the ${what}`);
    return title;
  }
  issues.note(path, 'is empty and nothing else names the event: titled “Untitled”');
  return 'Untitled';
}

/** Ids for imported events: the given id made slug-safe, or `prefix-N`; never the same twice. */
export function idMaker(): (wanted: unknown, fallback: string) => string {
  const used = new Set<string>();
  return (wanted, fallback) => {
    const slug = typeof wanted === 'string' || typeof wanted === 'number'
      ? String(wanted).slice(0, 200).trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '').slice(0, 80)
      : '';
    const base = slug || fallback;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
