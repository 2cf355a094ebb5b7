/**
 * TimelineJS3 JSON to an eventline dataset. Headlines and text lose their HTML (tags stripped,
 * entities decoded: text from data stays text); eras become background spans. Nothing TimelineJS shows
 * is refused: what eventline cannot hold is left out slide by slide, and the report says what and why.
 */
import type { DatasetInput, EventLocation, TimelineEventInput } from '../types.js';
import { type DateParts, endsBeforeStart, isoFromParts } from './dateParts.js';
import { htmlToText } from './htmlText.js';
import { fallbackTitle, hasText, idMaker, ImportIssues, type ImportOptions, type ImportResult, importedSource, displayDateField } from './importedSource.js';
import { importedMedia } from './media.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? htmlToText(value) : typeof value === 'number' ? String(value) : '');

/** Slide fields eventline reads (or reports); any other is noted as not used. */
const SLIDE_FIELDS = new Set(['start_date', 'end_date', 'text', 'media', 'group', 'display_date', 'background', 'unique_id', 'autolink', 'location', 'type']);

/** TimelineJS's `{ year, month, day, hour, minute }` as an ISO string; a problem is noted and the slide left out. */
function readDate(value: unknown, path: string, issues: ImportIssues): string | undefined {
  if (!isObject(value)) {
    issues.note(path, 'is missing (every slide but the title needs a date with at least a year): the slide is left out');
    return undefined;
  }
  const result = isoFromParts(value as DateParts);
  if ('iso' in result) {
    if (result.dropped) issues.note(path, result.dropped);
    return result.iso;
  }
  issues.note(`${path}.${result.part}`, `${result.message}: the slide is left out`);
  return undefined;
}

/** A slide's location (a name, and coordinates on the globe); coordinates off the globe are noted. */
function readLocation(value: unknown, path: string, issues: ImportIssues): EventLocation | undefined {
  if (!isObject(value)) return undefined;
  const coordinate = (key: 'lat' | 'lon', limit: number): number | undefined => {
    const raw = value[key];
    if (raw === undefined || raw === null || raw === '') return undefined;
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : Number.NaN;
    if (Number.isFinite(number) && Math.abs(number) <= limit) return number;
    issues.note(`${path}.${key}`, `${JSON.stringify(raw)} is not a ${key === 'lat' ? 'latitude' : 'longitude'}: left out`);
    return undefined;
  };
  const lat = coordinate('lat', 90);
  const lon = coordinate('lon', 180);
  const name = text(value.name) || (lat !== undefined && lon !== undefined ? `${lat}, ${lon}` : '');
  if (!name) return undefined;
  return { name, ...(lat !== undefined && lon !== undefined ? { lat, lon } : {}) };
}

/** A slide's background (colour or image), which eventline does not draw: noted. */
function noteBackground(slide: Json, path: string, issues: ImportIssues): void {
  const background = isObject(slide.background) ? slide.background : {};
  if (text(background.color)) issues.note(`${path}.background.color`, 'background colour not supported: left out');
  if (text(background.url)) issues.note(`${path}.background.url`, 'background image not supported: left out');
}

/**
 * Converts TimelineJS3 JSON into a dataset for {@link parseDataset}, with a report of what changed.
 * Carried: the title slide (dataset title and description), headlines, text, `unique_id` (the id),
 * `group` (the lane), `eras`, dates with their precision, `display_date` (the event's `displayDate`; a span's per-end words go to its note),
 * `location`, image media with caption and credit (a Commons file page becomes its image), and
 * blockquote media (a quote). Reported and left out: backgrounds, videos and other embeds,
 * slides whose date eventline cannot hold (a year beyond ±270,000, a month 13), and fields eventline
 * does not use, an end before its start. A slide without a headline is titled from its media caption,
 * credit, text or quote.
 * Every event cites `options.source` (TimelineJS data names no sources).
 *
 * @throws {@link EventlineDataError} only when the JSON has no `events` array (it is not TimelineJS).
 */
