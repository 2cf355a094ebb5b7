/**
 * TimelineJS3 JSON to an eventline dataset. Headlines and text lose their HTML (tags stripped,
 * entities decoded: text from data stays text); eras become background spans.
 */
import type { DatasetInput, TimelineEventInput } from '../types.js';
import { type DateParts, isoFromParts } from './dateParts.js';
import { htmlToText } from './htmlText.js';
import { idMaker, ImportIssues, type ImportOptions, importedSource, originalDateNote } from './importedSource.js';
import { importedMedia } from './media.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? htmlToText(value) : typeof value === 'number' ? String(value) : '');

/** TimelineJS's `{ year, month, day, hour, minute }` as an ISO string, or a noted problem. */
function readDate(value: unknown, path: string, issues: ImportIssues): string | undefined {
  if (!isObject(value)) {
    issues.add(path, 'is missing (TimelineJS needs a start_date object with at least a year)');
    return undefined;
  }
  const result = isoFromParts(value as DateParts);
  if ('iso' in result) return result.iso;
  issues.add(`${path}.${result.part}`, result.message);
  return undefined;
}

/**
 * Converts TimelineJS3 JSON (`events` with `start_date`/`end_date` objects, `text.headline`,
 * `text.text`, `group`, `display_date`, `media`, `eras`, `title`) into a dataset for
 * {@link parseDataset}. Every event cites `options.source` (TimelineJS data names no sources).
 *
 * @throws {@link EventlineDataError} naming each problem by its TimelineJS path, e.g. `events[3].start_date.month`.
 */
export function fromTimelineJS(json: unknown, options: ImportOptions = {}): DatasetInput {
  const issues = new ImportIssues();
  if (!isObject(json) || !Array.isArray(json.events)) {
    issues.add('events', 'is missing: TimelineJS JSON has an "events" array');
    issues.throwIfAny();
  }
  const data = json as Json;
  const titleSlide = isObject(data.title) ? data.title : {};
  const titleText = isObject(titleSlide.text) ? titleSlide.text : {};
  const title = text(titleText.headline) || options.title || 'Imported timeline';
  const description = text(titleText.text);
  const source = importedSource('TimelineJS', title, options);
  const newId = idMaker();

  const convert = (raw: unknown, path: string, index: number, era: boolean): TimelineEventInput | null => {
    if (!isObject(raw)) {
      issues.add(path, 'is not an object');
      return null;
    }
    const body = isObject(raw.text) ? raw.text : {};
    const headline = text(body.headline);
    const start = readDate(raw.start_date, `${path}.start_date`, issues);
    const end = raw.end_date === undefined || raw.end_date === null ? undefined : readDate(raw.end_date, `${path}.end_date`, issues);
    if (era && end === undefined && isObject(raw.start_date)) issues.add(`${path}.end_date`, 'is missing (an era spans a range)');
    if (!headline) issues.add(`${path}.text.headline`, 'is missing (eventline needs a title for every event)');
    if (start === undefined || !headline) return null;
    const summary = text(body.text);
    const displayDate = text(raw.display_date) || (isObject(raw.start_date) ? text(raw.start_date.display_date) : '');
    const mediaObject = isObject(raw.media) ? raw.media : {};
    const media = era ? undefined : importedMedia(mediaObject.url, [mediaObject.alt, mediaObject.caption, headline], mediaObject.credit);
    const group = text(raw.group);
    return {
      id: newId(raw.unique_id, `${era ? 'era' : 'event'}-${index + 1}`),
      title: headline,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(era ? { era: true } : {}),
      ...(group ? { group } : {}),
      ...(summary ? { summary } : {}),
      ...originalDateNote(displayDate),
      ...(media ? { media } : {}),
      sources: [source.id],
    };
  };

  const events = (data.events as unknown[]).map((raw, index) => convert(raw, `events[${index}]`, index, false));
  const eras = Array.isArray(data.eras) ? data.eras.map((raw, index) => convert(raw, `eras[${index}]`, index, true)) : [];
  issues.throwIfAny();
  return {
    title,
    ...(description ? { description } : {}),
    sources: [source],
    events: [...events, ...eras].filter((event): event is TimelineEventInput => event !== null),
  };
}
