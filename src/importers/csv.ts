/**
 * Spreadsheet CSV to an eventline dataset: the TimelineJS Google-Sheets template as it is, or any
 * sheet through a column mapping. Parsed with d3-dsv's `csvParseRows` (no `new Function`, so it runs
 * under a strict Content-Security-Policy). Problems name the spreadsheet row and column.
 */
import { csvParseRows } from 'd3-dsv';
// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { parseISODate } from '../model/time.js';
import type { DatasetInput, TimelineEventInput } from '../types.js';
import { endsBeforeStart, isoFromParts } from './dateParts.js';
import { htmlToText } from './htmlText.js';
import { fallbackTitle, hasText, idMaker, ImportIssues, type ImportOptions, type ImportResult, importedSource, displayDateField } from './importedSource.js';
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
  mediaCaption: 'Media Caption', mediaThumbnail: 'Media Thumbnail', type: 'Type', group: 'Group', background: 'Background',
} as const;

/** One data row: its spreadsheet row number (the header is row 1) and a cell reader by column name. */
interface Row {
  number: number;
  cell(column: string | undefined): string;
}

/**
 * The row (record) where a quoted cell opens and is never closed, read as d3-dsv reads CSV: a quote
 * opens a cell only at its start (`12" vinyl` is text), `""` inside is a quote. One pass, forward only.
 */
function unclosedQuoteRow(csv: string): number | undefined {
  let row = 1;
  let at = 0;
  while (at < csv.length) {
    if (csv.charCodeAt(at) === 34) {
      for (let close = csv.indexOf('"', at + 1); ; close = csv.indexOf('"', close + 2)) {
        if (close < 0) return row;
        if (csv.charCodeAt(close + 1) !== 34) {
          at = close + 1;
          break;
        }
      }
    }
    while (at < csv.length && !',\n\r'.includes(csv.charAt(at))) at++;
    if (csv.charAt(at) === '\r' && csv.charAt(at + 1) === '\n') at++;
    if (csv.charAt(at) !== ',') row++;
    at++;
  }
  return undefined;
}

/**
 * The sheet's rows, with a note for what a spreadsheet program would have shown otherwise: a quoted cell
 * never closed (everything after it was read into that cell), a column name used twice (the first is
 * read), and bytes that were not UTF-8 (decoded as U+FFFD).
 */
function rowsOf(csv: string, issues: ImportIssues): { header: string[]; rows: Row[] } {
  const [header = [], ...body] = csvParseRows(csv.replace(/^\uFEFF/, ''));
  const names = header.map((name) => name.trim().toLowerCase());
  const opened = unclosedQuoteRow(csv);
  if (opened !== undefined) issues.note(`row ${opened}`, 'has a quoted cell that is never closed: the rest of the file was read into it');
  const columns = new Map<string, number>();
  names.forEach((name, index) => {
    if (columns.has(name)) {
      if (name) issues.note(`row 1, column ${header[index]!.trim()}`, 'appears twice: the first one is read');
    } else {
      columns.set(name, index);
    }
  });
  [header, ...body].forEach((cells, index) => {
    if (cells.some((cell) => cell.includes('\uFFFD'))) issues.note(`row ${index + 1}`, 'has bytes that are not UTF-8 (shown as \uFFFD): save the sheet as UTF-8');
  });
  const rows = body
    .map((cells, index): Row => ({
      number: index + 2,
      cell(column) {
        const at = column === undefined ? undefined : columns.get(column.trim().toLowerCase());
        return at === undefined ? '' : (cells[at] ?? '').trim();
      },
    }))
    .filter((_, index) => body[index]!.some((cell) => cell.trim() !== ''));
  if (header.length === 0) issues.add('row 1', 'is missing: the first row names the columns');
  return { header: header.map((name) => name.trim()), rows };
}

const where = (row: Row, column: string): string => `row ${row.number}, column ${column}`;

/** `end`, unless it is before `start`: then it is left out (an era with it) and noted at `path`. */
function reversedEndLeftOut(start: string | undefined, end: string | undefined, era: boolean, path: string, issues: ImportIssues): string | undefined {
  if (start === undefined || end === undefined || !endsBeforeStart(start, end)) return end;
  issues.note(path, `${end} is before the start, ${start}: ${era ? 'the row is left out' : 'the end is left out'}`);
  return undefined;
}

