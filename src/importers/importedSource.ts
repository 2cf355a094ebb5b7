/**
 * What imported events cite. TimelineJS data names no sources, and eventline events must cite one, so
 * an import cites the source its caller names, or else one that says plainly that none was given.
 */
// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { EventlineDataError } from '../model/errors.js';
import type { DataIssue, SourceInput } from '../types.js';

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

/** The note an imported event keeps when its source wrote the date its own way (TimelineJS's Display Date). */
export function originalDateNote(displayDate: string): { note: string } | Record<string, never> {
  return displayDate ? { note: `Dated in the original as “${displayDate}”.` } : {};
}

/** Collects import problems and throws them together, like {@link parseDataset} does. */
export class ImportIssues {
  /** Every problem so far. */
  readonly list: DataIssue[] = [];

  /** Notes a problem at `path`. */
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }

  /** Throws an {@link EventlineDataError} when any problem was noted. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new EventlineDataError(this.list);
  }
}

/** Ids for imported events: the given id made slug-safe, or `prefix-N`; never the same twice. */
export function idMaker(): (wanted: unknown, fallback: string) => string {
  const used = new Set<string>();
  return (wanted, fallback) => {
    const slug = typeof wanted === 'string' || typeof wanted === 'number'
      ? String(wanted).trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[-_]+|[-_]+$/g, '').slice(0, 80)
      : '';
    const base = slug || fallback;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
