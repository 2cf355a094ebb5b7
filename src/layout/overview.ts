import { createTimeScale } from './timeScale.js';
import type { TimeWarp } from './warp.js';
import type { PreparedModel } from './prepare.js';

/** The whole dataset in miniature: how many events start in each of `counts.length` equal time bins. */
export interface OverviewBins {
  /** Events starting in each bin. */
  counts: Uint32Array;
  /** The largest count (0 without events). */
  max: number;
}

/**
 * Counts event starts into `binCount` bins across display-time `domain` (through `warp` when gaps are
 * shortened, as in the chart; pure). Computed once per dataset and width from the lanes' typed arrays,
 * so the overview costs one path however many events there are.
 */
export function overviewBins(model: PreparedModel, domain: readonly [number, number], binCount: number, warp: TimeWarp): OverviewBins {
  const bins = Math.max(1, Math.floor(binCount));
  const counts = new Uint32Array(bins);
  // The bins as a range: a time's bin is the whole part of its position.
  const binOf = createTimeScale(domain, [0, bins], warp).x;
  const add = (time: number): void => {
    const bin = Math.floor(binOf(time));
    if (bin >= 0 && bin < bins) counts[bin]!++;
  };
  // Indexed loops: on a first render this code is not optimised yet, and a for…of over 100,000
  // times allocates an iterator result for each.
  for (const lane of model.lanes) {
    const times = lane.pointTimes;
    for (let index = 0; index < times.length; index++) add(times[index]!);
    for (const row of lane.spanRows) for (let index = 0; index < row.length; index++) add(row[index]!.start);
  }
  for (const era of model.eras) add(era.start);
  return { counts, max: counts.reduce((most, count) => Math.max(most, count), 0) };
}

/**
 * The outline of the bins as an SVG path in a `width` × `height` box: a step area whose height grows
 * with the square root of the count, so one event still shows next to a burst of thousands.
 */
export function overviewPath(bins: OverviewBins, width: number, height: number): string {
  if (bins.max === 0) return '';
  const step = width / bins.counts.length;
  const scale = height / Math.sqrt(bins.max);
  let path = `M0,${height}`;
  bins.counts.forEach((count, index) => {
    const y = (height - Math.sqrt(count) * scale).toFixed(1);
    path += `V${y}H${((index + 1) * step).toFixed(1)}`;
  });
  return `${path}V${height}Z`;
}
