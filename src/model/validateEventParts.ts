import type { EventLocation, EventMedia, EventQuote } from '../types.js';
import { fail, type IssueCollector, readNumber, readString, readUrl, REQUIRED } from './fields.js';
import { describeValue } from './messages.js';
import { raw, recordReader } from './fieldReader.js';
import { LOCATION_FIELDS, MEDIA_FIELDS, QUOTE_FIELDS } from './fieldNames.js';

const LATITUDE = { min: -90, max: 90 };
const LONGITUDE = { min: -180, max: 180 };
const MEDIA_URL = { required: true, allowMailto: false };

/*
 * The validators below are readers as fields.ts's are (the field's value, the path of the record it is
 * in, its key, the issues and the reader's options), so an event reads each part with one `read()` as
 * it reads a string: a part that is absent is no part, and no issue.
 */

/** Validates `location`: a name, and coordinates that are finite and on the globe. */
export function validateLocation(value: unknown, parent: string, key: string, issues: IssueCollector): EventLocation | undefined {
  if (value === undefined) return undefined;
  const path = `${parent}.${key}`;
  const read = recordReader(value, path, issues, 'a location object with a name', LOCATION_FIELDS);
  if (!read) return undefined;
  const name = read(readString, 'name', REQUIRED);
  const lat = read(readNumber, 'lat', LATITUDE);
  const lon = read(readNumber, 'lon', LONGITUDE);
  const hasLat = read(raw, 'lat') !== undefined;
  if (hasLat !== (read(raw, 'lon') !== undefined)) {
    issues.add(`${path}.${hasLat ? 'lon' : 'lat'}`, `is required with ${hasLat ? 'lat' : 'lon'} (a point needs both coordinates)`);
    return undefined;
  }
  if (name === undefined) return undefined;
  const location: EventLocation = { name };
  if (lat !== undefined) location.lat = lat;
  if (lon !== undefined) location.lon = lon;
  return location;
}

/** Validates `media`: an http(s) URL and the alt text every reader needs. */
export function validateMedia(value: unknown, parent: string, key: string, issues: IssueCollector): EventMedia | undefined {
  if (value === undefined) return undefined;
  const read = recordReader(value, `${parent}.${key}`, issues, 'a media object with url and alt', MEDIA_FIELDS);
  if (!read) return undefined;
  const url = read(readUrl, 'url', MEDIA_URL);
  const alt = read(readString, 'alt', REQUIRED);
  const credit = read(readString, 'credit');
  if (url === undefined || alt === undefined) return undefined;
  const media: EventMedia = { url, alt };
  if (credit !== undefined) media.credit = credit;
  return media;
}

/** Validates `quotes`: each with text, speaker, and the id of a known source. */
export function validateQuotes(
  value: unknown,
  parent: string,
  key: string,
  issues: IssueCollector,
  sourceIds: ReadonlySet<string>,
): EventQuote[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) return fail(issues, parent, key, `expected an array of quotes, got ${describeValue(value)}`);
  const quotes: EventQuote[] = [];
  value.forEach((item: unknown, index) => {
    const read = recordReader(item, `${parent}.${key}[${index}]`, issues, 'a quote object with text, speaker and source', QUOTE_FIELDS);
    if (!read) return;
    const text = read(readString, 'text', REQUIRED);
    const speaker = read(readString, 'speaker', REQUIRED);
    const source = read(readSourceReference, 'source', sourceIds);
    if (text !== undefined && speaker !== undefined && source !== undefined) quotes.push({ text, speaker, source });
  });
  return quotes.length === value.length ? quotes : undefined;
}

/** Checks that `value`, which is required, names one of the dataset's sources. */
export function readSourceReference(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  sourceIds: ReadonlySet<string>,
): string | undefined {
  if (value === undefined) return fail(issues, path, key, 'is required');
  if (typeof value !== 'string' || value.trim() === '') return fail(issues, path, key, `expected a source id, got ${describeValue(value)}`);
  if (sourceIds.has(value)) return value;
  const known = sourceIds.size === 0 ? 'the dataset lists no sources' : `known: ${[...sourceIds].join(', ')}`;
  return fail(issues, path, key, `${JSON.stringify(value)} is not the id of any source (${known})`);
}
