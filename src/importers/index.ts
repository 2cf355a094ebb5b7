/**
 * `eventline/importers`: TimelineJS JSON and spreadsheet CSV into eventline's dataset format. A module
 * of its own, so pages that load eventline JSON do not carry the converters (or d3-dsv). The
 * `<event-timeline>` element of `eventline/element` reads both formats; the one-tag script does once
 * `dist/eventline-importers.js` is loaded after it.
 */
export { fromTimelineJS, importTimelineJS } from './timelinejs.js';
export { fromSpreadsheetCSV, importSpreadsheetCSV, type CsvColumnMapping } from './csv.js';
export type { ImportNote, ImportOptions, ImportResult } from './importedSource.js';
export { htmlToText } from './htmlText.js';
