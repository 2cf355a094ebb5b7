/**
 * `eventline/element`: registers `<event-timeline>`, which reads eventline JSON, TimelineJS JSON and
 * spreadsheet CSV (the importers come with it here; the one-tag script loads them as an add-on).
 */
import { importSpreadsheetCSV, importTimelineJS } from '../importers/index.js';
import { registerDataImporters } from './define.js';

export * from './define.js';

registerDataImporters({ importTimelineJS, importSpreadsheetCSV });