export function importTimelineJS(json: unknown, options: ImportOptions = {}): ImportResult {
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
  noteBackground(titleSlide, 'title', issues);
  if (isObject(titleSlide.media) && text(titleSlide.media.url)) issues.note('title.media', 'the title slide\u2019s media is not shown: left out');

  const convert = (raw: unknown, path: string, index: number, era: boolean): TimelineEventInput | null => {
    if (!isObject(raw)) {
      issues.note(path, 'is not a slide object: left out');
      return null;
    }
    for (const key of Object.keys(raw)) if (!SLIDE_FIELDS.has(key)) issues.note(`${path}.${key}`, 'is not used by eventline: left out');
    const body = isObject(raw.text) ? raw.text : {};
    const start = readDate(raw.start_date, `${path}.start_date`, issues);
    const written = raw.end_date === undefined || raw.end_date === null ? undefined : readDate(raw.end_date, `${path}.end_date`, issues);
    // An end before the start: a slide keeps its start, an era (nothing without its range) is left out.
    const reversed = start !== undefined && written !== undefined && endsBeforeStart(start, written);
    if (reversed) issues.note(`${path}.end_date`, `${written} is before the start, ${start}: ${era ? 'the era is left out' : 'the end is left out'}`);
    const end = reversed ? undefined : written;
    if (era && raw.end_date == null) issues.note(`${path}.end_date`, 'is missing (an era spans a range): the era is left out');
    if (start === undefined || (raw.end_date != null && written === undefined) || (era && end === undefined)) return null;
    const summary = text(body.text);
    const mediaObject = isObject(raw.media) ? raw.media : {};
    const { media, quote } = era ? {} : importedMedia(mediaObject, source.id, `${path}.media`, issues);
    const given = text(body.headline);
    const headline = hasText(given) ? given : fallbackTitle([
      ['media caption', text(mediaObject.caption)], ['media credit', text(mediaObject.credit)], ['text', summary], ['quote', quote?.text ?? ''],
    ], `${path}.text.headline`, issues);
    if (media && !media.alt) media.alt = headline;
    // TimelineJS writes a slide's display_date in place of its whole date, and a date's own display_date
    // in place of that end only: eventline has one text for the whole date, so a span's per-end words
    // stay with it as its note.
    const slideWords = text(raw.display_date);
    const [startWords, endWords] = [raw.start_date, raw.end_date].map((date) => (isObject(date) ? text(date.display_date) : ''));
    const perEnd = !slideWords && end !== undefined && !!(startWords || endWords);
    const displayDate = slideWords || (perEnd ? '' : startWords!);
    if (perEnd) {
      for (const [field, words] of [['start_date', startWords], ['end_date', endWords]]) {
        if (words) issues.note(`${path}.${field}.display_date`, 'a span\u2019s ends written in their own words: kept in the event\u2019s note');
      }
    }
    const location = readLocation(raw.location, `${path}.location`, issues);
    noteBackground(raw, path, issues);
    const group = text(raw.group);
    return {
      id: newId(raw.unique_id, `${era ? 'era' : 'event'}-${index + 1}`),
      title: headline,
      start,
      ...(end !== undefined ? { end } : {}),
      ...(era ? { era: true } : {}),
      ...displayDateField(displayDate),
      ...(perEnd ? { note: `Dated in the original as \u201c${startWords || start}\u201d to \u201c${endWords || end}\u201d.` } : {}),
      ...(group ? { group } : {}),
      ...(summary ? { summary } : {}),
      ...(location ? { location } : {}),
      ...(quote ? { quotes: [quote] } : {}),
      ...(media ? { media } : {}),
      sources: [source.id],
    };
  };

  const events = (data.events as unknown[]).map((raw, index) => convert(raw, `events[${index}]`, index, false));
  const eras = Array.isArray(data.eras) ? data.eras.map((raw, index) => convert(raw, `eras[${index}]`, index, true)) : [];
  return {
    dataset: {
      title,
      ...(description ? { description } : {}),
      sources: [source],
      events: [...events, ...eras].filter((event): event is TimelineEventInput => event !== null),
    },
    report: issues.report,
  };
}

/**
 * {@link importTimelineJS}'s dataset alone, for callers that do not show the report.
 *
 * @throws {@link EventlineDataError} when the JSON has no `events` array.
 */
export function fromTimelineJS(json: unknown, options: ImportOptions = {}): DatasetInput {
  return importTimelineJS(json, options).dataset;
}
