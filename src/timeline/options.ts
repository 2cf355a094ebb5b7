/**
 * The timeline's options: one table ({@link OPTION_RULES}) gives every option its default and its
 * check with the message a wrong value gets. `createTimeline`, `renderToSVGString` and
 * `<event-timeline>` all resolve options through it; nothing else writes a default.
 */
import type { Locale } from 'date-fns';
import { DEFAULT_LOCALE } from '../layout/formatDate.js';
import type { GapCompression } from '../layout/gaps.js';
import { DEFAULT_MIN_SPAN } from '../layout/zoomMath.js';
import { EventlineDataError } from '../model/errors.js';
import { isRecord } from '../model/fields.js';
import { isParsedDataset, parseDataset } from '../model/parseDataset.js';
import type { DataIssue, Dataset, DatasetInput, SourceInput, TimelineEvent, TimelineEventInput } from '../types.js';

/** Options of {@link createTimeline}; every one is optional and defaults as in {@link TIMELINE_DEFAULTS}. */
export interface TimelineOptions {
  /**
   * The dataset: the JSON format (typed, or any JSON object such as a fetched or imported file; it is
   * validated and its problems are shown in the chart), or a dataset already returned by `parseDataset`.
   */
  dataset?: DatasetInput | Dataset | Readonly<Record<string, unknown>>;
  /** Events, as an alternative to `dataset` (with `sources` for the ids they cite). */
  events?: TimelineEventInput[];
  /** Sources for `events`. */
  sources?: SourceInput[];
  /** Chart height in px; the width follows the container. */
  height?: number;
  /** Lane order, or `'auto'` (groups in order of their first event). */
  lanes?: 'auto' | string[];
  /** The range shown first; the whole dataset when absent. */
  initialRange?: [Date, Date];
  /** A date-fns locale for dates and the axis (default British English). */
  locale?: Locale;
  /** Colour theme; `'auto'` follows the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';
  /**
   * Which way time runs: `'horizontal'` (the chart), `'vertical'` (a story of cards down the page, for
   * phones), or `'auto'` (the default): vertical while the container is narrower than
   * 600 px (`VERTICAL_BELOW`), switching as it resizes.
   */
  layout?: 'auto' | 'horizontal' | 'vertical';
  /** Accessible name of the timeline (default: the dataset title). */
  ariaLabel?: string;
  /** Builds the detail panel for an event with the embedder's own DOM (there is no HTML-string option). */
  renderDetail?: (event: TimelineEvent) => Node;
  /**
   * Deep links: selecting an event writes `#event=<id>` to the URL (back and forward move between
   * selections), and a page loaded with that fragment opens the event. Off by default: the page's URL
   * belongs to the embedder.
   */
  hash?: boolean;
  /**
   * The name this chart's selection has in the URL fragment with `hash` (`#<hashKey>=<id>`). Default
   * `event`, or `event-2`, `event-3`… for the second and later charts of
   * a page, so each chart keeps its own selection; set it for URLs that stay the same whatever order
   * the charts load in.
   */
  hashKey?: string;
  /**
   * How far the reader may zoom, in milliseconds of visible time: in to `minSpan` (default one hour
   * across the width), out to `maxSpan` (default the whole dataset with a margin).
   */
  zoomLimits?: { minSpan?: number; maxSpan?: number };
  /** The overview strip under the chart: the whole dataset in miniature, with a brush on the visible range (default on). */
  overview?: boolean;
  /**
   * Gap compression: long stretches without events are drawn shortened, with a break on the axis that
   * a click expands (a button draws every gap at full length). `true` (the default) shortens a stretch
   * when it is long next to the rest of the data, so evenly spread data is never cut; `{ minGap }`
   * shortens every stretch longer than `minGap` ms; `false` keeps time linear.
   */
  compressGaps?: GapCompression;
  /**
   * How the width is shared out: `'density'` (the default) gives each stretch of time room in
   * proportion to the events it holds, so a burst of events opens up and a quiet stretch narrows (the
   * axis still says real dates, and marks where the pace changes); `'linear'` keeps time even.
   * Needs gap compression: with `compressGaps: false` time is linear.
   */
  timeScale?: 'density' | 'linear';
  /** "Download SVG" and "Download PNG" buttons in the control bar (default off). */
  download?: boolean;
}

/** What is wrong with an option's value: `options.<option>.<field> must <must>, got <got>`. */
export interface OptionProblem {
  /** The field of an object option (`minSpan` of `zoomLimits`), or undefined for the option itself. */
  field?: string;
  /** What a right value is: `be a positive number`. */
  must: string;
  /** The wrong value. */
  got: unknown;
}

