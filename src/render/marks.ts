import { select, type Selection } from 'd3-selection';
import type { Locale } from 'date-fns';
import { positionOf } from '../interact/navigate.js';
import { describeEvent, formatDayRange } from '../layout/formatDate.js';
import { laneAndCategory } from '../layout/lanes.js';
import type { PreparedModel } from '../layout/prepare.js';
import { firstIndexWhere } from '../model/sortedIndex.js';
import { countText } from '../layout/clusterCount.js';
import { shapePath } from '../layout/markShape.js';
import type { ClusterMark, Layout, PointMark, SpanMark } from '../layout/types.js';
import { setAttributes } from './svgElement.js';

/** What the mark joins need besides the layout. */
export interface MarkContext {
  /** The prepared model, for titles and dates. */
  model: PreparedModel;
  /** Locale for accessible dates. */
  locale: Locale;
  /** The selected event id. */
  selected: string | null;
}

/** A coordinate as an SVG attribute: one decimal. */
export const px = (value: number): string => value.toFixed(1);
/** The class that colours a category's colour slot (markShape.ts). */
export const categoryClass = (slot: number): string => (slot < 0 ? 'eventline-cat-none' : `eventline-cat-${slot}`);

function markClass(kind: 'point' | 'span', mark: PointMark | SpanMark, selected: string | null): string {
  // Concatenated, not an array filtered and joined: hundreds of marks on every frame.
  return `eventline-event eventline-${kind} ${categoryClass(mark.category)}${mark.approximate ? ' is-approximate' : ''}${mark.id === selected ? ' is-selected' : ''}`;
}

/**
 * The model (by number) and locale each mark was named for: a new dataset or locale names them again
 * (titles, positions and dates change). A number, not the model: a destroyed chart's elements must not
 * keep its data.
 */
const namedFor = new WeakMap<Element, string>();
const modelNumbers = new WeakMap<PreparedModel, number>();
let optionCounter = 0;

/**
 * Makes `node` an option of the chart's listbox for event `id`: its name (title and date), its lane
 * and category as the description, its place in time order of all events, and whether it is the
 * selected one. Only changes are written: this runs on every frame.
 */
export function eventOption(node: Element, id: string, context: MarkContext): void {
  const { model } = context;
  // Explicit on every option: without it Chromium takes the focused option for the selected one.
  const selected = String(id === context.selected);
  if (node.getAttribute('aria-selected') !== selected) node.setAttribute('aria-selected', selected);
  let number = modelNumbers.get(model);
  if (number === undefined) modelNumbers.set(model, (number = ++optionCounter));
  // A new locale says the dates anew.
  const named = `${number} ${context.locale.code}`;
  if (namedFor.get(node) === named) return;
  namedFor.set(node, named);
  // Every mark is drawn from an event of the model.
  const event = model.byId.get(id)!;
  const position = positionOf(model.dataset.events, event);
  node.id ||= `eventline-option-${++optionCounter}`;
  setAttributes(node, {
    role: 'option',
    'aria-label': describeEvent(event, context.locale),
    'aria-description': laneAndCategory(event),
    'aria-posinset': position + 1,
    'aria-setsize': model.dataset.events.length,
  });
}

/** What every event mark gets once, when it enters: its id and its place among the roving tab stops. */
function enterEventMark<E extends SVGElement, M extends PointMark | SpanMark>(marks: Selection<E, M, SVGGElement, unknown>): Selection<E, M, SVGGElement, unknown> {
  // One pass setting every attribute of a node, instead of a pass per attribute: on a first render
  // of hundreds of marks each pass is another round of calls through not yet optimised code.
  return marks.each(function (mark) {
    setAttributes(this, { 'data-event-id': mark.id, tabindex: -1 });
  });
}

/** What every event mark gets each frame: its classes and its option's state. */
function updateEventMark(node: SVGElement, kind: 'point' | 'span', mark: PointMark | SpanMark, context: MarkContext): void {
  node.setAttribute('class', markClass(kind, mark, context.selected));
  eventOption(node, mark.id, context);
}

