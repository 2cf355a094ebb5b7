import type { AxisTicks } from './ticks.js';

/** A lane band. */
export interface LaneBox {
  /** The lane name (`group`). */
  name: string;
  /** The name as shown in the gutter (truncated to fit). */
  label: string;
  /** Top of the band. */
  y: number;
  /** Height of the band. */
  height: number;
}

/** A point event's marker. */
export interface PointMark {
  /** Event id. */
  id: string;
  /** Centre x. */
  x: number;
  /** Centre y. */
  y: number;
  /** Index into the model's categories, or -1 without a category. */
  category: number;
  /** Drawn soft/dashed. */
  approximate: boolean;
}

/** A span event's bar (clipped to the visible chart). */
export interface SpanMark {
  /** Event id. */
  id: string;
  /** Left edge. */
  x1: number;
  /** Right edge. */
  x2: number;
  /** Top. */
  y: number;
  /** Bar height. */
  height: number;
  /** Index into the model's categories, or -1. */
  category: number;
  /** Drawn dashed. */
  approximate: boolean;
}

/** Events too close together to show apart at this zoom, drawn as one mark with their count. */
export interface ClusterMark {
  /** Stable key (lane and time bucket). */
  key: string;
  /** Left edge of the mark. */
  x1: number;
  /** Right edge of the mark. */
  x2: number;
  /** Top of the mark. */
  y: number;
  /** Height of the mark. */
  height: number;
  /** How many events it holds. */
  count: number;
  /** Earliest start in ms. */
  start: number;
  /** Latest start in ms. */
  end: number;
  /** The events' ids, in time order (built on demand: a cluster at full zoom can hold 100,000). */
  memberIds(): string[];
}

/** A visible label. */
export interface LabelBox {
  /** Event id (or era id). */
  id: string;
  /** What kind of mark it names. */
  kind: 'point' | 'span' | 'era';
  /** Anchor x. */
  x: number;
  /** Baseline y. */
  y: number;
  /** Text anchor. */
  anchor: 'start' | 'end';
  /** The text shown (possibly truncated with an ellipsis). */
  text: string;
  /** Estimated width in px. */
  width: number;
  /** Whether `text` was shortened. */
  truncated: boolean;
}

/** An era: a labelled background band across all lanes. */
export interface EraBand {
  /** Event id. */
  id: string;
  /** Left edge (clipped). */
  x1: number;
  /** Right edge (clipped). */
  x2: number;
  /** Top of the band. */
  y: number;
  /** Height of the band. */
  height: number;
}

/** A shortened stretch without events: a break on the axis that a click expands. */
export interface BreakMark {
  /** Real start of the stretch in ms (its key: expanding asks for this start). */
  start: number;
  /** Real end in ms. */
  end: number;
  /** Left edge (clipped to the plot). */
  x1: number;
  /** Right edge (clipped). */
  x2: number;
  /** How long the stretch really is, in words (`60 years 7 months`). */
  length: string;
  /** Whether `length` fits, written upwards inside the break. */
  showLength: boolean;
}

/**
 * Everything the renderer draws for one viewport, as plain numbers and strings: serialisable,
 * computed without a DOM, and the same for the browser and for a server-side SVG string.
 */
export interface Layout {
  /** Total width. */
  width: number;
  /** Total height. */
  height: number;
  /** The plot area, right of the lane names. */
  chart: { left: number; right: number; top: number; bottom: number };
  /** Visible range in display time (real time unless gaps are shortened; see `range`). */
  domain: [number, number];
  /** Visible range in real time, ms. */
  range: [number, number];
  /** Lane bands. */
  lanes: LaneBox[];
  /** Era bands. */
  eras: EraBand[];
  /** Point markers in view. */
  points: PointMark[];
  /** Span bars in view. */
  spans: SpanMark[];
  /** Cluster marks in view. */
  clusters: ClusterMark[];
  /** Labels that fit without overlapping. */
  labels: LabelBox[];
  /** Shortened gaps in view (empty without gap compression). */
  breaks: BreakMark[];
  /** Axis ticks and where the axis sits. */
  axis: AxisTicks & { y: number };
}