/** The template's rows: Year/Month/Day/Time parts, Type "title" for the title slide, "era" for eras. */
function templateEvents(rows: readonly Row[], issues: ImportIssues, sourceId: string): { events: TimelineEventInput[]; title?: string; description?: string } {
  const newId = idMaker();
  const events: TimelineEventInput[] = [];
  let title: string | undefined;
  let description: string | undefined;
  const date = (row: Row, columns: readonly [string, string, string, string]): string | undefined => {
    const [year, month, day, time] = columns.map((column) => row.cell(column));
    const result = isoFromParts({ year, month, day, time });
    if ('iso' in result) {
      if (result.dropped) issues.note(where(row, columns[0]), result.dropped);
      return result.iso;
    }
    const column = columns[['year', 'month', 'day', 'time'].indexOf(result.part)] ?? columns[0];
    issues.note(where(row, column), `${result.message}: the row is left out`);
    return undefined;
  };
  for (const row of rows) {
    const type = row.cell(TEMPLATE.type).toLowerCase();
    const text = htmlToText(row.cell(TEMPLATE.text));
    if (type === 'title') {
      const headline = htmlToText(row.cell(TEMPLATE.headline));
      title = headline || title;
      description = text || description;
      continue;
    }
    const start = date(row, [TEMPLATE.year, TEMPLATE.month, TEMPLATE.day, TEMPLATE.time]);
    const hasEnd = row.cell(TEMPLATE.endYear) !== '';
    const written = hasEnd ? date(row, [TEMPLATE.endYear, TEMPLATE.endMonth, TEMPLATE.endDay, TEMPLATE.endTime]) : undefined;
    const end = reversedEndLeftOut(start, written, type === 'era', where(row, TEMPLATE.endYear), issues);
    if (type === 'era' && !hasEnd) issues.note(where(row, TEMPLATE.endYear), 'is empty (an era spans a range): the row is left out');
    if (start === undefined || (hasEnd && written === undefined) || (type === 'era' && end === undefined)) continue;
    const [caption, credit] = [htmlToText(row.cell(TEMPLATE.mediaCaption)), htmlToText(row.cell(TEMPLATE.mediaCredit))];
    const fields = { url: row.cell(TEMPLATE.media), caption, credit };
    const { media, quote } = type === 'era' ? {} : importedMedia(fields, sourceId, where(row, TEMPLATE.media), issues);
    const given = htmlToText(row.cell(TEMPLATE.headline));
    const headline = hasText(given) ? given : fallbackTitle([
      ['media caption', caption], ['media credit', credit], ['text', text], ['quote', quote?.text ?? ''],
    ], where(row, TEMPLATE.headline), issues);
    if (media && !media.alt) media.alt = headline;
    const group = htmlToText(row.cell(TEMPLATE.group));
    const displayDate = htmlToText(row.cell(TEMPLATE.displayDate));
    if (row.cell(TEMPLATE.background)) issues.note(where(row, TEMPLATE.background), 'background not supported: left out');
    if (row.cell(TEMPLATE.mediaThumbnail)) issues.note(where(row, TEMPLATE.mediaThumbnail), 'not used (eventline shows the media itself): left out');
    events.push({
      id: newId(undefined, `row-${row.number}`),
      title: headline,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(type === 'era' ? { era: true } : {}),
      ...displayDateField(displayDate),
      ...(group ? { group } : {}),
      ...(text ? { summary: text } : {}),
      ...(quote ? { quotes: [quote] } : {}),
      ...(media ? { media } : {}),
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
    issues.note(where(row, column), `${value === '' ? 'is empty' : parsed.reason}: the row is left out`);
    return undefined;
  };
  for (const row of rows) {
    const start = isoAt(row, mapping.start);
    const written = mapping.end && row.cell(mapping.end) !== '' ? isoAt(row, mapping.end) : undefined;
    if (start === undefined || (mapping.end && row.cell(mapping.end) !== '' && written === undefined)) continue;
    const end = reversedEndLeftOut(start, written, false, where(row, mapping.end!), issues);
    const optional = (column: string | undefined): string => (column ? htmlToText(row.cell(column)) : '');
    const [summary, group, category] = [optional(mapping.summary), optional(mapping.group), optional(mapping.category)];
    const given = htmlToText(row.cell(mapping.title));
    const title = hasText(given) ? given : fallbackTitle([['summary', summary]], where(row, mapping.title), issues);
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
 * Converts a spreadsheet saved as CSV into a dataset for {@link parseDataset}, with a report of what
 * changed. Without `mapping` the sheet is read as the TimelineJS Google-Sheets template (Year, Month,
 * Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Type, Group, Background); with one, any sheet with ISO dates. Every
 * event cites `options.source`. A row whose date cannot be read is left out and reported by row and
 * column (`row 5, column Month`), as are backgrounds, media eventline cannot show, an unclosed quote,
 * a column named twice and bytes that are not UTF-8; a row without a headline is titled from its media
 * caption, credit or text, and a blockquote in the Media column becomes a quote.
 *
 * @throws {@link EventlineDataError} only when the sheet cannot be read as events at all: no header
 * row, the template's Year or Headline column missing, or a mapped column not in the sheet.
 */
export function importSpreadsheetCSV(csv: string, mapping?: CsvColumnMapping, options: ImportOptions = {}): ImportResult {
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
    dataset: {
      title,
      ...(read.description ? { description: read.description } : {}),
      sources: [importedSource('a spreadsheet', title, options)],
      events: read.events,
    },
    report: issues.report,
  };
}

/**
 * {@link importSpreadsheetCSV}'s dataset alone, for callers that do not show the report.
 *
 * @throws {@link EventlineDataError} when the sheet cannot be read as events at all.
 */
export function fromSpreadsheetCSV(csv: string, mapping?: CsvColumnMapping, options: ImportOptions = {}): DatasetInput {
  return importSpreadsheetCSV(csv, mapping, options).dataset;
}