/** One option's rule: its default, and what makes a value wrong. */
export interface OptionRule<T> {
  /** The value an absent option takes; left out when absence itself is the default (no initial range, no custom detail). */
  readonly default?: T;
  /** What is wrong with a given value, or null when it is right. Not called for `undefined`. */
  readonly check: (value: unknown) => OptionProblem | null;
  /** An object option whose fields default one by one (`{ maxSpan }` keeps the default `minSpan`). */
  readonly byField?: true;
}

export const isPositive = (value: unknown): boolean => typeof value === 'number' && Number.isFinite(value) && value > 0;
const isTime = (value: unknown): boolean => value instanceof Date && Number.isFinite(value.getTime());
/** A check: the value is right when `ok` says so, else it `must` be something else. */
const whenNot = (ok: (value: unknown) => boolean, must: string) => (value: unknown): OptionProblem | null => (ok(value) ? null : { must, got: value });
const anything = (): null => null;
const isString = whenNot((value) => typeof value === 'string', 'be a string');
const isBoolean = whenNot((value) => typeof value === 'boolean', 'be true or false');

/** A span in ms (`zoomLimits.minSpan`): absent, or positive. */
const spanProblem = (value: unknown, field: string): OptionProblem | null =>
  value === undefined || isPositive(value) ? null : { field, must: 'be a positive number of milliseconds', got: value };

/**
 * Every option of {@link TimelineOptions}: the compiler keeps the table complete and its defaults of
 * the options' own types.
 */
export const OPTION_RULES: { readonly [K in keyof TimelineOptions]-?: OptionRule<Exclude<TimelineOptions[K], undefined>> } = {
  // The data is validated as a whole by parseDataset, which names the event and the field.
  dataset: { check: anything },
  events: { check: whenNot(Array.isArray, 'be an array of events') },
  sources: { check: whenNot(Array.isArray, 'be an array of sources') },
  height: { default: 420, check: whenNot(isPositive, 'be a positive number') },
  lanes: {
    default: 'auto',
    check: whenNot((value) => value === 'auto' || (Array.isArray(value) && value.every((name) => typeof name === 'string')), "be 'auto' or an array of lane names"),
  },
  initialRange: {
    check: whenNot(
      (value) => Array.isArray(value) && isTime(value[0]) && isTime(value[1]) && (value[0] as Date).getTime() < (value[1] as Date).getTime(),
      'be two valid Dates, the first before the second',
    ),
  },
  locale: { default: DEFAULT_LOCALE, check: whenNot((value) => isRecord(value) && typeof value.code === 'string' && isRecord(value.localize), 'be a date-fns locale') },
  theme: { default: 'light', check: whenNot((value) => value === 'light' || value === 'dark' || value === 'auto', "be 'light', 'dark' or 'auto'") },
  layout: { default: 'auto', check: whenNot((value) => value === 'auto' || value === 'horizontal' || value === 'vertical', "be 'auto', 'horizontal' or 'vertical'") },
  ariaLabel: { check: isString },
  renderDetail: { check: whenNot((value) => typeof value === 'function', 'be a function returning a DOM node') },
  hash: { default: false, check: isBoolean },
  hashKey: { check: isString },
  zoomLimits: {
    default: { minSpan: DEFAULT_MIN_SPAN },
    byField: true,
    check: (value) => (isRecord(value) ? spanProblem(value.minSpan, 'minSpan') ?? spanProblem(value.maxSpan, 'maxSpan') : { must: 'be an object { minSpan, maxSpan }', got: value }),
  },
  overview: { default: true, check: isBoolean },
  compressGaps: {
    default: true,
    check: (value) => {
      if (typeof value === 'boolean') return null;
      if (!isRecord(value)) return { must: 'be true, false or { minGap }', got: value };
      return isPositive(value.minGap) ? null : { field: 'minGap', must: 'be a positive number of milliseconds', got: value.minGap };
    },
  },
  timeScale: { default: 'density', check: whenNot((value) => value === 'density' || value === 'linear', "be 'density' or 'linear'") },
  download: { default: false, check: isBoolean },
};

/** The options that have a default, with it: `TIMELINE_DEFAULTS.height` is 420. Read from {@link OPTION_RULES}. */
export const TIMELINE_DEFAULTS = Object.fromEntries(
  Object.entries(OPTION_RULES).filter(([, rule]) => rule.default !== undefined).map(([name, rule]) => [name, rule.default]),
) as {
  readonly [K in 'height' | 'lanes' | 'locale' | 'theme' | 'layout' | 'hash' | 'overview' | 'compressGaps' | 'timeScale' | 'download']: NonNullable<TimelineOptions[K]>;
} & { readonly zoomLimits: { readonly minSpan: number } };

/** The container width assumed where it has none (a detached container), and the static SVG's default width. */
export const DEFAULT_WIDTH = 800;

