/**
 * The chart's controller: it owns the state (options, prepared data, the frame drawn, the selection,
 * the view) and carries out the commands. The parts around it (index.ts wires them) read the state,
 * call the commands and listen for what changed; this module calls none of them.
 */
import { navigate } from '../interact/navigate.js';
import { createFrameScheduler } from '../interact/scheduler.js';
import { NO_SELECTION, reduceSelection, type SelectionAction, type SelectionContext, type SelectionState } from '../interact/selection.js';
import { createZoom } from '../interact/zoom.js';
import { computeLayout } from '../layout/computeLayout.js';
import { formatTimeLength } from '../layout/formatDate.js';
import { prepareModel, type PreparedModel } from '../layout/prepare.js';
import { type Orientation, orientationFor } from '../layout/story.js';
import { formatIssues } from '../model/errors.js';
import { dateAt } from '../model/units.js';
import type { Layout } from '../layout/types.js';
import { clampDomain, zoomStep } from '../layout/zoomMath.js';
import { announce } from '../render/controls.js';
import { buildEventDetail, showDetail } from '../render/detail.js';
import { releaseFrame, renderFrame } from '../render/frame.js';
import { createRoot, type RootElements } from '../render/root.js';
import { renderLegend, showErrorState, showMessage, showTooltip } from '../render/states.js';
import { createEmitter } from './emitter.js';
import { tooltipFor } from './markActions.js';
import { openCluster } from './openCluster.js';
import { measurePage } from './pageMeasure.js';
import { mergeOptions, resolveDataset, resolveOptions, type ResolvedOptions, type TimelineOptions, withoutData } from './options.js';
import type { ChartCommands, ChartState } from './state.js';
import { createTimelineView, keepsView, scaleKey } from './view.js';

/** One chart: its state and commands, and what only its owner (the handle) may do. */
export interface Chart {
  /** The elements the chart renders into. */
  readonly elements: RootElements;
  readonly state: ChartState;
  readonly commands: ChartCommands;
  /** Aborted on destroy: every part's listeners go with it. */
  readonly signal: AbortSignal;
  /** Loads the dataset and draws the first frame: called once, after the parts have started listening. */
  start(): void;
  /** The chart is in the page now: its own font is measured (and followed as web fonts load). */
  attached(): void;
  /** Changes options; with a new dataset (or events, sources, lanes) it is prepared and drawn anew. */
  update(next: Partial<TimelineOptions>): void;
  /** Removes the chart and lets its data go. Safe to call twice. */
  destroy(): void;
}

/**
 * Builds the chart for `container` (not attached yet: the caller appends `elements.root` once its
 * parts are in place) and loads its dataset. An invalid dataset shows its problems as text.
 */
