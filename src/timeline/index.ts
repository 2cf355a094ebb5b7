/**
 * `createTimeline`: the chart (chart.ts) with its parts attached — pointer input, the controls and
 * keyboard, the overview strip, export and deep links — and the handle the page holds. Every part
 * reads the chart's state and acts through its commands (state.ts).
 */
import { attachDeepLink } from '../interact/deepLink.js';
import { attachInput } from '../interact/pointer.js';
import { describeValue } from '../model/messages.js';
import { createChart } from './chart.js';
import { attachControls } from './controls.js';
import { attachDownloads } from './downloads.js';
import { snapshot } from './export.js';
import { exportPng } from './exportImage.js';
import { revealEvent } from './navigation.js';
import type { TimelineOptions } from './options.js';
import { attachOverview } from './overview.js';
import { attachStory } from './story.js';
import type { Timeline, TimelineState } from './types.js';

/** The live timeline of each container: a second `createTimeline` there destroys it. */
const live = new WeakMap<HTMLElement, Timeline>();

/**
 * Renders an interactive timeline into `container` and returns its handle. An invalid dataset shows
 * its problems as text inside the container (the handle still works, and `update` can fix it). A
 * timeline already in the container is destroyed first, with a console warning.
 *
 * @throws TypeError when `container` is not an element (null: a selector that matched nothing), and
 * RangeError naming the option when an option has a wrong value (nothing is drawn then).
 */
export function createTimeline(container: HTMLElement, options: TimelineOptions): Timeline {
  if (container?.nodeType !== 1) {
    throw new TypeError(`createTimeline: the container is ${describeValue(container)}, not an element${container == null ? ' (did a selector match nothing?)' : "; pass the element, e.g. document.querySelector('#timeline')"}`);
  }
  const chart = createChart(container, options);
  const { elements, state, commands, signal } = chart;
  const { root, svg } = elements;
  // After the options are checked: a call that throws leaves the timeline already there as it was.
  const previous = live.get(container);
  if (previous) {
    console.warn('createTimeline: replaced the timeline in this container; call destroy() or update() instead');
    previous.destroy();
  }

  attachInput(root, svg, commands, signal);
  const controls = attachControls(elements, state, commands, signal);
  attachOverview(elements, state, commands, signal);
  attachDownloads(controls.bar, state, commands, () => snapshot(state, root), signal);
  attachStory(elements, state, commands, controls.bar, signal);

  const handle: Timeline = {
    // The chart's methods use no `this`: the handle hands them on as they are.
    update: chart.update,
    select(id) {
      commands.select(id);
    },
    zoomTo(range, zoomOptions) {
      commands.showDates(range, !!zoomOptions?.animate);
    },
    fit(fitOptions) {
      commands.zoom('fit', null, !!fitOptions?.animate);
    },
    on: state.on,
    toSVG: () => snapshot(state, root) ?? '',
    toPNG: (pngOptions) => exportPng(container.ownerDocument, () => snapshot(state, root), pngOptions?.scale ?? 2),
    getState: (): TimelineState => ({ range: state.dates(), selected: state.selected }),
    destroy: chart.destroy,
  };
  live.set(container, handle);
  // Destroyed once, while it is the container's live timeline (a replaced one was destroyed when replaced).
  signal.addEventListener('abort', () => live.delete(container));

  chart.start();
  container.append(root);
  chart.attached();
  // After the first draw, so a linked event is revealed in a laid-out chart.
  const win = container.ownerDocument.defaultView;
  if (state.options.hash && win) {
    const selectionChanged = attachDeepLink(win, (linked) => {
      // A fragment naming no event of this dataset means no selection, as the URL says.
      const id = linked !== null && state.model?.byId.has(linked) ? linked : null;
      commands.select(id);
      if (id !== null && state.orientation === 'horizontal') revealEvent(state, commands, svg, id);
    }, signal, state.options.hashKey);
    state.on('select', ({ id }) => selectionChanged(id));
  }
  return handle;
}
