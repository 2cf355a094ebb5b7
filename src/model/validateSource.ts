import type { Source } from '../types.js';
import { checkKnownKeys, type IssueCollector, readDate, readRecord, readString, readUrl } from './fields.js';
import { datasetSchema, fieldsOf, ID_PATTERN } from './schema.js';

const SOURCE_FIELDS = fieldsOf(datasetSchema.$defs.source);

/** The id rule shared by sources and events. */
export const ID_RULE = { regex: new RegExp(ID_PATTERN), description: 'a valid id (letters, digits, - and _, starting with a letter or digit)' };

/** Validates one entry of `sources`; returns the normalised source, or `undefined` after reporting its issues. */
export function validateSource(value: unknown, path: string, issues: IssueCollector): Source | undefined {
  const record = readRecord(value, path, issues, 'a source object');
  if (!record) return undefined;
  const before = issues.issues.length;
  checkKnownKeys(record, SOURCE_FIELDS, path, issues);
  const id = readString(record, 'id', path, issues, { required: true, pattern: ID_RULE });
  const publisher = readString(record, 'publisher', path, issues, { required: true });
  const title = readString(record, 'title', path, issues, { required: true });
  const published = readDate(record, 'published', path, issues, { required: true });
  const url = readUrl(record, 'url', path, issues, { allowMailto: true });
  if (issues.issues.length > before || !id || !publisher || !title || !published) return undefined;
  const source: Source = { id, publisher, title, published: new Date(published.time), publishedPrecision: published.precision };
  if (url !== undefined) source.url = url;
  return source;
}
