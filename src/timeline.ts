import { createFrameScheduler } from './interact/scheduler.js';
import { clusterAction } from './interact/clusterAction.js';
import { attachDeepLink } from './interact/deepLink.js';
import { navigate } from './interact/navigate.js';
import { attachInput } from './interact/pointer.js';
import { NO_SELECTION, reduceSelection, type SelectionAction, type SelectionContext, type SelectionState } from './interact/selection.js';
import { createZoom } from './interact/zoom.js';
import { computeLayout, plotArea } from './layout/computeLayout.js';
import { findEventMark } from './layout/findMark.js';
import { formatEventWhen, formatTimeLength } from './layout/formatDate.js';
import { gapWarp, IDENTITY_WARP, type TimeWarp } from './layout/gaps.js';
import { prepareModel, type PreparedModel } from './layout/prepare.js';
import { clampDomain, DEFAULT_MIN_SPAN, fitDomain, type ZoomLimits, zoomLimits, zoomStep } from './layout/scale.js';
import type { Layout } from './layout/types.js';
import { createRoot } from './render/root.js';
import { renderFrame } from './render/frame.js';
import { buildClusterDetail, buildEventDetail, showDetail } from './render/detail.js';
import { renderLegend, showErrorState, showMessage, showTooltip } from './render/states.js';
import { attachControls } from './timelineControls.js';
import { createEmitter } from './timelineEvents.js';
import { attachOverview } from './timelineOverview.js';
import { attachDownloads, fileNameOf, svgToPng } from './timelineExport.js';
import { layoutToSVGString } from './ssr/renderToString.js';
import { paletteFor } from './ssr/palette.js';
import { resolveDataset, resolveOptions, type TimelineOptions } from './timelineOptions.js';
import type { Timeline, TimelineEventMap, TimelineState } from './timelineTypes.js';

const DEFAULT_WIDTH = 800;

/**
 * Renders an interactive timeline into `container` and returns its handle. An invalid dataset shows
 * its problems as text inside the container (the handle still works, and `update` can fix it).
 */
