import type { Locale } from 'date-fns';
import { DEFAULT_LOCALE } from './layout/formatDate.js';
import type { GapCompression } from './layout/gaps.js';
import { EventlineDataError } from './model/errors.js';
import { isParsedDataset, parseDataset } from './model/parseDataset.js';
import type { DataIssue, Dataset, DatasetInput, SourceInput, TimelineEvent, TimelineEventInput } from './types.js';

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
  /** "Download SVG" and "Download PNG" buttons in the control bar (default off). */
  download?: boolean;
}

/** The defaults, in one place. */
export const TIMELINE_DEFAULTS = {
  height: 420,
  lanes: 'auto' as const,
  locale: DEFAULT_LOCALE,
  theme: 'light' as const,
};

/** Options with every default applied. */
export type ResolvedOptions = Omit<TimelineOptions, 'height' | 'lanes' | 'locale' | 'theme'> & {
  height: number;
  lanes: 'auto' | string[];
  locale: Locale;
  theme: 'light' | 'dark' | 'auto';
};

/** Applies the defaults; rejects a height that would put NaN into the SVG. */
export function resolveOptions(options: TimelineOptions): ResolvedOptions {
  const height = options.height ?? TIMELINE_DEFAULTS.height;
  if (!Number.isFinite(height) || height <= 0) throw new RangeError(`eventline: options.height must be a positive number, got ${String(options.height)}`);
  const range = options.initialRange;
  if (range !== undefined) {
    const [a, b] = [range[0]?.getTime?.(), range[1]?.getTime?.()];
    if (!Number.isFinite(a) || !Number.isFinite(b) || (a as number) >= (b as number)) {
      throw new RangeError('eventline: options.initialRange must be two valid Dates, the first before the second');
    }
  }
  for (const key of ['minSpan', 'maxSpan'] as const) {
    const span = options.zoomLimits?.[key];
    if (span !== undefined && !(Number.isFinite(span) && span > 0)) {
      throw new RangeError(`eventline: options.zoomLimits.${key} must be a positive number of milliseconds, got ${String(span)}`);
    }
  }
  const compression = options.compressGaps;
  if (typeof compression === 'object' && compression !== null && !(Number.isFinite(compression.minGap) && compression.minGap > 0)) {
    throw new RangeError(`eventline: options.compressGaps.minGap must be a positive number of milliseconds, got ${String(compression.minGap)}`);
  }
  return {
    ...options,
    height,
    lanes: options.lanes ?? TIMELINE_DEFAULTS.lanes,
    locale: options.locale ?? TIMELINE_DEFAULTS.locale,
    theme: options.theme ?? TIMELINE_DEFAULTS.theme,
  };
}

/** The dataset the options describe, or the issues that stop it from being shown. */
export function resolveDataset(options: TimelineOptions): { dataset: Dataset } | { issues: DataIssue[] } {
  if (isParsedDataset(options.dataset)) return { dataset: options.dataset };
  const input = options.dataset ?? { title: options.ariaLabel ?? 'Timeline', sources: options.sources ?? [], events: options.events ?? [] };
  try {
    return { dataset: parseDataset(input) };
  } catch (error) {
    if (error instanceof EventlineDataError) return { issues: [...error.issues] };
    throw error;
  }
}
