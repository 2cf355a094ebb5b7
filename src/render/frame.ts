import { select } from 'd3-selection';
import type { Layout } from '../layout/types.js';
import type { TimelineEvent } from '../types.js';
import { renderAxis } from './axis.js';
import { renderEras, renderLanes } from './backdrop.js';
import { renderLabels } from './labels.js';
import { eventOption, type MarkContext, renderClusters, renderPoints, renderSpans } from './marks.js';
import type { RootElements } from './root.js';
import { setAttributes } from './svgElement.js';

/**
 * Draws one layout: every layer is a keyed join, so calling this again only enters, updates and
 * exits what changed. Keeps exactly one mark in the tab order (the focused one, else the selected
 * one, else the first), and the listbox's options in time order.
 */
export function renderFrame(elements: RootElements, layout: Layout, context: MarkContext): void {
  const { svg, clipRect, layers, marks } = elements;
  const height = Math.round(layout.height);
  setAttributes(svg, { width: layout.width, height, viewBox: `0 0 ${layout.width} ${height}` });
  // The clip reaches into the right margin so a cluster mark at the last instant is not cut in half.
  setAttributes(clipRect, { x: layout.chart.left, y: 0, width: Math.max(0, layout.width - layout.chart.left), height: Math.round(layout.chart.bottom) });
  renderLanes(layers.lanes, layout);
  renderEras(layers.eras, layout, (band, id) => eventOption(band, id, context), context.selected);
  renderSpans(marks.spans, layout, context);
  renderPoints(marks.points, layout, context);
  renderClusters(marks.clusters, layout, context);
  renderLabels(marks.labels, layout, context.selected);
  renderAxis(layers.axis, layout);
  // Marks are drawn in layers (eras, bars, points, clusters); their positions put them in time order.
  const position = (option: Element): number => Number(option.getAttribute('aria-posinset'));
  const focusable = [...svg.querySelectorAll(FOCUSABLE)].sort((a, b) => position(a) - position(b));
  // Inside a shadow root (the custom element) the document only knows the host is focused.
  const active = (svg.getRootNode() as Document | ShadowRoot).activeElement;
  const keeper = focusable.find((element) => element === active) ?? (context.selected ? eventMarkElement(svg, context.selected) : null) ?? focusable[0];
  if (keeper) setRovingStop(svg, keeper, focusable);
  // The listbox owns them in that order, so a screen reader's virtual cursor reads them in time order.
  optionOrder.set(svg, focusable);
  const owns = focusable.map((element) => element.id).join(' ');
  if (svg.getAttribute('aria-owns') !== owns) svg.setAttribute('aria-owns', owns);
}

/** The focusable mark of event `id` (point, bar or era band), if it is drawn on its own. Ids are slugs, safe in a selector. */
export function eventMarkElement(svg: SVGSVGElement, id: string): Element | null {
  return svg.querySelector(`.eventline-event[data-event-id="${id}"]`);
}

/**
 * The mark drawing `event` in `layout`: its own (point, bar or era band), or the cluster holding it;
 * null when it is not drawn.
 */
export function markOf(svg: SVGSVGElement, layout: Layout | null, event: TimelineEvent): Element | null {
  const own = eventMarkElement(svg, event.id);
  // A cluster's time range bounds its events' starts: only clusters that can hold the event build
  // their member lists, which at full zoom may be long.
  const time = event.start.getTime();
  const cluster = own ? undefined : layout?.clusters.find((candidate) => candidate.start <= time && candidate.end >= time && candidate.memberIds().includes(event.id));
  // Compared, not put in a selector: the key holds the lane's name, text from the data.
  for (const element of cluster ? svg.querySelectorAll('.eventline-cluster') : []) if (element.getAttribute('data-cluster-key') === cluster!.key) return element;
  return own;
}

/** The options of each chart's listbox as drawn, in the order it owns them (time order): the order the arrow keys go in. */
export const optionOrder = new WeakMap<SVGSVGElement, Element[]>();

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
