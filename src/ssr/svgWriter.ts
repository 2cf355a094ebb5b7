/**
 * Writes a computed layout of the chart as a standalone SVG string without a DOM (writeSVG.ts is the
 * door to it). Colours come from the stylesheet's theme values and are written as attributes, so the
 * file needs no CSS.
 */
import type { Locale } from 'date-fns';
import { countText } from '../layout/clusterCount.js';
import { shapePath } from '../layout/markShape.js';
import { formatDayRange } from '../layout/formatDate.js';
import { METRICS } from '../layout/metrics.js';
import type { PreparedModel } from '../layout/prepare.js';
import type { Layout } from '../layout/types.js';
import type { Palette } from './palette.js';
import { escapeXml, n, tag } from './xml.js';

/**
 * Writes `layout` (of `model`) as a standalone SVG document: lanes, eras, shortened gaps, spans,
 * markers, clusters, labels and the axis, in `palette`'s colours, dates in `locale`. Text from data
 * is escaped. The caller picks both (so the writer carries neither the stylesheet nor a locale).
 */
export function layoutToSVGString(layout: Layout, model: PreparedModel, options: { locale: Locale; palette: Palette }): string {
  const colours = options.palette;
  const colour = (name: string): string => colours[name] ?? '#000';
  const category = (slot: number): string => colour(slot < 0 ? 'category-none' : `category-${slot}`);
  // No page to take a font from: the fonts whose widths the layout's table has.
  const font = colours.font ?? 'Helvetica, Arial, "Liberation Sans", sans-serif';
  const { chart } = layout;
  const parts: string[] = [];
  // The asked-for height exactly, and the background covers all of it (no strip under a dark chart).
  const height = Math.round(layout.height);
  const title = model.dataset.title;
  const [from, to] = layout.range;
  const span = formatDayRange(from, to, options.locale);
  parts.push(tag('title', {}, escapeXml(title)));
  parts.push(tag('desc', {}, escapeXml(`${model.dataset.events.length} events; this view shows ${span}.`)));
  parts.push(tag('rect', { width: layout.width, height, fill: colour('bg') }));
  for (const lane of layout.lanes) {
    parts.push(tag('line', { x1: chart.left, x2: chart.right, y1: lane.y, y2: lane.y, stroke: colour('rule') }));
    parts.push(tag('text', { x: lane.x, y: lane.nameY, fill: colour('muted'), 'font-size': METRICS.laneNameFont, 'font-weight': 700 }, escapeXml(lane.label)));
  }
  const labelOf = new Map(layout.labels.map((label) => [`${label.kind}:${label.id}`, label]));
  for (const era of layout.eras) {
    parts.push(tag('rect', { x: era.x1, y: era.y, width: era.x2 - era.x1, height: era.height, fill: colour('era') }));
    const label = labelOf.get(`era:${era.id}`);
    if (label) parts.push(tag('text', { x: label.x, y: label.y, fill: colour('era-fg'), 'font-size': METRICS.smallFont, 'font-style': 'italic', 'text-anchor': label.anchor }, escapeXml(label.text)));
  }
  const bg = colour('bg');
  const approximate = (yes: boolean, fill: string): Record<string, string | number | undefined> =>
    yes ? { 'fill-opacity': 0.3, stroke: fill, 'stroke-dasharray': '3 2', 'stroke-width': 1.5 } : { stroke: bg, 'stroke-width': 1.5 };
  for (const bar of layout.spans) {
    const fill = category(bar.category);
    parts.push(tag('rect', { x: bar.x1, y: bar.y, width: Math.max(1, bar.x2 - bar.x1), height: bar.height, rx: 3, fill, ...(bar.approximate ? approximate(true, fill) : { 'fill-opacity': 0.85 }) }));
  }
  for (const point of layout.points) {
    const fill = category(point.category);
    parts.push(tag('path', { d: shapePath(point.shape), transform: `translate(${n(point.x)},${n(point.y)})`, fill, ...approximate(point.approximate, fill) }));
  }
  for (const cluster of layout.clusters) {
    parts.push(tag('rect', { x: cluster.x1, y: cluster.y, width: cluster.x2 - cluster.x1, height: cluster.height, rx: 8, fill: colour('cluster-bg') }));
    parts.push(tag('text', { x: (cluster.x1 + cluster.x2) / 2, y: cluster.y + cluster.height - 4, 'text-anchor': 'middle', fill: colour('cluster-fg'), 'font-size': 11, 'font-weight': 700 }, countText(cluster.count, cluster.x2 - cluster.x1)));
  }
  for (const label of layout.labels) {
    if (label.kind === 'era') continue;
    const size = label.kind === 'point' ? METRICS.labelFont : METRICS.smallFont;
    const lines = label.lines.length === 1
      ? escapeXml(label.text)
      : label.lines.map((line, index) => tag('tspan', { x: label.x, dy: index > 0 ? label.lineHeight : undefined }, escapeXml(line))).join('');
    parts.push(tag('text', { x: label.x, y: label.y, 'text-anchor': label.anchor, fill: colour('fg'), 'font-size': size, 'font-weight': label.strong ? 700 : undefined }, lines));
  }
  const axis = [tag('line', { x1: chart.left, x2: chart.right, y1: 0, y2: 0, stroke: colour('axis') })];
  for (const stretch of layout.axis.stretches) axis.push(tag('line', { x1: stretch.x1, x2: stretch.x2, y1: 0, y2: 0, stroke: colour('accent'), 'stroke-opacity': 0.3, 'stroke-width': 6 }));
  for (const tick of layout.axis.minor) {
    axis.push(tag('line', { x1: tick.x, x2: tick.x, y1: 0, y2: 5, stroke: colour('axis') }));
    axis.push(tag('text', { x: tick.x, y: 17, 'text-anchor': 'middle', fill: colour('axis'), 'font-size': 11 }, escapeXml(tick.label)));
  }
  for (const tick of layout.axis.major) axis.push(tag('text', { x: tick.x, y: 33, fill: colour('fg'), 'font-size': 11, 'font-weight': 700 }, escapeXml(tick.label)));
  for (const mark of layout.breaks) {
    axis.push(tag('rect', { x: mark.x1, y: -4, width: mark.x2 - mark.x1, height: 8, fill: bg }));
    axis.push(tag('path', { d: `M${n(mark.x1)},5L${n(mark.x1 + 4)},-5M${n(mark.x2 - 4)},5L${n(mark.x2)},-5`, fill: 'none', stroke: colour('axis'), 'stroke-width': 1.5 }));
    if (mark.showLength) axis.push(tag('text', { x: (mark.x1 + mark.x2) / 2, y: 17, 'text-anchor': 'middle', fill: colour('muted'), 'font-size': 11, 'font-style': 'italic' }, escapeXml(mark.short)));
  }
  parts.push(tag('g', { transform: `translate(0,${n(layout.axis.y)})` }, axis.join('')));
  return tag('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width: layout.width, height, viewBox: `0 0 ${layout.width} ${height}`,
    role: 'img', 'aria-label': title, 'font-family': font,
  }, parts.join(''));
}
