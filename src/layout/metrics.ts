/** Sizes the layout works with, in CSS pixels. One table, so render and layout agree. */
export const METRICS = {
  /** Label font size (the stylesheet sets the same). */
  labelFont: 12,
  /** Span-label and era-label font size. */
  smallFont: 11,
  /** Point marker radius. */
  markerRadius: 5,
  /** Height of one row of point markers and their labels. */
  rowHeight: 22,
  /** Most marker rows per lane. */
  maxPointRows: 4,
  /** Height of one row of span bars, and the bar itself. */
  spanRowHeight: 18,
  spanBarHeight: 13,
  /** Most span rows per lane; spans packed deeper are shown as points. */
  maxSpanRows: 3,
  /** A span narrower than this is drawn as a point. */
  minBarWidth: 6,
  /** Width of a time bucket: events within one bucket that cannot all be shown become a cluster. */
  clusterWidth: 18,
  /** Vertical padding inside a lane. */
  lanePadding: 5,
  /** Smallest lane height; the chart grows taller rather than squeeze lanes below it. */
  minLaneHeight: 36,
  /** Height of one era-label row above the lanes. */
  eraRowHeight: 16,
  /** Height of the axis under the lanes (two label rows). */
  axisHeight: 40,
  /** Widest lane-name gutter. */
  maxGutter: 140,
  /** Gap between a marker and its label, and between neighbouring labels. */
  labelGap: 4,
  /** Labels narrower than this are not worth showing. */
  minLabelWidth: 36,
  /** Longest label on the chart; the full title is in the detail panel. */
  maxLabelWidth: 220,
  /** Right margin of the chart. */
  rightMargin: 10,
  /** A shortened gap at least this wide writes its length inside it (upwards). */
  breakLabelWidth: 16,
  /** Font size of that length. */
  breakLabelFont: 11,
  /** Axis tick label font size (the stylesheet sets the same). */
  axisFont: 11,
  /** Least space between neighbouring axis labels. */
  axisLabelGap: 8,
} as const;
