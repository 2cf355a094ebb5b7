/**
 * The scale a chart is drawn on, from its options: gap compression, then the density-aware scale on
 * top (the default), or real time. The interactive chart and the static SVG both build it here.
 */
import { densityWarp } from './densityWarp.js';
import { type GapCompression, gapWarp } from './gaps.js';
import type { PreparedModel } from './prepare.js';
import type { TimeWarp } from './warp.js';

/** What the scale depends on besides the data. */
export interface ChartWarpOptions {
  /** The `compressGaps` option; `false` draws linear time. */
  compressGaps: GapCompression;
  /** The `timeScale` option: `'density'` shares the width out by events, `'linear'` keeps time even (gaps may still be shortened). */
  timeScale: 'density' | 'linear';
  /** The zoom's narrowest view in ms: every gap keeps a share of it. */
  minSpan: number;
  /** Gaps the reader expanded, by real start. */
  expanded?: ReadonlySet<number>;
}

/** The chart's scale for `model`. With `compressGaps: false` it is real time, whatever `timeScale` says. */
export function chartWarp(model: PreparedModel, options: ChartWarpOptions): TimeWarp {
  // Its minSpan and expanded gaps are the gap scale's options.
  const gaps = gapWarp(model, options.compressGaps, options);
  return options.compressGaps === false || options.timeScale === 'linear' ? gaps : densityWarp(model, gaps);
}
