import { CLUSTER_WIDTH } from '../layout/metrics.js';
import { periodLength } from '../model/time.js';
import type { TimelineEvent } from '../types.js';

/** What activating a cluster does: zoom to where its events come apart (`range`, in display time), or list them; `events` in time order either way. */
export type ClusterAction = { kind: 'zoom' | 'list'; range: [number, number]; events: readonly TimelineEvent[] };

/**
 * Decides a cluster's action (pure). It zooms to the whole periods its events name (a day-precision
 * date is the whole day), padded, where they spread apart; when even the narrowest zoom (`minSpan`
 * across `plotWidth` pixels) could not show them apart, it lists them instead of zooming in vain.
 * Measured in display time (`toDisplay`): a cluster on both sides of a shortened gap zooms to the
 * few pixels the break takes on screen, not to the decades it stands for.
 */
export function clusterAction(events: readonly TimelineEvent[], minSpan: number, plotWidth: number, toDisplay: (time: number) => number): ClusterAction {
  // A loop, not Math.min(...spread): a cluster at full zoom can hold more events than a call takes arguments.
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const time = event.start.getTime();
    start = Math.min(start, toDisplay(time));
    end = Math.max(end, toDisplay(time + periodLength(time, event.precision)));
  }
  const widthAtNarrowest = ((end - start) / minSpan) * plotWidth;
  const pad = (end - start) * 0.15;
  return { kind: widthAtNarrowest < CLUSTER_WIDTH * 2 ? 'list' : 'zoom', range: [start - pad, end + pad], events };
}
