import type { MarkShape } from './markShape.js';
import type { AxisTicks } from './ticks.js';

/** A lane band. */
export interface LaneBox {
  /** The lane name (`group`). */
  name: string;
  /** The name as shown (truncated to fit). */
  label: string;
  /** Where the name starts: at the plot's left, in the lane's first line (or in a strip above it, where a cluster would cover it). */
  x: number;
  /** The name's baseline. */
  nameY: number;
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
  /** The category's colour slot (see markShape.ts), or -1 without a category. */
  category: number;
  /** The marker's shape, which goes with the colour slot. */
  shape: MarkShape;
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
  /** The category's colour slot, or -1. */
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
  /** The text shown (possibly truncated with an ellipsis), its lines joined by a space. */
  text: string;
  /** The text line by line: one line, or a long title on two. */
  lines: string[];
  /** Distance between the lines' baselines, px. */
  lineHeight: number;
  /** Estimated width in px (of the widest line). */
  width: number;
  /** Whether `text` was shortened. */
  truncated: boolean;
  /** Set in bold: an event of the highest importance. */
  strong: boolean;
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
  /** The same in its largest unit (`60 years`), written on the axis under the cut. */
  short: string;
  /** Whether `short` is written (it has room among the axis labels). */
  showLength: boolean;
}

/** A stretch of the axis drawn wider than the quietest one, by the density scale: the axis shows where the pace changes. */
export interface AxisStretch {
  /** Where it starts and ends, px (clipped to the plot). */
  x1: number;
  x2: number;
  /** How many times wider a day is drawn here than in the quietest stretch in view (3 or more). */
  factor: number;
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
  /** The plot area: its edges, and the bottom of the lanes (the axis runs along it). */
  chart: { left: number; right: number; bottom: number };
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
  /** Axis ticks, the stretches the density scale widens, and where the axis sits. */
  axis: AxisTicks & { stretches: AxisStretch[]; y: number };
}