export function createTimeline(container: HTMLElement, options: TimelineOptions): Timeline {
  let resolved = resolveOptions(options);
  const elements = createRoot(container);
  const { root, svg } = elements;
  const view = container.ownerDocument.defaultView;
  const listeners = new AbortController();
  let model: PreparedModel | null = null;
  let layout: Layout | null = null;
  let selection: SelectionState = NO_SELECTION;
  const selectionContext: SelectionContext = {
    has: (id) => model?.byId.has(id) ?? false,
    neighbour: (id, direction) => (model ? navigate(model, id, direction) : null),
  };
  let destroyed = false;
  let loaded = false;
  let bounds = { width: 0, left: 0, right: 0, height: 0 };
  let deepLink: { selectionChanged(id: string | null): void } | null = null;
  // Display time: real time with long empty stretches shortened (gaps.ts). The zoom works in it.
  let warp: TimeWarp = IDENTITY_WARP;
  /** Gaps the reader expanded, by real start; all of them when `fullGaps`. Both reset with a new dataset. */
  let expanded = new Set<number>();
  let fullGaps = false;

  const { emit, on, clear } = createEmitter(root, (type, detail) => {
    if (type === 'select') {
      const { id, event } = detail as TimelineEventMap['select'];
      controls.selectionChanged(event);
      deepLink?.selectionChanged(id);
    }
    if (type === 'zoom') controls.viewChanged((detail as TimelineEventMap['zoom']).userInput);
  });
  const reducedMotion = (): boolean => view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const zoom = createZoom(svg, (userInput) => {
    scheduler.schedule();
    emit('zoom', { range: currentRange(), userInput: userInput || overview.brushing });
  }, reducedMotion);
  const scheduler = createFrameScheduler(view, draw);
  /** The visible range in real time, ms. */
  const realRange = (): [number, number] => {
    const [a, b] = zoom.domain();
    return [warp.toTime(a), warp.toTime(b)];
  };
  const currentRange = (): [Date, Date] => realRange().map((t) => new Date(t)) as [Date, Date];
  /** The whole-dataset view in display time (the initial range stands in when there are no events). */
  const fitted = (current: PreparedModel): [number, number] =>
    fitDomain(current, resolved.initialRange ? [resolved.initialRange[0].getTime(), resolved.initialRange[1].getTime()] : undefined, undefined, warp);
  const limitsOf = (whole: [number, number]): ZoomLimits => zoomLimits(whole, resolved.zoomLimits);
  const measureWidth = (): number => Math.round(container.getBoundingClientRect().width || container.clientWidth || DEFAULT_WIDTH);

  /** Moves the zoom to real-time `range` (clamped) without drawing: callers that draw anyway avoid a second frame. */
  function showRange(current: PreparedModel, range: readonly [Date, Date], animate: boolean): void {
    const [a, b] = [range[0].getTime(), range[1].getTime()];
    if (!Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError('eventline: zoomTo needs two valid dates');
    showDisplayRange(current, [warp.toDisplay(a), warp.toDisplay(b)], animate);
  }

  /** {@link showRange} for a range in display time. */
  function showDisplayRange(current: PreparedModel, range: readonly [number, number], animate: boolean): void {
    zoom.zoomTo(clampDomain(range, limitsOf(fitted(current))), animate);
  }

  /**
   * Recomputes the compressed scale (new dataset, option, or a gap expanded), keeping the real range
   * in view, or the whole dataset when that was in view.
   */
  function rewarp(current: PreparedModel, keep: [number, number] | null): void {
    const minWidth = (resolved.zoomLimits?.minSpan ?? DEFAULT_MIN_SPAN) / 20;
    warp = gapWarp(current, fullGaps ? false : resolved.compressGaps ?? true, { expanded, minWidth });
    controls.gapsChanged(warp.gaps.length > 0 || expanded.size > 0 || fullGaps, fullGaps);
    // Straight to the kept range, through the new scale: listeners see one zoom, not a jump to everything and back.
    rebaseIfNeeded(measureWidth(), true, keep ? [warp.toDisplay(keep[0]), warp.toDisplay(keep[1])] : false);
  }

  /** The real range to keep across a change of scale: null when the whole dataset is in view. */
  function rangeToKeep(current: PreparedModel): [number, number] | null {
    const [a, b] = zoom.domain();
    const [w0, w1] = fitted(current);
    const whole = Math.abs(a - w0) + Math.abs(b - w1) < (w1 - w0) * 0.01;
    return whole ? null : realRange();
  }

  function expandGap(start: number): void {
    const gap = warp.gaps.find((candidate) => candidate.start === start);
    if (!model || !gap) return;
    expanded.add(start);
    rewarp(model, rangeToKeep(model));
    draw();
    controls.announce(`Expanded ${formatTimeLength(gap.start, gap.end, resolved.locale)} without events.`);
  }

  /** Keeps the zoom's base scale in step with the plot area (after a resize or a new dataset). */
  function rebaseIfNeeded(width: number, force: boolean, show: boolean | readonly [number, number] = true): void {
    if (!model) return;
    const plot = plotArea(model, width);
    if (!force && plot.left === bounds.left && plot.right === bounds.right && resolved.height === bounds.height) return;
    bounds = { width, ...plot, height: resolved.height };
    const whole = fitted(model);
    zoom.rebase(whole, limitsOf(whole), { ...plot, height: resolved.height }, show);
  }

  /** Zoom survives a new dataset only when some ids survive and the view still shows part of it. */
  function keepsView(previous: PreparedModel | null, next: PreparedModel, [a, b]: readonly [number, number]): boolean {
    if (!previous || !next.extent) return false;
    const overlaps = a < next.extent[1] && b > next.extent[0];
    return overlaps && next.dataset.events.some((event) => previous.byId.has(event.id));
  }

  function draw(): void {
    if (destroyed || !model) return;
    const width = measureWidth();
    rebaseIfNeeded(width, false);
    scheduler.cancel();
    layout = computeLayout(model, { width, height: resolved.height, domain: zoom.domain(), locale: resolved.locale, warp });
    renderFrame(elements, layout, { model, locale: resolved.locale, selected: selection.selected });
    overview.render(model, layout, fitted(model), warp, resolved.overview !== false);
    showMessage(elements.message, model.dataset.events.length === 0 ? 'No events to show.' : null);
    emit('render', { marks: layout.points.length + layout.spans.length, clusters: layout.clusters.length, labels: layout.labels.length });
  }

  const overview = attachOverview(elements.chart, (range) => {
    if (model) showDisplayRange(model, range, false);
  });

  function load(): void {
    const previous = model;
    const result = resolveDataset(resolved);
    overview.reset('issues' in result);
    root.dataset.theme = resolved.theme;
    downloads.update(resolved.download === true && !('issues' in result));
    if ('issues' in result) {
      model = null;
      svg.style.display = 'none';
      root.setAttribute('aria-label', resolved.ariaLabel ?? 'Timeline');
      renderLegend(elements.legend, []);
      showDetail(elements.detail, null);
      showErrorState(elements.message, result.issues);
      controls.datasetChanged();
      return;
    }
    svg.style.display = '';
    const keep = previous ? realRange() : null;
    model = prepareModel(result.dataset, resolved.lanes);
    root.setAttribute('aria-label', resolved.ariaLabel ?? result.dataset.title);
    svg.setAttribute('aria-label', `${result.dataset.title}: ${result.dataset.events.length} events`);
    renderLegend(elements.legend, model.categories);
    const before = selection.selected;
    selection = reduceSelection(selection, { type: 'datasetChanged' }, selectionContext);
    const lostSelection = before !== null && selection.selected === null;
    const kept = keep && keepsView(previous, model, keep) ? keep : null;
    expanded = new Set();
    fullGaps = false;
    rewarp(model, kept);
    if (resolved.initialRange && !loaded) showRange(model, resolved.initialRange, false);
    loaded = true;
    renderSelection();
    draw();
    controls.datasetChanged();
    if (lostSelection) emit('select', { id: null, event: null });
  }

  function activateCluster(cluster: Element): void {
    const mark = layout?.clusters.find((candidate) => candidate.key === cluster.getAttribute('data-cluster-key'));
    if (!mark || !model || !layout) return;
    const current = model;
    const events = mark.memberIds().map((id) => current.byId.get(id)).filter((event) => event !== undefined);
    const action = clusterAction(events, limitsOf(fitted(current)).minSpan, layout.chart.right - layout.chart.left, warp.toDisplay);
    if (action.kind === 'list') showDetail(elements.detail, buildClusterDetail(container.ownerDocument, action.events, resolved.locale));
    else {
      showDisplayRange(current, action.range, true);
      scheduler.flush();
    }
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
      const t = warp.toDisplay(event.start.getTime());
      if (t < a || t > b) showDisplayRange(model, [t - (b - a) / 2, t + (b - a) / 2], false);
    }
    draw();
    emit('select', { id, event });
    return true;
  }

  function renderSelection(): void {
    const event = selection.selected === null ? undefined : model?.byId.get(selection.selected);
    if (!event || !model) return showDetail(elements.detail, null);
    const doc = container.ownerDocument;
    showDetail(elements.detail, resolved.renderDetail ? resolved.renderDetail(event) : buildEventDetail(doc, event, model.dataset, resolved.locale));
  }

  function hover(id: string | null, byFocus: boolean): void {
    const mark = id && layout ? findEventMark(layout, id) : undefined;
    const event = id ? model?.byId.get(id) : undefined;
    if (!mark || !event || !layout) return showTooltip(elements.tooltip, null);
    const x = 'x' in mark ? mark.x : mark.x1;
    showTooltip(elements.tooltip, { title: event.title, when: formatEventWhen(event, { locale: resolved.locale }), x, y: mark.y, width: layout.width });
    if (byFocus) emit('focus', { id });
  }

  attachInput(root, svg, { select: (id) => handle.select(id), activateCluster, expandGap, hover }, listeners.signal);
  const controls = attachControls(elements, {
    svg,
    model: () => model,
    layout: () => layout,
    domain: () => zoom.domain(),
    toDisplay: (time) => warp.toDisplay(time),
    toTime: (display) => warp.toTime(display),
    minSpan: () => (model ? limitsOf(fitted(model)).minSpan : 1),
    show(range) {
      if (!model) return;
      showDisplayRange(model, range, false);
      draw();
    },
    clamp: (range) => (model ? clampDomain(range, limitsOf(fitted(model))) : range),
    layoutFor: (range) => (model ? computeLayout(model, { width: layout?.width ?? measureWidth(), height: resolved.height, domain: range, warp }) : null),
    zoom(to, centre, animate) {
      if (!model) return;
      showDisplayRange(model, zoomStep(zoom.domain(), fitted(model), to, centre), animate);
      scheduler.flush();
    },
    fullGaps(on) {
      if (!model) return;
      fullGaps = on;
      expanded = new Set();
      rewarp(model, rangeToKeep(model));
      draw();
    },
    select: (id) => handle.select(id),
    selected: () => selection.selected,
    step: (direction) => (dispatch({ type: 'step', direction }) ? selection.selected : null),
    closeSelection: () => (dispatch({ type: 'close' }) ? selection.returnFocusTo : null),
    closeList() {
      const open = selection.selected === null && !elements.detail.hidden;
      if (open) showDetail(elements.detail, null);
      return open;
    },
    activateCluster,
    locale: () => resolved.locale,
  }, listeners.signal);
  // The observer also fires once when observation starts; redraw only when the width really changed.
  const resizeObserver = view && 'ResizeObserver' in view
    ? new view.ResizeObserver(() => {
      if (measureWidth() !== layout?.width) scheduler.schedule();
    })
    : null;
  resizeObserver?.observe(container);

  /** The current chart as a standalone SVG, in the colours the reader sees. */
  function snapshot(): string | null {
    if (!model || !layout) return null;
    const dark = resolved.theme === 'dark' || (resolved.theme === 'auto' && (view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false));
    // The page's own --eventline-* values (brand colours), as the reader sees them.
    const style = view?.getComputedStyle(root);
    const palette = paletteFor(dark ? 'dark' : 'light', undefined, (name) => style?.getPropertyValue(`--eventline-${name}`) ?? '');
    return layoutToSVGString(layout, model, { palette, locale: resolved.locale });
  }
  const downloads = attachDownloads(controls.controls.bar, {
    svg: snapshot,
    fileName: () => fileNameOf(model?.dataset.title ?? 'timeline'),
  }, (message) => controls.announce(message), listeners.signal);

  const handle: Timeline = {
    update(next) {
      if (destroyed) return;
      const datasetChanged = 'dataset' in next || 'events' in next || 'sources' in next || 'lanes' in next;
      // The scale is only recomputed when what it depends on changed: a gap the reader opened stays open
      // through a theme switch, even when the caller passes every option again.
      const scaleKey = (options: TimelineOptions): string => JSON.stringify([options.compressGaps ?? true, options.zoomLimits?.minSpan ?? DEFAULT_MIN_SPAN]);
      const scaleChanged = scaleKey(resolved) !== scaleKey({ ...resolved, ...next });
      const merged: TimelineOptions = { ...resolved, ...next };
      // `dataset` and `events`/`sources` are alternatives: the one given last replaces the other.
      if (('events' in next || 'sources' in next) && !('dataset' in next)) delete merged.dataset;
      if ('dataset' in next) {
        delete merged.events;
        delete merged.sources;
      }
      resolved = resolveOptions(merged);
      if (datasetChanged) return load();
      root.dataset.theme = resolved.theme;
      downloads.update(resolved.download === true && model !== null);
      if (scaleChanged && model) {
        expanded = new Set();
        rewarp(model, rangeToKeep(model));
      } else {
        rebaseIfNeeded(measureWidth(), true);
      }
      renderSelection();
      draw();
    },
    select(id) {
      dispatch({ type: 'select', id });
    },
    zoomTo(range, zoomOptions = {}) {
      if (destroyed || !model) return;
      showRange(model, range, zoomOptions.animate ?? false);
      scheduler.flush();
    },
    fit(fitOptions = {}) {
      if (destroyed || !model) return;
      showDisplayRange(model, fitted(model), fitOptions.animate ?? false);
      scheduler.flush();
    },
    on,
    toSVG: () => snapshot() ?? '',
    toPNG(pngOptions = {}) {
      const svg = snapshot();
      if (!svg) return Promise.reject(new Error('eventline: there is no chart to export (the dataset is invalid)'));
      return svgToPng(container.ownerDocument, svg, pngOptions.scale ?? 2);
    },
    getState(): TimelineState {
      return { range: currentRange(), selected: selection.selected };
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      scheduler.cancel();
      zoom.destroy();
      overview.destroy();
      resizeObserver?.disconnect();
      listeners.abort();
      clear();
      root.remove();
    },
  };
  load();
  container.append(root);
  // After the first draw, so a linked event is revealed in a laid-out chart.
  deepLink = resolved.hash && view
    ? attachDeepLink(view, {
      show(linked) {
        // A fragment naming no event of this dataset means no selection, as the URL says.
        const id = linked !== null && model?.byId.has(linked) ? linked : null;
        handle.select(id);
        if (id !== null) controls.reveal(id);
      },
    }, listeners.signal)
    : null;
  return handle;
}
