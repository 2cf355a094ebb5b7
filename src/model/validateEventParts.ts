import type { EventLocation, EventMedia, EventQuote } from '../types.js';
import { type IssueCollector, readNumber, readString, readUrl, REQUIRED } from './fields.js';
import { describeValue } from './messages.js';
import { raw, recordReader } from './fieldReader.js';
import { LOCATION_FIELDS, MEDIA_FIELDS, QUOTE_FIELDS } from './fieldNames.js';

const LATITUDE = { min: -90, max: 90 };
const LONGITUDE = { min: -180, max: 180 };
const MEDIA_URL = { required: true, allowMailto: false };

/** Validates `location`: a name, and coordinates that are finite and on the globe. */
export function validateLocation(value: unknown, path: string, issues: IssueCollector): EventLocation | undefined {
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
export function validateMedia(value: unknown, path: string, issues: IssueCollector): EventMedia | undefined {
  const read = recordReader(value, path, issues, 'a media object with url and alt', MEDIA_FIELDS);
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
  path: string,
  issues: IssueCollector,
  sourceIds: ReadonlySet<string>,
): EventQuote[] | undefined {
  if (!Array.isArray(value)) {
    issues.add(path, `expected an array of quotes, got ${describeValue(value)}`);
    return undefined;
  }
  const quotes: EventQuote[] = [];
  value.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    const read = recordReader(item, at, issues, 'a quote object with text, speaker and source', QUOTE_FIELDS);
    if (!read) return;
    const text = read(readString, 'text', REQUIRED);
    const speaker = read(readString, 'speaker', REQUIRED);
    const source = readSourceReference(read(raw, 'source'), `${at}.source`, issues, sourceIds, true);
    if (text !== undefined && speaker !== undefined && source !== undefined) quotes.push({ text, speaker, source });
  });
  return quotes.length === value.length ? quotes : undefined;
}

/** Checks that `value` names one of the dataset's sources. */
export function readSourceReference(
  value: unknown,
  path: string,
  issues: IssueCollector,
  sourceIds: ReadonlySet<string>,
  required: boolean,
): string | undefined {
  if (value === undefined) {
    if (required) issues.add(path, 'is required');
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '') {
    issues.add(path, `expected a source id, got ${describeValue(value)}`);
    return undefined;
  }
  if (!sourceIds.has(value)) {
    const known = sourceIds.size === 0 ? 'the dataset lists no sources' : `known: ${[...sourceIds].join(', ')}`;
    issues.add(path, `${JSON.stringify(value)} is not the id of any source (${known})`);
    return undefined;
  }
  return value;
}
