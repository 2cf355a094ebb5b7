import { checkKnownKeys, type IssueCollector, own, readRecord, type UnknownRecord } from './fields.js';

/** A reader of fields.ts: the field's value, where it is, its key, the issues, and the reader's options. */
type Reader<T, O> = (value: unknown, path: string, key: string, issues: IssueCollector, options: O) => T;

/** Reads field `key` of one record with one of fields.ts's readers (`options` as that reader takes them). */
export interface FieldRead {
  <T, O>(reader: Reader<T, O>, key: string, options: O): T;
  <T>(reader: Reader<T, undefined>, key: string): T;
}

/**
 * The readers of `record` at `path`: `read(readString, 'title', REQUIRED)` for
 * `readString(own(record, 'title'), path, 'title', issues, REQUIRED)`. One short call a field instead
 * of the record, path, key and issues written out at each of them: the validators are in every bundle.
 */
export function fieldReader(record: UnknownRecord, path: string, issues: IssueCollector): FieldRead {
  return <T, O>(reader: Reader<T, O | undefined>, key: string, options?: O): T => reader(own(record, key), path, key, issues, options);
}

/** The field's own value, unread: `read(raw, 'end')` is `own(record, 'end')`. */
export const raw = (value: unknown): unknown => value;

/**
 * `value` read as an object whose fields are among `fields` (an issue for each other one, and one
 * naming `what` was expected when it is no object at all), with the reader of its fields.
 */
export function recordReader(value: unknown, path: string, issues: IssueCollector, what: string, fields: ReadonlySet<string>): FieldRead | undefined {
  const record = readRecord(value, path, issues, what);
  if (!record) return undefined;
  checkKnownKeys(record, fields, path, issues);
  return fieldReader(record, path, issues);
}
