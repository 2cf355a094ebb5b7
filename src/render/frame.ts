import { select } from 'd3-selection';
import type { Layout } from '../layout/types.js';
import { renderAxis } from './axis.js';
import { renderEras, renderLanes } from './backdrop.js';
import { renderLabels } from './labels.js';
import { eventName, type MarkContext, renderClusters, renderPoints, renderSpans } from './marks.js';
import type { RootElements } from './root.js';

/**
 * Draws one layout: every layer is a keyed join, so calling this again only enters, updates and
 * exits what changed. Keeps exactly one mark in the tab order (the selected one, else the first).
 */
export function renderFrame(elements: RootElements, layout: Layout, context: MarkContext): void {
  const { svg, clipRect, layers, marks } = elements;
  svg.setAttribute('width', String(layout.width));
  svg.setAttribute('height', String(Math.round(layout.height)));
  svg.setAttribute('viewBox', `0 0 ${layout.width} ${Math.round(layout.height)}`);
  clipRect.setAttribute('x', String(layout.chart.left));
  clipRect.setAttribute('y', '0');
  // The clip reaches into the right margin so a cluster mark at the last instant is not cut in half.
  clipRect.setAttribute('width', String(Math.max(0, layout.width - layout.chart.left)));
  clipRect.setAttribute('height', String(Math.round(layout.chart.bottom)));
  renderLanes(layers.lanes, layout);
  renderEras(layers.eras, layout, (id) => eventName(context, id), context.selected);
  renderSpans(marks.spans, layout, context);
  renderPoints(marks.points, layout, context);
  renderClusters(marks.clusters, layout, context);
  renderLabels(marks.labels, layout, context.selected);
  renderAxis(layers.axis, layout);
  const focusable = svg.querySelectorAll(FOCUSABLE);
  // Inside a shadow root (the custom element) the document only knows the host is focused.
  const active = (svg.getRootNode() as Document | ShadowRoot).activeElement;
  let keeper: Element | null = null;
  for (const element of focusable) if (element === active) keeper = element;
  keeper ??= context.selected ? eventMarkElement(svg, context.selected) : null;
  keeper ??= focusable[0] ?? null;
  if (keeper) setRovingStop(svg, keeper, focusable);
}

/** The focusable mark of event `id` (point, bar or era band), if it is drawn on its own. Ids are slugs, safe in a selector. */
export function eventMarkElement(svg: SVGSVGElement, id: string): Element | null {
  return svg.querySelector(`.eventline-event[data-event-id="${id}"]`);
}

/** Everything in the chart that takes keyboard focus: event marks (points, spans, eras) and clusters. */
const FOCUSABLE = '.eventline-event, .eventline-cluster';

/**
 * Makes `keeper` the chart's one tab stop (roving tabindex): `tabindex="0"` on it, `-1` on every other
 * mark. Only changes are written: an attribute write, even of the same value, invalidates style.
 */
export function setRovingStop(svg: SVGSVGElement, keeper: Element, focusable: Iterable<Element> = svg.querySelectorAll(FOCUSABLE)): void {
  for (const element of focusable) {
    const tabIndex = element === keeper ? '0' : '-1';
    if (element.getAttribute('tabindex') !== tabIndex) element.setAttribute('tabindex', tabIndex);
  }
}

/**
 * Unbinds the data the joins left on the chart's elements, so that a destroyed chart (whose
 * elements the handle still reaches) keeps no marks, and through them no events.
 */
export function releaseFrame(root: Element): void {
  select(root).selectAll('*').datum(null);
}
