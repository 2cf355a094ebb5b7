import { HELP_HINT } from '../interact/keymap.js';
import { el } from './detail.js';
import { setAttributes, svgElement } from './svgElement.js';

/** The elements a timeline renders into, created once per timeline. */
export interface RootElements {
  /** `.eventline`: the root, with role and accessible name. */
  root: HTMLDivElement;
  /** Wraps the SVG; positioned, so the tooltip can sit over it. */
  chart: HTMLDivElement;
  /** The chart SVG. */
  svg: SVGSVGElement;
  /** The backdrop and axis layers, in paint order (the marks' clipped `.eventline-plot` lies between eras and axis). */
  layers: { lanes: SVGGElement; eras: SVGGElement; axis: SVGGElement };
  /** Inside `.eventline-plot`, clipped to the chart area. */
  marks: { spans: SVGGElement; points: SVGGElement; clusters: SVGGElement; labels: SVGGElement };
  /** The clip rectangle of the plot area. */
  clipRect: SVGRectElement;
  /** `.eventline-tooltip`. */
  tooltip: HTMLDivElement;
  /** Empty and error states. */
  message: HTMLDivElement;
  /** `.eventline-legend`. */
  legend: HTMLDivElement;
  /** `.eventline-detail`. */
  detail: HTMLElement;
  /** `.eventline-live`: the polite live region every part announces through. */
  live: HTMLDivElement;
}

let clipCounter = 0;

/**
 * Builds the timeline's skeleton for `container`, using the container's own document (no globals). The
 * caller attaches `root`: drawing the first frame into a detached tree skips a style invalidation per
 * attribute written.
 */
export function createRoot(container: HTMLElement): RootElements {
  const doc = container.ownerDocument;
  const root = el(doc, 'div', 'eventline');
  setAttributes(root, { role: 'region', 'aria-roledescription': 'timeline' });
  const chart = el(doc, 'div', 'eventline-chart');
  // A listbox of the events in time order (docs/accessibility.md): one tab stop, arrow keys between
  // them. Without tabindex -1 Chromium would give the SVG root its own tab stop besides the roving mark.
  const svg = svgElement(doc, 'svg', { class: 'eventline-svg', role: 'listbox', 'aria-orientation': 'horizontal', 'aria-description': HELP_HINT, tabindex: -1 });
  const clipId = `eventline-clip-${++clipCounter}`;
  const clipRect = svgElement(doc, 'rect');
  const clip = svgElement(doc, 'clipPath', { id: clipId });
  clip.append(clipRect);
  const defs = svgElement(doc, 'defs');
  defs.append(clip);
  // Drawn, not read: each option's description says its lane, and its name its date.
  const hidden = { 'aria-hidden': 'true' };
  const lanes = svgElement(doc, 'g', { class: 'eventline-lanes', ...hidden });
  const eras = svgElement(doc, 'g', { class: 'eventline-eras' });
  const plot = svgElement(doc, 'g', { class: 'eventline-plot', 'clip-path': `url(#${clipId})` });
  const axis = svgElement(doc, 'g', { class: 'eventline-axis', ...hidden });
  const marks = {
    spans: svgElement(doc, 'g', { class: 'eventline-spans' }),
    points: svgElement(doc, 'g', { class: 'eventline-points' }),
    clusters: svgElement(doc, 'g', { class: 'eventline-clusters' }),
    labels: svgElement(doc, 'g', { class: 'eventline-labels', ...hidden }),
  };
  plot.append(marks.spans, marks.points, marks.clusters, marks.labels);
  svg.append(defs, lanes, eras, plot, axis);
  const tooltip = el(doc, 'div', 'eventline-tooltip');
  // It repeats the focused mark's name.
  tooltip.setAttribute('aria-hidden', 'true');
  const message = el(doc, 'div', 'eventline-message');
  tooltip.hidden = message.hidden = true;
  chart.append(svg, tooltip, message);
  const legend = el(doc, 'div', 'eventline-legend');
  const detail = el(doc, 'section', 'eventline-detail');
  detail.setAttribute('aria-label', 'Event details');
  detail.hidden = true;
  const live = el(doc, 'div', 'eventline-live');
  setAttributes(live, { 'aria-live': 'polite', 'aria-atomic': 'true' });
  // The details right after the chart: the next thing a screen reader's cursor reads, and Tab reaches.
  root.append(chart, detail, legend, live);
  return { root, chart, svg, layers: { lanes, eras, axis }, marks, clipRect, tooltip, message, legend, detail, live };
}
