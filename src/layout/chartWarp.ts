/**
 * The scale a chart is drawn on, from its options: gap compression, then the density-aware scale on
 * top (the default), or real time. The interactive chart and the static SVG both build it here.
 */
import { densityWarp } from './densityWarp.js';
import { type GapCompression, gapWarp } from './gaps.js';
import type { PreparedModel } from './prepare.js';
import type { TimeWarp } from './warp.js';

/** The options the scale depends on besides the data: the chart's resolved options will do. */
export interface ChartWarpOptions {
  /** The `compressGaps` option; `false` draws linear time. */
  readonly compressGaps: GapCompression;
  /** The `timeScale` option: `'density'` shares the width out by events, `'linear'` keeps time even (gaps may still be shortened). */
  readonly timeScale: 'density' | 'linear';
  /** The `zoomLimits` option: every gap keeps a share of the narrowest view, `minSpan` ms. */
  readonly zoomLimits: { readonly minSpan: number };
}

/**
 * The chart's scale for `model`, less the gaps the reader `expanded` (by real start). With
 * `compressGaps: false` it is real time, whatever `timeScale` says.
 */
export function chartWarp(model: PreparedModel, options: ChartWarpOptions, expanded?: ReadonlySet<number>): TimeWarp {
  const gaps = gapWarp(model, options.compressGaps, options.zoomLimits.minSpan, expanded);
  return options.compressGaps === false || options.timeScale === 'linear' ? gaps : densityWarp(model, gaps);
}
