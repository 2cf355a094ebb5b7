/**
 * Spreadsheet CSV to an eventline dataset: the TimelineJS Google-Sheets template as it is, or any
 * sheet through a column mapping. Parsed with d3-dsv's `csvParseRows` (no `new Function`, so it runs
 * under a strict Content-Security-Policy). Problems name the spreadsheet row and column.
 */
import { csvParseRows } from 'd3-dsv';
// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { parseISODate } from '../model/time.js';
import type { DatasetInput, TimelineEventInput } from '../types.js';
import { isoFromParts } from './dateParts.js';
import { htmlToText } from './htmlText.js';
import { idMaker, ImportIssues, type ImportOptions, importedSource, originalDateNote } from './importedSource.js';
import { importedMedia } from './media.js';

/** For any other sheet: which column holds what (column headers as written in the first row). */
export interface CsvColumnMapping {
  /** The event title. */
  title: string;
  /** The start, as an ISO 8601 date (`2022-02-24`, `2025-08`, `1953`). */
  start: string;
  /** The end of a span, ISO 8601. */
  end?: string;
  /** A stable id (else `row-N`). */
  id?: string;
  /** A sentence or two. */
  summary?: string;
  /** The lane. */
  group?: string;
  /** The category (colour and legend). */
  category?: string;
}

/** The TimelineJS template's columns, as its Google Sheet names them. */
const TEMPLATE = {
  year: 'Year', month: 'Month', day: 'Day', time: 'Time',
  endYear: 'End Year', endMonth: 'End Month', endDay: 'End Day', endTime: 'End Time',
  displayDate: 'Display Date', headline: 'Headline', text: 'Text', media: 'Media', mediaCredit: 'Media Credit',
  mediaCaption: 'Media Caption', type: 'Type', group: 'Group',
} as const;

/** One data row: its spreadsheet row number (the header is row 1) and a cell reader by column name. */
interface Row {
  number: number;
  cell(column: string | undefined): string;
}

function rowsOf(csv: string, issues: ImportIssues): { header: string[]; rows: Row[] } {
  const [header = [], ...body] = csvParseRows(csv.replace(/^\uFEFF/, ''));
  const names = header.map((name) => name.trim().toLowerCase());
  const rows = body
    .map((cells, index): Row => ({
      number: index + 2,
      cell(column) {
        const at = column === undefined ? -1 : names.indexOf(column.trim().toLowerCase());
        return at < 0 ? '' : (cells[at] ?? '').trim();
      },
    }))
    .filter((_, index) => body[index]!.some((cell) => cell.trim() !== ''));
  if (header.length === 0) issues.add('row 1', 'is missing: the first row names the columns');
  return { header: header.map((name) => name.trim()), rows };
}

const where = (row: Row, column: string): string => `row ${row.number}, column ${column}`;

/** The template's rows: Year/Month/Day/Time parts, Type "title" for the title slide, "era" for eras. */
function templateEvents(rows: readonly Row[], issues: ImportIssues, sourceId: string): { events: TimelineEventInput[]; title?: string; description?: string } {
  const newId = idMaker();
  const events: TimelineEventInput[] = [];
  let title: string | undefined;
  let description: string | undefined;
  const date = (row: Row, columns: readonly [string, string, string, string]): string | undefined => {
    const [year, month, day, time] = columns.map((column) => row.cell(column));
    const result = isoFromParts({ year, month, day, time });
    if ('iso' in result) return result.iso;
    const column = columns[['year', 'month', 'day', 'time'].indexOf(result.part)] ?? columns[0];
    issues.add(where(row, column), result.message);
    return undefined;
  };
  for (const row of rows) {
    const type = row.cell(TEMPLATE.type).toLowerCase();
    const headline = htmlToText(row.cell(TEMPLATE.headline));
    const text = htmlToText(row.cell(TEMPLATE.text));
    if (type === 'title') {
      title = headline || title;
      description = text || description;
      continue;
    }
    const start = date(row, [TEMPLATE.year, TEMPLATE.month, TEMPLATE.day, TEMPLATE.time]);
    const hasEnd = row.cell(TEMPLATE.endYear) !== '';
    const end = hasEnd ? date(row, [TEMPLATE.endYear, TEMPLATE.endMonth, TEMPLATE.endDay, TEMPLATE.endTime]) : undefined;
    if (!headline) issues.add(where(row, TEMPLATE.headline), 'is empty (eventline needs a title for every event)');
    if (type === 'era' && !hasEnd) issues.add(where(row, TEMPLATE.endYear), 'is empty (an era spans a range)');
    if (start === undefined || !headline || (hasEnd && end === undefined)) continue;
    const group = htmlToText(row.cell(TEMPLATE.group));
    const displayDate = htmlToText(row.cell(TEMPLATE.displayDate));
    const media = importedMedia(row.cell(TEMPLATE.media), [row.cell(TEMPLATE.mediaCaption), headline], row.cell(TEMPLATE.mediaCredit));
    events.push({
      id: newId(undefined, `row-${row.number}`),
      title: headline,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(type === 'era' ? { era: true } : {}),
      ...(group ? { group } : {}),
      ...(text ? { summary: text } : {}),
      ...originalDateNote(displayDate),
      ...(media && type !== 'era' ? { media } : {}),
      sources: [sourceId],
    });
  }
  return { events, ...(title ? { title } : {}), ...(description ? { description } : {}) };
}

