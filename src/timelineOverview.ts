import { createOverview, OVERVIEW_HEIGHT } from './interact/overview.js';
import { overviewBins, overviewPath } from './layout/overview.js';
import type { TimeWarp } from './layout/gaps.js';
import type { PreparedModel } from './layout/prepare.js';
import type { Layout } from './layout/types.js';

/** The overview strip as the timeline uses it. */
export interface OverviewStrip {
  /** Whether a brush gesture is moving the view right now (the zoom it causes is the reader's). */
  readonly brushing: boolean;
  /** Draws the strip for `frame` (hidden when `enabled` is false); `whole` is the whole-dataset view, in display time through `warp`. */
  render(model: PreparedModel, frame: Layout, whole: [number, number], warp: TimeWarp, enabled: boolean): void;
  /** Hides the strip (error state) and forgets the miniature (a new dataset draws a new one). */
  reset(hidden: boolean): void;
  /** Removes the brush's listeners. */
  destroy(): void;
}

/**
 * Adds the overview strip to `chart`. `show(range)` moves the chart when the brush is dragged,
 * resized or clicked. The miniature is computed once per dataset, width and whole range, not per frame.
 */
export function attachOverview(chart: HTMLElement, show: (range: [number, number]) => void): OverviewStrip {
  let brushing = false;
  const overview = createOverview(chart.ownerDocument, (range) => {
    brushing = true;
    try {
      show(range);
    } finally {
      brushing = false;
    }
  });
  chart.append(overview.element);
  let miniature: { key: string; warp: TimeWarp | null; path: string } = { key: '', warp: null, path: '' };
  return {
    get brushing() {
      return brushing;
    },
    render(model, frame, whole, warp, enabled) {
      overview.element.style.display = enabled ? '' : 'none';
      if (!enabled) return;
      const { left, right } = frame.chart;
      const key = `${whole[0]}:${whole[1]}:${left}:${right}`;
      if (miniature.key !== key || miniature.warp !== warp || miniature.path === '') {
        miniature = { key, warp, path: overviewPath(overviewBins(model, whole, Math.round((right - left) / 3), warp), right - left, OVERVIEW_HEIGHT - 4) };
      }
      overview.render({ width: frame.width, left, right, whole, visible: frame.domain, path: miniature.path });
    },
    reset(hidden) {
      miniature = { key: '', warp: null, path: '' };
      if (hidden) overview.element.style.display = 'none';
    },
    destroy: () => overview.destroy(),
  };
}
