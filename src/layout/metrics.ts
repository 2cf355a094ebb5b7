/** Sizes the layout works with, in CSS pixels. One table, so render and layout agree. */
export const METRICS = {
  /** Label font size (the stylesheet sets the same): 13 px, the least a reader should be asked to read on a desktop. */
  labelFont: 13,
  /** Span-label and era-label font size. */
  smallFont: 11,
  /** Point marker radius. */
  markerRadius: 5,
  /** Height of one marker line: a marker and its label, or one line of a two-line label. */
  rowHeight: 17,
  /** Most marker lines per lane. */
  maxLines: 10,
  /** Height of one row of span bars, and the bar itself. */
  spanRowHeight: 18,
  /** Space between a lane's last marker line and its first span row. */
  spanRowGap: 3,
  spanBarHeight: 13,
  /** Most span rows per lane; spans packed deeper are shown as points. */
  maxSpanRows: 3,
  /** A span narrower than this is drawn as a point. */
  minBarWidth: 6,
  /** Width of a time bucket: events within one bucket that cannot all be shown become a cluster. */
  clusterWidth: 18,
  /** Vertical padding inside a lane. */
  lanePadding: 5,
  /** Height of one era-label row above the lanes. */
  eraRowHeight: 16,
  /** Height of the axis under the lanes (two label rows). */
  axisHeight: 40,
  /** Lane-name font size (bold; the stylesheet sets the same). */
  laneNameFont: 12,
  /** Space before a lane's name at the plot's left edge. */
  laneNameInset: 2,
  /** Space left of the plot (the lane names are drawn over the plot, in their lane's first line). */
  plotInset: 8,
  /** Gap between a marker and its label, and between neighbouring labels. */
  labelGap: 4,
  /** Labels narrower than this are not worth showing. */
  minLabelWidth: 36,
  /** Widest label line on the chart; a longer title takes two lines (the full title is in the detail panel too). */
  maxLabelWidth: 300,
  /** Right margin of the chart. */
  rightMargin: 10,
  /** Font size of a shortened gap's length under its cut on the axis. */
  breakLabelFont: 11,
  /** Axis tick label font size (the stylesheet sets the same). */
  axisFont: 11,
  /** Least space between neighbouring axis labels. */
  axisLabelGap: 8,
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

/** The sizes for a page font `scale` times as wide as Arial. */
export function textSizes(scale = 1): TextSizes {
  const factor = Number.isFinite(scale) && scale > 0 ? scale : 1;
  return { label: METRICS.labelFont * factor, small: METRICS.smallFont * factor, axis: METRICS.axisFont * factor, laneName: METRICS.laneNameFont * factor };
}