/** Joins point markers (a path in their category's shape, placed by a translation), keyed by event id: unchanged events keep their nodes. */
export function renderPoints(group: SVGGElement, layout: Layout, context: MarkContext): void {
  select(group)
    .selectAll<SVGPathElement, PointMark>('path')
    .data(layout.points, (mark) => mark.id)
    .join((enter) => enterEventMark(enter.append('path')))
    .each(function (mark) {
      updateEventMark(this, 'point', mark, context);
      if (this.getAttribute('data-shape') !== mark.shape) {
        this.setAttribute('data-shape', mark.shape);
        this.setAttribute('d', shapePath(mark.shape));
      }
      this.setAttribute('transform', `translate(${px(mark.x)},${px(mark.y)})`);
    });
}

/** Joins span bars, keyed by event id. */
export function renderSpans(group: SVGGElement, layout: Layout, context: MarkContext): void {
  select(group)
    .selectAll<SVGRectElement, SpanMark>('rect')
    .data(layout.spans, (mark) => mark.id)
    .join((enter) => enterEventMark(enter.append('rect').attr('rx', 3)))
    .each(function (mark) {
      updateEventMark(this, 'span', mark, context);
      setAttributes(this, { x: px(mark.x1), y: px(mark.y), width: px(Math.max(1, mark.x2 - mark.x1)), height: mark.height });
    });
}

/**
 * Joins cluster marks, keyed by lane and time bucket: the pill (`rect.eventline-cluster`, which carries
 * the role, name and tab stop) and its count (a sibling text). Two nodes a cluster, not three: at
 * 10,000 events clusters are most of the DOM. A cluster is an option of the chart's listbox, at the
 * position in time order where its first event starts.
 */
export function renderClusters(group: SVGGElement, layout: Layout, context: MarkContext): void {
  const clusters = select(group);
  const { events } = context.model.dataset;
  clusters
    .selectAll<SVGRectElement, ClusterMark>('rect.eventline-cluster')
    .data(layout.clusters, (cluster) => cluster.key)
    .join((enter) => enter.append('rect').each(function () {
      setAttributes(this, { class: 'eventline-cluster', rx: 8, tabindex: -1, role: 'option', 'aria-selected': 'false', id: `eventline-option-${++optionCounter}` });
    }))
    .each(function (cluster) {
      // The key is the lane's name and the time bucket (computeLayout.ts); a lane's name may hold a colon.
      const lane = cluster.key.slice(0, cluster.key.lastIndexOf(':'));
      // Its position is its first event's: the first of its lane from its start on.
      let position = firstIndexWhere(0, events.length, (index) => events[index]!.start.getTime() >= cluster.start);
      while (position < events.length && (events[position]!.era || context.model.laneOf(events[position]!) !== lane)) position++;
      setAttributes(this, {
        'data-count': cluster.count,
        'data-cluster-key': cluster.key,
        // How many events, in which lane, and when (which ones: its description, once the keyboard is on it).
        'aria-label': `${cluster.count} events in ${lane}, ${formatDayRange(cluster.start, cluster.end, context.locale)}`,
        'aria-posinset': position + 1,
        'aria-setsize': events.length,
        x: px(cluster.x1),
        y: px(cluster.y),
        width: px(cluster.x2 - cluster.x1),
        height: cluster.height,
      });
    });
  clusters
    .selectAll<SVGTextElement, ClusterMark>('text.eventline-cluster-count')
    .data(layout.clusters, (cluster) => cluster.key)
    .join((enter) => enter.append('text').attr('class', 'eventline-cluster-count').attr('text-anchor', 'middle').attr('aria-hidden', 'true'))
    .each(function (cluster) {
      setAttributes(this, { x: px((cluster.x1 + cluster.x2) / 2), y: px(cluster.y + cluster.height - 4) });
      this.textContent = countText(cluster.count, cluster.x2 - cluster.x1);
    });
}