/** Rows of any sheet, read through `mapping`; dates must be ISO 8601. */
function mappedEvents(rows: readonly Row[], header: readonly string[], mapping: CsvColumnMapping, issues: ImportIssues, sourceId: string): TimelineEventInput[] {
  const known = new Set(header.map((name) => name.toLowerCase()));
  for (const [field, column] of Object.entries(mapping)) {
    if (typeof column === 'string' && !known.has(column.trim().toLowerCase())) issues.add(`row 1, column ${column}`, `is not in the sheet (mapping.${field}); its columns are ${header.join(', ')}`);
  }
  if (issues.list.length > 0) return [];
  const newId = idMaker();
  const events: TimelineEventInput[] = [];
  const isoAt = (row: Row, column: string): string | undefined => {
    const value = row.cell(column);
    const parsed = parseISODate(value);
    if (parsed.ok) return value;
    issues.add(where(row, column), value === '' ? 'is empty' : parsed.reason);
    return undefined;
  };
  for (const row of rows) {
    const title = htmlToText(row.cell(mapping.title));
    if (!title) issues.add(where(row, mapping.title), 'is empty (eventline needs a title for every event)');
    const start = isoAt(row, mapping.start);
    const end = mapping.end && row.cell(mapping.end) !== '' ? isoAt(row, mapping.end) : undefined;
    if (!title || start === undefined || (mapping.end && row.cell(mapping.end) !== '' && end === undefined)) continue;
    const optional = (column: string | undefined): string => (column ? htmlToText(row.cell(column)) : '');
    const [summary, group, category] = [optional(mapping.summary), optional(mapping.group), optional(mapping.category)];
    events.push({
      id: newId(mapping.id ? row.cell(mapping.id) : undefined, `row-${row.number}`),
      title,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(summary ? { summary } : {}),
      ...(group ? { group } : {}),
      ...(category ? { category } : {}),
      sources: [sourceId],
    });
  }
  return events;
}

/**
 * Converts a spreadsheet saved as CSV into a dataset for {@link parseDataset}. Without `mapping` the
 * sheet is read as the TimelineJS Google-Sheets template (Year, Month, Day, Time, End Year, End Month,
 * End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail,
 * Type, Group, Background); with one, any sheet with ISO dates. Every event cites `options.source`.
 *
 * @throws {@link EventlineDataError} naming the row and column of each problem, e.g. `row 5, column Month`.
 */
export function fromSpreadsheetCSV(csv: string, mapping?: CsvColumnMapping, options: ImportOptions = {}): DatasetInput {
  const issues = new ImportIssues();
  const { header, rows } = rowsOf(csv, issues);
  const template = !mapping;
  if (template && header.length > 0) {
    for (const column of [TEMPLATE.year, TEMPLATE.headline]) {
      if (!header.some((name) => name.toLowerCase() === column.toLowerCase())) {
        issues.add(`row 1, column ${column}`, `is missing: without a column mapping the sheet must follow the TimelineJS template (its columns are ${header.join(', ')})`);
      }
    }
  }
  issues.throwIfAny();
  const provisionalTitle = options.title ?? 'Imported timeline';
  const placeholder = importedSource('a spreadsheet', provisionalTitle, options);
  const read = mapping ? { events: mappedEvents(rows, header, mapping, issues, placeholder.id) } : templateEvents(rows, issues, placeholder.id);
  issues.throwIfAny();
  const title = read.title ?? provisionalTitle;
  return {
    title,
    ...(read.description ? { description: read.description } : {}),
    sources: [importedSource('a spreadsheet', title, options)],
    events: read.events,
  };
}
