const SVG_NS = 'http://www.w3.org/2000/svg';

/** The elements a timeline renders into, created once per timeline. */
export interface RootElements {
  /** `.eventline`: the root, with role and accessible name. */
  root: HTMLDivElement;
  /** Wraps the SVG; positioned, so the tooltip can sit over it. */
  chart: HTMLDivElement;
  /** The chart SVG. */
  svg: SVGSVGElement;
  /** Layers in paint order. */
  layers: { lanes: SVGGElement; eras: SVGGElement; plot: SVGGElement; axis: SVGGElement };
  /** Inside `plot`, clipped to the chart area. */
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

function svgElement<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, className?: string): SVGElementTagNameMap[K] {
  const element = doc.createElementNS(SVG_NS, tag);
  if (className) element.setAttribute('class', className);
  return element;
}

function htmlElement<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  element.className = className;
  return element;
}

/**
 * Builds the timeline's skeleton for `container`, using the container's own document (no globals). The
 * caller attaches `root`: drawing the first frame into a detached tree skips a style invalidation per
 * attribute written.
 */
export function createRoot(container: HTMLElement): RootElements {
  const doc = container.ownerDocument;
  const root = htmlElement(doc, 'div', 'eventline');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-roledescription', 'timeline');
  const chart = htmlElement(doc, 'div', 'eventline-chart');
  const svg = svgElement(doc, 'svg', 'eventline-svg');
  svg.setAttribute('role', 'group');
  // Chromium would otherwise give the SVG root its own tab stop; the chart's one stop is its roving mark.
  svg.setAttribute('tabindex', '-1');
  const clipId = `eventline-clip-${++clipCounter}`;
  const defs = svgElement(doc, 'defs');
  const clip = svgElement(doc, 'clipPath');
  clip.id = clipId;
  const clipRect = svgElement(doc, 'rect');
  clip.append(clipRect);
  defs.append(clip);
  const lanes = svgElement(doc, 'g', 'eventline-lanes');
  const eras = svgElement(doc, 'g', 'eventline-eras');
  const plot = svgElement(doc, 'g', 'eventline-plot');
  plot.setAttribute('clip-path', `url(#${clipId})`);
  const axis = svgElement(doc, 'g', 'eventline-axis');
  axis.setAttribute('aria-hidden', 'true');
  const marks = {
    spans: svgElement(doc, 'g', 'eventline-spans'),
    points: svgElement(doc, 'g', 'eventline-points'),
    clusters: svgElement(doc, 'g', 'eventline-clusters'),
    labels: svgElement(doc, 'g', 'eventline-labels'),
  };
  marks.labels.setAttribute('aria-hidden', 'true');
  plot.append(marks.spans, marks.points, marks.clusters, marks.labels);
  svg.append(defs, lanes, eras, plot, axis);
  const tooltip = htmlElement(doc, 'div', 'eventline-tooltip');
  tooltip.setAttribute('role', 'tooltip');
  tooltip.id = `${clipId}-tooltip`;
  tooltip.hidden = true;
  const message = htmlElement(doc, 'div', 'eventline-message');
  message.hidden = true;
  chart.append(svg, tooltip, message);
  const legend = htmlElement(doc, 'div', 'eventline-legend');
  const detail = htmlElement(doc, 'section', 'eventline-detail');
  detail.setAttribute('aria-label', 'Event details');
  detail.hidden = true;
  const live = htmlElement(doc, 'div', 'eventline-live');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  root.append(chart, legend, detail, live);
  return { root, chart, svg, layers: { lanes, eras, plot, axis }, marks, clipRect, tooltip, message, legend, detail, live };
}
