/**
 * The same layout the browser draws, written as a standalone SVG string without a DOM: for no-JS
 * fallbacks, print and social cards. The writing itself is svgWriter.ts, which `timeline.toSVG()`
 * shares.
 */
import type { Locale } from 'date-fns';
import { computeLayout } from '../layout/computeLayout.js';
import { chartWarp } from '../layout/chartWarp.js';
import type { GapCompression } from '../layout/gaps.js';
import { prepareModel } from '../layout/prepare.js';
import { orientationFor, storyRows } from '../layout/story.js';
import { fitDomain } from '../layout/zoomMath.js';
import { isParsedDataset, parseDataset } from '../model/parseDataset.js';
import { DEFAULT_WIDTH, isPositive, optionError, resolveOptions } from '../timeline/options.js';
import type { Dataset, DatasetInput } from '../types.js';
import { writeSVG } from './writeSVG.js';

/** Options of {@link renderToSVGString}. */
export interface StaticRenderOptions {
  /** Width in px (default 800). */
  width?: number;
  /** Height in px (default 420; taller when the lanes need it). */
  height?: number;
  /** The range shown (default: the whole dataset). */
  range?: [Date, Date];
  /** Colours (default light; `'auto'`, the reader's setting, is light where there is no reader). */
  theme?: 'light' | 'dark' | 'auto';
  /** date-fns locale for the axis (default British English). */
  locale?: Locale;
  /** Lane order, or `'auto'`. */
  lanes?: 'auto' | string[];
  /** As the timeline option (default true). */
  compressGaps?: GapCompression;
  /** As the timeline option (default `'density'`). */
  timeScale?: 'density' | 'linear';
  /**
   * `'vertical'` writes the phone layout, the story of cards down the page, at `width` (its height
   * follows from the cards); `'auto'` (the default) does so below 600 px, as the chart does.
   */
  layout?: 'auto' | 'horizontal' | 'vertical';
}

/**
 * Renders a dataset (the JSON format, or one already parsed) as a standalone SVG string, in Node or
 * anywhere else, without a DOM: the same pure layout as the interactive chart.
 *
 * @throws {@link EventlineDataError} when the dataset is invalid, like {@link parseDataset}.
 */
export function renderToSVGString(dataset: DatasetInput | Dataset | Readonly<Record<string, unknown>>, options: StaticRenderOptions = {}): string {
  const { width = DEFAULT_WIDTH, range, ...shared } = options;
  // The options it shares with the interactive chart get the chart's checks and defaults.
  const resolved = resolveOptions(range ? { ...shared, initialRange: range } : shared);
  if (!isPositive(width)) throw optionError('width', 'be a positive number', width);
  const parsed = isParsedDataset(dataset) ? dataset : parseDataset(dataset);
  const model = prepareModel(parsed, resolved.lanes);
  const written = { theme: resolved.theme === 'dark' ? 'dark' : 'light', locale: resolved.locale } as const;
  if (orientationFor(resolved.layout, width) === 'vertical') return writeSVG({ rows: storyRows(model, resolved.compressGaps), width }, model, written);
  const warp = chartWarp(model, resolved);
  const domain: [number, number] = range ? [warp.toDisplay(range[0].getTime()), warp.toDisplay(range[1].getTime())] : fitDomain(model, warp);
  const layout = computeLayout(model, { width, height: resolved.height, domain, warp, locale: resolved.locale });
  return writeSVG(layout, model, written);
}