/** Options with every default applied, read-only: what the chart and its parts read. */
export type ResolvedOptions = Readonly<
  Omit<TimelineOptions, keyof typeof TIMELINE_DEFAULTS> & Omit<{ -readonly [K in keyof typeof TIMELINE_DEFAULTS]: NonNullable<TimelineOptions[K]> }, 'zoomLimits'> & {
    zoomLimits: { readonly minSpan: number; readonly maxSpan?: number };
  }
>;

/** What is wrong with `value` for option `name`, or null when it is right (or absent). The element checks its attributes with this. */
export function optionProblem<K extends keyof TimelineOptions>(name: K, value: unknown): OptionProblem | null {
  return value === undefined ? null : OPTION_RULES[name].check(value);
}

/** A value as a message shows it: `-1`, `"tall"`, `{"minSpan":-1}`. */
function shown(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString() : 'Invalid Date';
  if (isRecord(value)) return JSON.stringify(value);
  return String(value);
}

/** What a wrong option value throws: `eventline: options.height must be a positive number, got -1`. */
export const optionError = (path: string, must: string, got: unknown): RangeError => new RangeError(`eventline: options.${path} must ${must}, got ${shown(got)}`);

/**
 * Checks every option and applies the defaults: a complete, read-only object. A wrong value throws
 * before anything is drawn, naming the option: `eventline: options.height must be a positive number, got -1`.
 */
export function resolveOptions(options: TimelineOptions): ResolvedOptions {
  const resolved: Record<string, unknown> = { ...options };
  for (const name of Object.keys(OPTION_RULES) as (keyof TimelineOptions)[]) {
    const value = options[name];
    const problem = optionProblem(name, value);
    if (problem !== null) throw optionError(problem.field === undefined ? name : `${name}.${problem.field}`, problem.must, problem.got);
    const rule = OPTION_RULES[name];
    if (value === undefined) {
      if (rule.default !== undefined) resolved[name] = rule.default;
    } else if (rule.byField) {
      // A field given as undefined (`{ minSpan: props.minSpan }` from a framework) keeps its default, as an absent one does.
      const merged: Record<string, unknown> = { ...(rule.default as object) };
      for (const [field, given] of Object.entries(value as object)) if (given !== undefined) merged[field] = given;
      resolved[name] = merged;
    }
  }
  return Object.freeze(resolved) as ResolvedOptions;
}

/** The options without the data they were given: what a destroyed chart keeps, so it holds no events. */
export function withoutData(options: ResolvedOptions): ResolvedOptions {
  const kept: Record<string, unknown> = { ...options };
  for (const name of ['dataset', 'events', 'sources']) delete kept[name];
  return Object.freeze(kept) as ResolvedOptions;
}

/** Why `dataset` is not data yet (a Promise, a fetch Response), or null: the mistake of passing `fetch(url).then((r) => r.json())` un-awaited. */
function notYetData(dataset: unknown): string | null {
  if (typeof dataset !== 'object' || dataset === null) return null;
  if (typeof (dataset as { then?: unknown }).then === 'function') {
    return 'is a Promise, not a dataset: await it first (await fetch(url).then((response) => response.json()))';
  }
  const response = dataset as { json?: unknown; status?: unknown; headers?: unknown };
  if (typeof response.json === 'function' && typeof response.status === 'number' && response.headers !== undefined) {
    return 'is a fetch Response, not a dataset: pass await response.json()';
  }
  return null;
}

/** The dataset the options describe, or the issues that stop it from being shown. */
export function resolveDataset(options: ResolvedOptions): { dataset: Dataset } | { issues: DataIssue[] } {
  if (isParsedDataset(options.dataset)) return { dataset: options.dataset };
  const pending = notYetData(options.dataset);
  if (pending) return { issues: [{ path: 'dataset', message: pending }] };
  // `null` is a dataset that failed to arrive (a fetch that yielded null), not "no dataset": reported.
  const input = options.dataset !== undefined ? options.dataset : { title: options.ariaLabel ?? 'Timeline', sources: options.sources ?? [], events: options.events ?? [] };
  try {
    return { dataset: parseDataset(input) };
  } catch (error) {
    if (error instanceof EventlineDataError) return { issues: [...error.issues] };
    throw error;
  }
}

/** `next` over `current`, as `update()` applies it: `dataset` and `events`/`sources` are alternatives, the one given last replaces the other. */
export function mergeOptions(current: TimelineOptions, next: Partial<TimelineOptions>): TimelineOptions {
  const merged: TimelineOptions = { ...current, ...next };
  if ('dataset' in next) {
    delete merged.events;
    delete merged.sources;
  } else if ('events' in next || 'sources' in next) delete merged.dataset;
  return merged;
}
