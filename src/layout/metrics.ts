/**
 * Sizes the layout works with, in CSS pixels. One table, so render and layout agree. Each is also a
 * constant of its own: the layout reads those, which a minifier writes as the number itself, where a
 * property of `METRICS` keeps its name in every use.
 */
/** Label font size (the stylesheet sets the same): 13 px, the least a reader should be asked to read on a desktop. */
export const LABEL_FONT = 13;
/** Span-label and era-label font size. */
export const SMALL_FONT = 11;
/** Point marker radius. */
export const MARKER_RADIUS = 5;
/** Height of one marker line: a marker and its label, or one line of a two-line label. */
export const ROW_HEIGHT = 17;
/** Most marker lines per lane. */
export const MAX_LINES = 10;
/** Height of one row of span bars, and the bar itself. */
export const SPAN_ROW_HEIGHT = 18;
/** Space between a lane's last marker line and its first span row. */
export const SPAN_ROW_GAP = 3;
/** Height of a span bar, inside its span row. */
export const SPAN_BAR_HEIGHT = 13;
/** Most span rows per lane; spans packed deeper are shown as points. */
export const MAX_SPAN_ROWS = 3;
/** A span narrower than this is drawn as a point. */
export const MIN_BAR_WIDTH = 6;
/** Width of a time bucket: events within one bucket that cannot all be shown become a cluster. */
export const CLUSTER_WIDTH = 18;
/** Vertical padding inside a lane. */
export const LANE_PADDING = 5;
/** Height of one era-label row above the lanes. */
export const ERA_ROW_HEIGHT = 16;
/** Height of the axis under the lanes (two label rows). */
export const AXIS_HEIGHT = 40;
/** Lane-name font size (bold; the stylesheet sets the same). */
export const LANE_NAME_FONT = 12;
/** Space before a lane's name at the plot's left edge. */
export const LANE_NAME_INSET = 2;
/** Height of the strip a lane's name gets above its marks where something would sit under it (see computeLayout). */
export const NAME_STRIP = 15;
/** The name's baseline in its strip, below the lane's padding: its capitals clear the hairline above, its descenders the marks below (and a focused cluster's outline). */
export const STRIP_BASELINE = 10;
/** Space left of the plot (the lane names are drawn over the plot, in their lane's first line or a strip above it). */
export const PLOT_INSET = 8;
/** Gap between a marker and its label, and between neighbouring labels. */
export const LABEL_GAP = 4;
/** Labels narrower than this are not worth showing. */
export const MIN_LABEL_WIDTH = 36;
/** Widest label line on the chart; a longer title takes two lines (the full title is in the detail panel too). */
export const MAX_LABEL_WIDTH = 300;
/** Right margin of the chart. */
export const RIGHT_MARGIN = 10;
/** Font size of a shortened gap's length under its cut on the axis. */
export const BREAK_LABEL_FONT = 11;
/** Axis tick label font size (the stylesheet sets the same). */
export const AXIS_FONT = 11;
/** Least space between neighbouring axis labels. */
export const AXIS_LABEL_GAP = 8;

/** The same sizes as one table, by name (for the code that reads them as a set). */
export const METRICS = {
  labelFont: LABEL_FONT,
  smallFont: SMALL_FONT,
  markerRadius: MARKER_RADIUS,
  rowHeight: ROW_HEIGHT,
  maxLines: MAX_LINES,
  spanRowHeight: SPAN_ROW_HEIGHT,
  spanRowGap: SPAN_ROW_GAP,
  spanBarHeight: SPAN_BAR_HEIGHT,
  maxSpanRows: MAX_SPAN_ROWS,
  minBarWidth: MIN_BAR_WIDTH,
  clusterWidth: CLUSTER_WIDTH,
  lanePadding: LANE_PADDING,
  eraRowHeight: ERA_ROW_HEIGHT,
  axisHeight: AXIS_HEIGHT,
  laneNameFont: LANE_NAME_FONT,
  laneNameInset: LANE_NAME_INSET,
  plotInset: PLOT_INSET,
  labelGap: LABEL_GAP,
  minLabelWidth: MIN_LABEL_WIDTH,
  maxLabelWidth: MAX_LABEL_WIDTH,
  rightMargin: RIGHT_MARGIN,
  breakLabelFont: BREAK_LABEL_FONT,
  axisFont: AXIS_FONT,
  axisLabelGap: AXIS_LABEL_GAP,
} as const;

/**
 * Font sizes as the width table measures them: the chart's sizes times `scale`, how much wider the
 * page's font sets text than the table's Arial metrics (1 for Arial, Helvetica or Liberation Sans;
 * the controller measures it). The layout estimates every width with these.
 */
export interface TextSizes {
  /** Event labels. */
  label: number;
  /** Span and era labels. */
  small: number;
  /** Axis labels. */
  axis: number;
  /** Lane names (bold). */
  laneName: number;
}

/** The sizes for a page font `scale` times as wide as Arial (Arial's when it is absent or not a positive number). */
export function textSizes(scale?: number): TextSizes {
  const factor = Number.isFinite(scale) && scale! > 0 ? scale! : 1;
  return { label: LABEL_FONT * factor, small: SMALL_FONT * factor, axis: AXIS_FONT * factor, laneName: LANE_NAME_FONT * factor };
}
