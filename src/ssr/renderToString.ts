/**
 * The same layout the browser draws, written as a standalone SVG string without a DOM: for no-JS
 * fallbacks, print and social cards. The writing itself is svgWriter.ts, which `timeline.toSVG()`
 * shares.
 */
import type { Locale } from 'date-fns';
import { computeLayout } from '../layout/computeLayout.js';
import { DEFAULT_LOCALE } from '../layout/formatDate.js';
import { gapWarp, type GapCompression, IDENTITY_WARP } from '../layout/gaps.js';
import { prepareModel } from '../layout/prepare.js';
import { DEFAULT_MIN_SPAN, fitDomain } from '../layout/scale.js';
import { isParsedDataset, parseDataset } from '../model/parseDataset.js';
import type { Dataset, DatasetInput } from '../types.js';
import { paletteFor } from './palette.js';
import { layoutToSVGString } from './svgWriter.js';

/** Options of {@link renderToSVGString}. */
export interface StaticRenderOptions {
  /** Width in px (default 800). */
  width?: number;
  /** Height in px (default 420; taller when the lanes need it). */
  height?: number;
  /** The range shown (default: the whole dataset). */
  range?: [Date, Date];
  /** Colours (default light). */
  theme?: 'light' | 'dark';
  /** date-fns locale for the axis (default British English). */
  locale?: Locale;
  /** Lane order, or `'auto'`. */
  lanes?: 'auto' | string[];
  /** As the timeline option (default true). */
  compressGaps?: GapCompression;
}

/**
 * Renders a dataset (the JSON format, or one already parsed) as a standalone SVG string, in Node or
 * anywhere else, without a DOM: the same pure layout as the interactive chart.
 *
 * @throws {@link EventlineDataError} when the dataset is invalid, like {@link parseDataset}.
 */
export function renderToSVGString(dataset: DatasetInput | Dataset | Readonly<Record<string, unknown>>, options: StaticRenderOptions = {}): string {
  const parsed = isParsedDataset(dataset) ? dataset : parseDataset(dataset);
  const model = prepareModel(parsed, options.lanes ?? 'auto');
  const warp = options.compressGaps === false ? IDENTITY_WARP : gapWarp(model, options.compressGaps ?? true, { minSpan: DEFAULT_MIN_SPAN });
  const range = options.range;
  const domain: [number, number] = range ? [warp.toDisplay(range[0].getTime()), warp.toDisplay(range[1].getTime())] : fitDomain(model, undefined, undefined, warp);
  const layout = computeLayout(model, {
    width: options.width ?? 800, height: options.height ?? 420, domain, warp,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  return layoutToSVGString(layout, model, { palette: paletteFor(options.theme ?? 'light'), locale: options.locale ?? DEFAULT_LOCALE });
}