export function createChart(container: HTMLElement, input: TimelineOptions): Chart {
  let options: ResolvedOptions = resolveOptions(input);
  const elements = createRoot(container);
  const { root, svg } = elements;
  root.dataset.orientation = 'horizontal';
  const win = container.ownerDocument.defaultView;
  const listeners = new AbortController();
  const emitter = createEmitter(root, listeners.signal);
  let model: PreparedModel | null = null;
  let layout: Layout | null = null;
  let selection: SelectionState = NO_SELECTION;
  // Once destroyed the model is null too (destroy() lets it go): what needs a model checks only that.
  let destroyed = false;
  let loaded = false;
  let orientation: Orientation = 'horizontal';
  let listView = false;
  const selectionContext: SelectionContext = {
    has: (id) => model?.byId.has(id) ?? false,
    neighbour: (id, direction) => (model ? navigate(model, id, direction) : null),
  };

  const reducedMotion = (): boolean => win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const zoom = createZoom(svg, (userInput) => {
    scheduler.schedule();
    emitter.emit('zoom', { range: state.dates(), userInput });
  }, reducedMotion, listeners.signal);
  const scheduler = createFrameScheduler(win, draw);
  // The container's width and the page font's measure; a change of either is drawn on the next frame.
  const page = measurePage(container, svg, () => scheduler.schedule(), listeners.signal);
  const measureWidth = page.width;
  // Display time: real time with long empty stretches shortened. The zoom works in it (view.ts).
  const view = createTimelineView(zoom, { options: () => options, width: measureWidth, gapsChanged: (available, full) => emitter.emit('gaps', { available, full }) });

  /** The layout of display range `domain` at `width`, as draw() and the trial layouts of navigation compute it. */
  const layoutAt = (current: PreparedModel, domain: readonly [number, number], width: number): Layout =>
    computeLayout(current, { width, height: options.height, domain, locale: options.locale, warp: view.warp, textScale: page.textScale() });

  /** Which way time runs at `width`: the list view, else the `layout` option and the width decide. */
  function orient(width: number): void {
    const next = listView ? 'vertical' : orientationFor(options.layout, width);
    if (next === orientation) return;
    orientation = next;
    root.dataset.orientation = next;
    showTooltip(elements.tooltip, null);
    emitter.emit('orientation', {});
  }

  function draw(): void {
    if (!model) return;
    const width = measureWidth();
    scheduler.cancel();
    orient(width);
    showMessage(elements.message, model.dataset.events.length === 0 ? 'No events to show.' : null);
    // The story (story.ts) draws the vertical layout; the chart's frame waits until it is shown.
    if (orientation === 'vertical') return;
    view.rebase(model, width, false, true);
    layout = layoutAt(model, zoom.domain(), width);
    renderFrame(elements, layout, { model, locale: options.locale, selected: selection.selected });
    emitter.emit('render', { marks: layout.points.length + layout.spans.length, clusters: layout.clusters.length, labels: layout.labels.length });
  }

  function renderSelection(): void {
    const event = selection.selected === null ? undefined : model?.byId.get(selection.selected);
    if (!event || !model) return showDetail(elements.detail, null);
    showDetail(elements.detail, options.renderDetail ? options.renderDetail(event) : buildEventDetail(container.ownerDocument, event, model.dataset, options.locale));
  }

  function load(): void {
    const previous = model;
    const result = resolveDataset(options);
    root.dataset.theme = options.theme;
    if ('issues' in result) {
      model = null;
      svg.style.display = 'none';
      root.setAttribute('aria-label', options.ariaLabel ?? 'Timeline');
      renderLegend(elements.legend, []);
      showDetail(elements.detail, null);
      showErrorState(elements.message, result.issues);
      // Once, in full: the panel lists the first problems, the console all of them for the producer.
      win?.console.error(`eventline: the timeline data cannot be shown:\n${formatIssues(result.issues)}`);
      emitter.emit('dataset', { valid: false });
      return;
    }
    svg.style.display = '';
    const keep = previous ? view.realRange() : null;
    model = prepareModel(result.dataset, options.lanes);
    root.setAttribute('aria-label', options.ariaLabel ?? result.dataset.title);
    svg.setAttribute('aria-label', `${result.dataset.title}: ${result.dataset.events.length} events`);
    renderLegend(elements.legend, model.categories);
    const before = selection.selected;
    selection = reduceSelection(selection, { type: 'datasetChanged' }, selectionContext);
    const lostSelection = before !== null && selection.selected === null;
    view.rewarp(model, keep && keepsView(previous, model, keep) ? keep : null, true);
    if (options.initialRange && !loaded) view.showRange(model, options.initialRange, false);
    loaded = true;
    renderSelection();
    // Before the first frame, so the parts that show the dataset start afresh for it.
    emitter.emit('dataset', { valid: true });
    draw();
    if (lostSelection) emitter.emit('select', { id: null, event: null });
  }

  /**
   * Applies a selection action: the detail panel, the view (an event out of view is panned to), one
   * draw and the `select` event. Returns whether the selection changed.
   */
  function dispatch(action: SelectionAction): boolean {
    if (destroyed) return false;
    const previous = selection;
    selection = reduceSelection(selection, action, selectionContext);
    if (selection.selected === previous.selected) return false;
    renderSelection();
    const id = selection.selected;
    const event = id === null ? null : model?.byId.get(id) ?? null;
    if (event && model) {
      const [a, b] = zoom.domain();
      const t = view.warp.toDisplay(event.start.getTime());
      if (t < a || t > b) view.showDisplayRange(model, [t - (b - a) / 2, t + (b - a) / 2], false);
    }
    draw();
    emitter.emit('select', { id, event });
    return true;
  }

  const state: ChartState = {
    get options() { return options; },
    get model() { return model; },
    get layout() { return layout; },
    get selected() { return selection.selected; },
    get orientation() { return orientation; },
    get warp() { return view.warp; },
    domain: () => zoom.domain(),
    dates: () => view.realRange().map(dateAt) as [Date, Date],
    fitted: () => (model ? view.fitted(model) : zoom.domain()),
    limits: () => (model ? view.limits(model) : null),
    on: emitter.on,
  };

  const commands: ChartCommands = {
    select: (id) => dispatch({ type: 'select', id }),
    step: (direction) => (dispatch({ type: 'step', direction }) ? selection.selected : null),
    closeSelection: () => (dispatch({ type: 'close' }) ? selection.returnFocusTo : null),
    closeList() {
      const open = selection.selected === null && !elements.detail.hidden;
      if (open) showDetail(elements.detail, null);
      return open;
    },
    openCluster: (key) => openCluster(elements, state, commands, key),
    show(range, { animate = false, now, userInput = false } = {}) {
      if (!model) return;
      view.showDisplayRange(model, range, animate, userInput);
      if (now) scheduler.flush();
    },
    showDates(range, animate) {
      if (!model) return;
      view.showRange(model, range, animate);
      scheduler.flush();
    },
    zoom(to, centre, animate) {
      if (!model) return;
      commands.show(zoomStep(zoom.domain(), view.fitted(model), to, centre), { animate, now: true });
    },
    clamp: (range) => (model ? clampDomain(range, view.limits(model)) : [range[0], range[1]]),
    layoutFor: (range) => (model ? layoutAt(model, range, layout?.width ?? measureWidth()) : null),
    expandGap(start) {
      const gap = model ? view.expandGap(model, start) : null;
      if (!gap) return;
      draw();
      commands.announce(`Expanded ${formatTimeLength(gap.start, gap.end, options.locale)} without events.`);
    },
    setFullGaps(on) {
      if (!model) return;
      view.setFullGaps(model, on);
      draw();
    },
    hover(id, byFocus) {
      const tip = orientation === 'vertical' ? null : tooltipFor(state, id);
      showTooltip(elements.tooltip, tip);
      // A card of the vertical story has no tooltip, but keyboard focus on it is news all the same.
      if (byFocus && id !== null && (tip || orientation === 'vertical')) emitter.emit('focus', { id });
    },
    listView(on) {
      listView = on && model !== null;
      root.dataset.list = String(listView);
      if (model) draw();
      else orient(measureWidth());
    },
    announce: (message, whole) => announce(elements.live, message, whole),
  };

  const chart: Chart = {
    elements,
    state,
    commands,
    signal: listeners.signal,
    start() {
      if (!loaded && !destroyed) load();
    },
    attached() {
      // The page's font measured now that the chart is in the page: a font wider or narrower than
      // the guess means the first frame is laid out again before it is painted.
      if (page.attached()) draw();
    },
    update(next) {
      if (destroyed) return;
      const datasetChanged = ['dataset', 'events', 'sources', 'lanes'].some((name) => name in next);
      const previousScale = scaleKey(options);
      options = resolveOptions(mergeOptions(options, next));
      if (datasetChanged) return load();
      root.dataset.theme = options.theme;
      emitter.emit('options', { options });
      // A gap the reader opened stays open through a theme switch: the scale is redone only when its inputs change.
      if (model && previousScale !== scaleKey(options)) view.rewarp(model, view.rangeToKeep(model), true);
      else if (model) view.rebase(model, measureWidth(), true, true);
      renderSelection();
      draw();
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      scheduler.cancel();
      // The zoom's listeners, animation and timer, the page's observers and every on() handler go with the signal.
      listeners.abort();
      root.remove();
      // A handle an app keeps after destroy() must not keep the chart: the parsed events, the layout
      // and the dataset it was given (100,000 events are tens of MB). It still reaches the chart's
      // elements, so the marks bound to them are unbound.
      releaseFrame(root);
      model = null;
      layout = null;
      options = withoutData(options);
    },
  };
  return chart;
}
