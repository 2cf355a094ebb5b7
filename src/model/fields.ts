import type { DataIssue } from '../types.js';
import { describeValue, truncateForMessage } from './messages.js';
import { type DateTime, parseDateTime } from './time.js';
import { checkLinkUrl } from './urls.js';
import { VISIBLE_CHARACTER } from './fieldNames.js';

/** A JSON object read from untrusted input. */
export type UnknownRecord = Record<string, unknown>;

/**
 * How many problems validation collects before it stops: plenty to fix a file by, and a feed of a
 * million broken events still fails in milliseconds instead of building a million messages.
 */
export const MAX_ISSUES = 1000;

/**
 * Collects the problems found in one pass (up to {@link MAX_ISSUES}), so an author sees them at once.
 * Each issue is `{ path, message }`; readers below report through it with one uniform wording.
 */
export class IssueCollector {
  /** The issues found so far, in input order. */
  readonly issues: DataIssue[] = [];

  /** Records a problem at `path`, unless {@link MAX_ISSUES} are in already. */
  add(path: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }
}

/** Whether `value` is an object and not an array (nor null): a record of named fields. */
export const isRecord = (value: unknown): value is UnknownRecord => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Returns `value` as a plain object, or reports `path: expected …` and returns `undefined`. Read its
 * fields with {@link own}: on a page where some script added `summary` to `Object.prototype`, an
 * event without one must not get that.
 */
export function readRecord(value: unknown, path: string, issues: IssueCollector, what: string): UnknownRecord | undefined {
  if (isRecord(value)) return value;
  issues.add(path, `expected ${what}, got ${describeValue(value)}`);
  return undefined;
}

/** Reader options shared by every call, so validating 100,000 events allocates no option objects. */
export const REQUIRED = Object.freeze({ required: true });

/** A string with at least one visible character (tested without allocating a trimmed copy). */
const HAS_TEXT = new RegExp(VISIBLE_CHARACTER);

/** Whether `text` has a visible character; a printable ASCII first character settles it without a regex. */
export function hasText(text: string): boolean {
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || HAS_TEXT.test(text);
}

/** Reads an own property only, so keys such as `__proto__` are never followed up the prototype chain. */
export function own(record: UnknownRecord, key: string): unknown {
  const value = record[key];
  // Checking ownership only when there is a value keeps the common case (absent optional fields) cheap.
  return value === undefined || Object.hasOwn(record, key) ? value : undefined;
}

/** Reports every key of `record` that is not in `known` (typos such as `titel` would otherwise be silently lost). */
export function checkKnownKeys(record: UnknownRecord, known: ReadonlySet<string>, path: string, issues: IssueCollector): void {
  for (const key in record) {
    if (!known.has(key) && Object.hasOwn(record, key)) issues.add(`${path}.${key}`, `unknown field (expected one of: ${[...known].join(', ')})`);
  }
}

/** Options for {@link readString}. */
export interface ReadStringOptions {
  /** Report a missing value. */
  required?: boolean;
  /** A pattern the value must match, with the words that describe it. */
  pattern?: { regex: RegExp; description: string };
}

/** Reports `message` at `path.key` and reads nothing: what a reader returns for a wrong value. */
export function fail(issues: IssueCollector, path: string, key: string, message: string): undefined {
  issues.add(`${path}.${key}`, message);
  return undefined;
}

/*
 * The readers take the field's value (read by name at the call site, which keeps property access fast
 * on same-shaped JSON objects) plus the path and key, and build the `path.key` text only for an issue.
 */

/** Reads a non-empty string field; reports a missing (when required), empty or non-string value. */
export function readString(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  options: ReadStringOptions = {},
): string | undefined {
  if (typeof value === 'string' && hasText(value) && (!options.pattern || options.pattern.regex.test(value))) return value;
  if (value === undefined) return options.required ? fail(issues, path, key, 'is required') : undefined;
  if (typeof value !== 'string') return fail(issues, path, key, `expected a string, got ${describeValue(value)}`);
  if (!hasText(value)) return fail(issues, path, key, value ? 'must not be empty (it has only invisible characters)' : 'must not be empty');
  return fail(issues, path, key, `${truncateForMessage(value)} is not ${options.pattern!.description}`);
}

/** Reads an array of non-empty strings; reports each bad item by its index. */
export function readStringArray(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  options: { required?: boolean; nonEmpty?: boolean } = {},
): string[] | undefined {
  if (value === undefined) return options.required ? fail(issues, path, key, 'is required') : undefined;
  if (!Array.isArray(value)) return fail(issues, path, key, `expected an array of strings, got ${describeValue(value)}`);
  if (options.nonEmpty && value.length === 0) return fail(issues, path, key, 'must list at least one item');
  let valid = true;
  for (let index = 0; index < value.length; index++) {
    const item: unknown = value[index];
    if (typeof item === 'string' && hasText(item)) continue;
    fail(issues, path, `${key}[${index}]`, `expected a non-empty string, got ${describeValue(item)}`);
    valid = false;
  }
  return valid ? (value.slice() as string[]) : undefined;
}

/** Reads a boolean field. */
export function readBoolean(value: unknown, path: string, key: string, issues: IssueCollector): boolean | undefined {
  return value === undefined || typeof value === 'boolean' ? value : fail(issues, path, key, `expected true or false, got ${describeValue(value)}`);
}

/** Reads a finite number within `[min, max]`, optionally an integer. */
export function readNumber(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  range: { min: number; max: number; integer?: boolean },
): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return fail(issues, path, key, `expected a finite number, got ${describeValue(value)}`);
  if (value < range.min || value > range.max || (range.integer && !Number.isInteger(value))) {
    const kind = range.integer ? 'a whole number' : 'a number';
    return fail(issues, path, key, `${value} is out of range (expected ${kind} from ${range.min} to ${range.max})`);
  }
  return value;
}

/** Reads one of a fixed set of strings. */
export function readChoice<T extends string>(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  return fail(issues, path, key, `expected one of ${choices.map((c) => JSON.stringify(c)).join(', ')}, got ${describeValue(value)}`);
}

/** Reads a link URL; only absolute `http`, `https` (and `mailto` where allowed) pass. */
export function readUrl(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  options: { required?: boolean; allowMailto: boolean },
): string | undefined {
  // readString reads only `required` of these options.
  const text = readString(value, path, key, issues, options);
  if (text === undefined) return undefined;
  const problem = checkLinkUrl(text, options.allowMailto);
  return problem === null ? text : fail(issues, path, key, problem);
}

/** Reads an ISO 8601 date field (see {@link parseDateTime}); reports a missing (when required) or invalid date. */
export function readDate(
  value: unknown,
  path: string,
  key: string,
  issues: IssueCollector,
  options?: { required?: boolean },
): DateTime | undefined {
  const text = readString(value, path, key, issues, options);
  if (text === undefined) return undefined;
  const parsed = parseDateTime(text);
  return 'reason' in parsed ? fail(issues, path, key, parsed.reason) : parsed;
}
