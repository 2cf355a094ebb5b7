import { select, type Selection } from 'd3-selection';
import type { Locale } from 'date-fns';
import { describeEvent, formatDayRange } from '../layout/formatDate.js';
import type { PreparedModel } from '../layout/prepare.js';
import { countText } from '../layout/clusterCount.js';
import { shapePath } from '../layout/markShape.js';
import type { ClusterMark, Layout, PointMark, SpanMark } from '../layout/types.js';

/** What the mark joins need besides the layout. */
export interface MarkContext {
  /** The prepared model, for titles and dates. */
  model: PreparedModel;
  /** Locale for accessible dates. */
  locale: Locale;
  /** The selected event id. */
  selected: string | null;
}

/** The class that colours a category's colour slot (markShape.ts). */
export const categoryClass = (slot: number): string => (slot < 0 ? 'eventline-cat-none' : `eventline-cat-${slot}`);

function markClass(kind: 'point' | 'span', mark: PointMark | SpanMark, selected: string | null): string {
  // Concatenated, not an array filtered and joined: hundreds of marks on every frame.
  return `eventline-event eventline-${kind} ${categoryClass(mark.category)}${mark.approximate ? ' is-approximate' : ''}${mark.id === selected ? ' is-selected' : ''}`;
}

/** The accessible name of an event mark: its title and its date in words. */
export function eventName(context: MarkContext, id: string): string {
  const event = context.model.byId.get(id);
  return event ? describeEvent(event, context.locale) : id;
}

/** What every event mark gets once, when it enters: its id, its place among the roving tab stops, role and name. */
function enterEventMark<E extends SVGElement, M extends PointMark | SpanMark>(marks: Selection<E, M, SVGGElement, unknown>, context: MarkContext): Selection<E, M, SVGGElement, unknown> {
  // One pass setting every attribute of a node, instead of a pass per attribute: on a first render
  // of hundreds of marks each pass is another round of calls through not yet optimised code.
  return marks.each(function (mark) {
    this.setAttribute('data-event-id', mark.id);
    this.setAttribute('tabindex', '-1');
    this.setAttribute('role', 'button');
    this.setAttribute('aria-label', eventName(context, mark.id));
  });
}

/** What every event mark gets each frame: its classes and whether it is the selected one. */
function updateEventMark(node: SVGElement, kind: 'point' | 'span', mark: PointMark | SpanMark, selected: string | null): void {
  node.setAttribute('class', markClass(kind, mark, selected));
  node.setAttribute('aria-pressed', String(mark.id === selected));
}

/** Joins point markers (a path in their category's shape, placed by a translation), keyed by event id: unchanged events keep their nodes. */
export function renderPoints(group: SVGGElement, layout: Layout, context: MarkContext): void {
  select(group)
    .selectAll<SVGPathElement, PointMark>('path')
    .data(layout.points, (mark) => mark.id)
    .join((enter) => enterEventMark(enter.append('path'), context))
    .each(function (mark) {
      updateEventMark(this, 'point', mark, context.selected);
      if (this.getAttribute('data-shape') !== mark.shape) {
        this.setAttribute('data-shape', mark.shape);
        this.setAttribute('d', shapePath(mark.shape));
      }
      this.setAttribute('transform', `translate(${mark.x.toFixed(1)},${mark.y.toFixed(1)})`);
    });
}

/** Joins span bars, keyed by event id. */
export function renderSpans(group: SVGGElement, layout: Layout, context: MarkContext): void {
  select(group)
    .selectAll<SVGRectElement, SpanMark>('rect')
    .data(layout.spans, (mark) => mark.id)
    .join((enter) => enterEventMark(enter.append('rect').attr('rx', 3), context))
    .each(function (mark) {
      updateEventMark(this, 'span', mark, context.selected);
      this.setAttribute('x', mark.x1.toFixed(1));
      this.setAttribute('y', mark.y.toFixed(1));
      this.setAttribute('width', Math.max(1, mark.x2 - mark.x1).toFixed(1));
      this.setAttribute('height', String(mark.height));
    });
}

/** The accessible name of a cluster: how many events and when. */
function clusterName(cluster: ClusterMark, locale: Locale): string {
  return `${cluster.count} events, ${formatDayRange(cluster.start, cluster.end, locale)}`;
}

/**
 * Joins cluster marks, keyed by lane and time bucket: the pill (`rect.eventline-cluster`, which carries
 * the role, name and tab stop) and its count (a sibling text). Two nodes a cluster, not three: at
 * 10,000 events clusters are most of the DOM.
 */
export function renderClusters(group: SVGGElement, layout: Layout, context: MarkContext): void {
  const clusters = select(group);
  clusters
    .selectAll<SVGRectElement, ClusterMark>('rect.eventline-cluster')
    .data(layout.clusters, (cluster) => cluster.key)
    .join((enter) => enter.append('rect').attr('class', 'eventline-cluster').attr('rx', 8).attr('tabindex', -1).attr('role', 'button'))
    .each(function (cluster) {
      this.setAttribute('data-count', String(cluster.count));
      this.setAttribute('data-cluster-key', cluster.key);
      this.setAttribute('aria-label', clusterName(cluster, context.locale));
      this.setAttribute('x', cluster.x1.toFixed(1));
      this.setAttribute('y', cluster.y.toFixed(1));
      this.setAttribute('width', (cluster.x2 - cluster.x1).toFixed(1));
      this.setAttribute('height', String(cluster.height));
    });
  clusters
    .selectAll<SVGTextElement, ClusterMark>('text.eventline-cluster-count')
    .data(layout.clusters, (cluster) => cluster.key)
    .join((enter) => enter.append('text').attr('class', 'eventline-cluster-count').attr('text-anchor', 'middle').attr('aria-hidden', 'true'))
    .each(function (cluster) {
      this.setAttribute('x', ((cluster.x1 + cluster.x2) / 2).toFixed(1));
      this.setAttribute('y', (cluster.y + cluster.height - 4).toFixed(1));
      this.textContent = countText(cluster.count, cluster.x2 - cluster.x1);
    });
}
