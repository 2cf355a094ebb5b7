import type { Source } from '../types.js';
import { type IssueCollector, readDate, readString, readUrl, REQUIRED } from './fields.js';
import { ID_PATTERN, SOURCE_FIELDS } from './fieldNames.js';
import { recordReader } from './fieldReader.js';
import { dateAt } from './units.js';


/** The id rule shared by sources and events. */
export const ID_RULE = { regex: new RegExp(ID_PATTERN), description: 'a valid id (letters, digits, - and _, starting with a letter or digit)' };

/** A required id following {@link ID_RULE}. */
export const ID_REQUIRED = { required: true, pattern: ID_RULE };

const SOURCE_URL = { allowMailto: true };

/** Validates one entry of `sources`; returns the normalised source, or `undefined` after reporting its issues. */
export function validateSource(value: unknown, path: string, issues: IssueCollector): Source | undefined {
  const before = issues.issues.length;
  const read = recordReader(value, path, issues, 'a source object', SOURCE_FIELDS);
  if (!read) return undefined;
  const id = read(readString, 'id', ID_REQUIRED);
  const publisher = read(readString, 'publisher', REQUIRED);
  const title = read(readString, 'title', REQUIRED);
  const published = read(readDate, 'published', REQUIRED);
  const url = read(readUrl, 'url', SOURCE_URL);
  if (issues.issues.length > before || !id || !publisher || !title || !published) return undefined;
  const source: Source = { id, publisher, title, published: dateAt(published.time), publishedPrecision: published.precision };
  if (url !== undefined) source.url = url;
  return source;
}
