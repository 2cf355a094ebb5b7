import { createFrameScheduler } from './interact/scheduler.js';
import { clusterAction } from './interact/clusterAction.js';
import { attachDeepLink } from './interact/deepLink.js';
import { navigate } from './interact/navigate.js';
import { attachInput } from './interact/pointer.js';
import { NO_SELECTION, reduceSelection, type SelectionAction, type SelectionContext, type SelectionState } from './interact/selection.js';
import { createZoom } from './interact/zoom.js';
import { computeLayout } from './layout/computeLayout.js';
import { findEventMark } from './layout/findMark.js';
import { formatEventWhen, formatTimeLength } from './layout/formatDate.js';
import { prepareModel, type PreparedModel } from './layout/prepare.js';
import { clampDomain, zoomStep } from './layout/scale.js';
import type { Layout } from './layout/types.js';
import { createRoot } from './render/root.js';
import { releaseFrame, renderFrame } from './render/frame.js';
import { buildClusterDetail, buildEventDetail, showDetail } from './render/detail.js';
import { renderLegend, showErrorState, showMessage, showTooltip } from './render/states.js';
import { attachControls } from './timelineControls.js';
import { createEmitter } from './timelineEvents.js';
import { attachOverview } from './timelineOverview.js';
import { createTimelineView, scaleKey } from './timelineView.js';
import { attachDownloads, fileNameOf, svgToPng } from './timelineExport.js';
import { layoutToSVGString } from './ssr/svgWriter.js';
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
  let deepLink: { selectionChanged(id: string | null): void } | null = null;

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
  const measureWidth = (): number => Math.round(container.getBoundingClientRect().width || container.clientWidth || DEFAULT_WIDTH);
  // Display time: real time with long empty stretches shortened. The zoom works in it (timelineView.ts).
  const scale = createTimelineView(zoom, { options: () => resolved, width: measureWidth, gapsChanged: (available, full) => controls.gapsChanged(available, full) });
  const currentRange = (): [Date, Date] => scale.realRange().map((t) => new Date(t)) as [Date, Date];

  function expandGap(start: number): void {
    const gap = model ? scale.expandGap(model, start) : null;
    if (!gap) return;
    draw();
    controls.announce(`Expanded ${formatTimeLength(gap.start, gap.end, resolved.locale)} without events.`);
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
    scale.rebase(model, width, false);
    scheduler.cancel();
    layout = computeLayout(model, { width, height: resolved.height, domain: zoom.domain(), locale: resolved.locale, warp: scale.warp });
    renderFrame(elements, layout, { model, locale: resolved.locale, selected: selection.selected });
    overview.render(model, layout, scale.fitted(model), scale.warp, resolved.overview !== false);
    showMessage(elements.message, model.dataset.events.length === 0 ? 'No events to show.' : null);
    emit('render', { marks: layout.points.length + layout.spans.length, clusters: layout.clusters.length, labels: layout.labels.length });
  }

  const overview = attachOverview(elements.chart, (range) => {
    if (model) scale.showDisplayRange(model, range, false);
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
    const keep = previous ? scale.realRange() : null;
    model = prepareModel(result.dataset, resolved.lanes);
    root.setAttribute('aria-label', resolved.ariaLabel ?? result.dataset.title);
    svg.setAttribute('aria-label', `${result.dataset.title}: ${result.dataset.events.length} events`);
    renderLegend(elements.legend, model.categories);
    const before = selection.selected;
    selection = reduceSelection(selection, { type: 'datasetChanged' }, selectionContext);
    const lostSelection = before !== null && selection.selected === null;
    const kept = keep && keepsView(previous, model, keep) ? keep : null;
    scale.rewarp(model, kept, true);
    if (resolved.initialRange && !loaded) scale.showRange(model, resolved.initialRange, false);
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
    const action = clusterAction(events, scale.limits(current).minSpan, layout.chart.right - layout.chart.left, scale.warp.toDisplay);
    if (action.kind === 'list') showDetail(elements.detail, buildClusterDetail(container.ownerDocument, action.events, resolved.locale));
    else {
      scale.showDisplayRange(current, action.range, true);
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
      const t = scale.warp.toDisplay(event.start.getTime());
      if (t < a || t > b) scale.showDisplayRange(model, [t - (b - a) / 2, t + (b - a) / 2], false);
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
    toDisplay: (time) => scale.warp.toDisplay(time),
    toTime: (display) => scale.warp.toTime(display),
    minSpan: () => (model ? scale.limits(model).minSpan : 1),
    show(range) {
      if (!model) return;
      scale.showDisplayRange(model, range, false);
      draw();
    },
    clamp: (range) => (model ? clampDomain(range, scale.limits(model)) : range),
    layoutFor: (range) => (model ? computeLayout(model, { width: layout?.width ?? measureWidth(), height: resolved.height, domain: range, warp: scale.warp }) : null),
    zoom(to, centre, animate) {
      if (!model) return;
      scale.showDisplayRange(model, zoomStep(zoom.domain(), scale.fitted(model), to, centre), animate);
      scheduler.flush();
    },
    fullGaps(on) {
      if (!model) return;
      scale.setFullGaps(model, on);
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
      const merged: TimelineOptions = { ...resolved, ...next };
      // A gap the reader opened stays open through a theme switch: the scale is redone only when its inputs change.
      const scaleChanged = scaleKey(resolved) !== scaleKey(merged);
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
        scale.rewarp(model, scale.rangeToKeep(model), true);
      } else if (model) {
        scale.rebase(model, measureWidth(), true);
      }
      renderSelection();
      draw();
    },
    select(id) {
      dispatch({ type: 'select', id });
    },
    zoomTo(range, zoomOptions = {}) {
      if (destroyed || !model) return;
      scale.showRange(model, range, zoomOptions.animate ?? false);
      scheduler.flush();
    },
    fit(fitOptions = {}) {
      if (destroyed || !model) return;
      scale.showDisplayRange(model, scale.fitted(model), fitOptions.animate ?? false);
      scheduler.flush();
    },
    on,
    toSVG: () => snapshot() ?? '',
    toPNG(pngOptions = {}) {
      let svg: string | null;
      try {
        svg = snapshot();
      } catch (error) {
        // The one-tag script without its export add-on: the promise says what to load.
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
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
      // A handle an app keeps after destroy() must not keep the chart: the parsed events, the layout
      // and the dataset it was given (100,000 events are tens of MB). It still reaches the chart's
      // elements, so the marks bound to them are unbound.
      releaseFrame(root);
      model = null;
      layout = null;
      resolved = { ...resolved };
      delete resolved.dataset;
      delete resolved.events;
      delete resolved.sources;
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
