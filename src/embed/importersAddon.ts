/**
 * Entry of `dist/eventline-importers.js`, the one-tag script's add-on for TimelineJS JSON and
 * spreadsheet CSV: it adds the importers to the `eventline` global and lets `<event-timeline>` read
 * both formats. It uses the eventline script already on the page.
 */
import { importSpreadsheetCSV, importTimelineJS } from '../importers/index.js';
import { registerDataImporters } from './define.js';

if (typeof registerDataImporters !== 'function') {
  throw new Error('dist/eventline-importers.js adds to eventline: load dist/eventline.iife.js before it');
}
registerDataImporters({ importTimelineJS, importSpreadsheetCSV });

export { fromSpreadsheetCSV, fromTimelineJS, htmlToText, importSpreadsheetCSV, importTimelineJS } from '../importers/index.js';
