import { createOverview, OVERVIEW_HEIGHT } from '../interact/overview.js';
import { overviewBins, overviewPath } from '../layout/overview.js';
import type { TimeWarp } from '../layout/warp.js';
import type { RootElements } from '../render/root.js';
import type { ChartCommands, ChartState } from './state.js';

/**
 * Adds the overview strip under the chart: the whole dataset in miniature, with a brush that moves
 * the view (as the reader's input) when it is dragged, resized or clicked. It follows the chart's
 * frames; the miniature is computed once per dataset, width and whole range, not per frame.
 * The brush stops listening when `signal` aborts.
 */
export function attachOverview(elements: RootElements, state: ChartState, commands: ChartCommands, signal: AbortSignal): void {
  const overview = createOverview(elements.chart.ownerDocument, (range) => commands.show(range, { userInput: true }), signal);
  elements.chart.append(overview.element);
  let miniature: { key: string; warp: TimeWarp | null; path: string } = { key: '', warp: null, path: '' };

  state.on('dataset', ({ valid }) => {
    // A new dataset draws a new miniature; an invalid one shows no strip.
    miniature.path = '';
    if (!valid) overview.element.style.display = 'none';
  });
  state.on('render', () => {
    const { model, layout, options, warp } = state;
    if (!model || !layout) return;
    overview.element.style.display = options.overview ? '' : 'none';
    if (!options.overview) return;
    const whole = state.fitted();
    const { left, right } = layout.chart;
    const key = `${whole[0]}:${whole[1]}:${left}:${right}`;
    if (miniature.key !== key || miniature.warp !== warp || miniature.path === '') {
      miniature = { key, warp, path: overviewPath(overviewBins(model, whole, Math.round((right - left) / 3), warp), right - left, OVERVIEW_HEIGHT - 4) };
    }
    overview.render({ width: layout.width, left, right, whole, visible: layout.domain, path: miniature.path });
  });
}
