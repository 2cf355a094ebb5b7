/**
 * Export in the browser: the chart as drawn, as a standalone SVG string (the static writer's output for
 * the current layout). The download buttons (downloads.ts) and `toPNG()` start from it.
 */
import { storyRows, VERTICAL_BELOW } from '../layout/story.js';
import { chartToSVG } from './exportImage.js';
import type { ChartState } from './state.js';

/**
 * The chart as drawn now (or the vertical story at the root's width) as a standalone SVG document;
 * null when there is no chart (the dataset is invalid).
 */
export function snapshot(state: ChartState, root: HTMLElement): string | null {
  const { model, options } = state;
  const frame = state.orientation === 'vertical' && model ? { rows: storyRows(model, options.compressGaps), width: root.clientWidth || VERTICAL_BELOW / 2 } : state.layout;
  return model && frame ? chartToSVG(state, frame, root) : null;
}
