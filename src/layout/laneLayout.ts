/**
 * One lane of one frame, in two steps: what it holds in view (bars, and point-like items with their
 * x), which does not depend on its height; then where each goes in a given number of marker lines,
 * labels included. Lanes are sized to what they hold (see {@link fitLanes}).
 */
import { firstIndexWhere } from '../model/sortedIndex.js';
import { type BucketCluster, type PointItem, placeGroups } from './cluster.js';
import { type FrameScale, laneGroups } from './laneGroups.js';
import { labelTextOf } from './labelText.js';
import { fullFootprints, labelBox, type LabelFootprint, labelInterval, placeInsideLabel, placeMarkerLabel } from './labels.js';
import { RowOccupancy } from './rowOccupancy.js';
import { CLUSTER_WIDTH, LABEL_GAP, LANE_NAME_INSET, MARKER_RADIUS, MAX_LINES, MAX_SPAN_ROWS, MIN_BAR_WIDTH, type TextSizes } from './metrics.js';
import type { PreparedLane, PreparedSpan } from './prepare.js';
import { textWidth, truncateToWidth } from './textWidth.js';
import type { LabelBox } from './types.js';

/** A span drawn as a bar in a span row of its lane. */
export interface LaneBar {
  span: PreparedSpan;
  /** Span row (0 is the first under the marker lines). */
  row: number;
  /** Visible left and right edges. */
  x1: number;
  x2: number;
}

/** What a lane holds in one frame, before it is given a height. */
export interface LaneContent {
  lane: PreparedLane;
  /** How many span rows it draws as bars. */
  spanRows: number;
  bars: LaneBar[];
  /** Its point-like items grouped by time bucket, in time order. */
  groups: ReturnType<typeof laneGroups>;
}

/** Where a lane's marks and labels go in `lines` marker lines; y is left to the caller (line indices). */
export interface LanePlacement {
  lines: number;
  placed: Array<{ item: PointItem; row: number }>;
  clusters: BucketCluster[];
  /** Point labels by line: `y` is the line index, to be turned into a baseline. */
  labels: LabelBox[];
  /** Span labels by span row (`y` is the row), inside or beside their bars. */
  barLabels: LabelBox[];
  /** How many lines the placement uses (a two-line label counts both). */
  used: number;
  /**
   * Whether the lane's name needs a strip of its own: with the name in the first line (which markers
   * and labels keep clear of), whether a cluster is under it; placed for the strip, whether anything is.
   */
  covered: boolean;
}

/** Spans of one packed row that overlap [t0, t1]; rows never overlap, so both ends are sorted. */
function visibleSpans(row: readonly PreparedSpan[], t0: number, t1: number): PreparedSpan[] {
  const lo = firstIndexWhere(0, row.length, (index) => row[index]!.end >= t0);
  const out: PreparedSpan[] = [];
  for (let i = lo; i < row.length && row[i]!.start <= t1; i++) out.push(row[i]!);
  return out;
}

// -1, 0 or 1, never a difference of times: on a first render this is unoptimised, and each
// difference would be a heap number (about 1.7 MB of garbage at 100,000 events).
const byTimeThenId = (a: PointItem, b: PointItem): number => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.event.id < b.event.id ? -1 : 1);

/**
 * A lane's content for `frame`: spans as bars (up to {@link MAX_SPAN_ROWS} rows; a span too
 * narrow for a bar, or packed deeper, joins the points), points in buckets. `plot` is the plot
 * area's edges, `t0` the real time at its left edge.
 */
export function laneContent(lane: PreparedLane, frame: FrameScale, plot: { left: number; right: number }, t0: number): LaneContent {
  const { x } = frame;
  const spanRows = Math.min(lane.spanRows.length, MAX_SPAN_ROWS);
  const bars: LaneBar[] = [];
  const spanItems: PointItem[] = [];
  lane.spanRows.forEach((row, rowIndex) => {
    for (const span of visibleSpans(row, frame.from, frame.to)) {
      const x1 = x(span.start);
      const x2 = x(span.end);
      if (rowIndex >= spanRows || x2 - x1 < MIN_BAR_WIDTH) {
        // A span that started before the view is pinned to its left edge, so it is never lost.
        const t = Math.max(span.start, t0);
        spanItems.push({ event: span.event, t, x: x(t) });
        continue;
      }
      const bar = { span, row: rowIndex, x1: Math.max(x1, plot.left), x2: Math.min(x2, plot.right) };
      if (bar.x2 - bar.x1 >= 1) bars.push(bar);
    }
  });
  spanItems.sort(byTimeThenId);
  const groups = laneGroups(lane, spanItems.filter((item) => item.x >= frame.minX && item.x <= frame.maxX), frame);
  return { lane, spanRows, bars, groups };
}

/** A lane's name as drawn: at the start of its first line, over the plot (the chart keeps its whole width for time). */
export interface LaneName {
  /** The name, cut to fit. */
  text: string;
  /** What it takes of the first line, px. */
  x1: number;
  x2: number;
}

/** The lane name's text and room: bold at the lane-name size, at most a third of the plot (at least its first letters). */
export function laneNameBox(name: string, left: number, right: number, laneNameFont: number): LaneName {
  const text = truncateToWidth(name, Math.max(40, (right - left) / 3), laneNameFont, true);
  return { text, x1: left, x2: text === '' ? left : left + LANE_NAME_INSET + textWidth(text, laneNameFont, true) + 2 * LABEL_GAP };
}

/** A bar's label: inside the bar when the whole title fits there, else beside it in its row, else cut inside it. */
function barLabel(bar: LaneBar, rows: RowOccupancy, bounds: { left: number; right: number }, fontSize: number): LabelBox | null {
  const text = labelTextOf(bar.span.event, fontSize);
  const inside = placeInsideLabel(bar.span.event.id, 'span', text.text, bar.x1, bar.x2, bar.row, fontSize);
  if (inside && !inside.truncated) return inside;
  for (const side of ['start', 'end'] as const) {
    const edge = side === 'start' ? bar.x2 : bar.x1;
    // Beside the bar as beside a marker at its edge (less the marker's radius the bar does not have).
    const anchor = side === 'start' ? edge - MARKER_RADIUS : edge + MARKER_RADIUS;
    const [x1, x2] = labelInterval(anchor, side, text.width);
    if (x1 >= bounds.left && x2 <= bounds.right + LABEL_GAP && rows.fits(bar.row, x1, x2)) {
      rows.take(bar.row, x1, x2);
      const offset = MARKER_RADIUS + LABEL_GAP - 1;
      return labelBox(bar.span.event.id, 'span', side === 'start' ? anchor + offset : anchor - offset, bar.row, side, [text.text], text.width, false);
    }
  }
  return inside;
}

/**
 * Places a lane's marks and labels in `lines` marker lines: clusters and markers (cluster.ts), then
 * the labels, most important first, each in the first shape that fits (whole on one line, whole on
 * two, or cut to at least 24 characters), never over a mark, a cluster or another label. The lane's
 * `name` takes the start of the first line, unless it has a `strip` of its own above the lines.
 */
export function placeLane(
  content: LaneContent,
  lines: number,
  frame: FrameScale,
  bounds: { left: number; right: number },
  bucketLeft: (bucket: number) => number,
  name: LaneName,
  sizes: TextSizes,
  strip?: boolean,
): LanePlacement {
  const footprints = (item: PointItem): Iterable<LabelFootprint> => fullFootprints(labelTextOf(item.event, sizes.label));
  const blocked = strip || name.x2 <= name.x1 ? [] : [{ line: 0, x1: name.x1, x2: name.x2 }];
  const placement = placeGroups(content.groups, lines, frame.bucketOf, bucketLeft, footprints, bounds, blocked);
  const r = MARKER_RADIUS;
  const shown = placement.placed.filter(({ item }) => item.x >= bounds.left - r && item.x <= bounds.right + r);
  const room = { occupancy: placement.occupancy, lines, bounds };
  const labels: LabelBox[] = [];
  let used = placement.placed.reduce((most, { row }) => Math.max(most, row + 1), placement.clusters.length > 0 ? 1 : 0);
  // Markers were placed most important first, then earliest: labels go in the same order.
  for (const { item, row } of shown) {
    const intended = placement.intended.get(item);
    const label = placeMarkerLabel(room, row, item.event.id, labelTextOf(item.event, sizes.label), item.x, intended, sizes.label);
    if (!label) continue;
    labels.push(label);
    used = Math.max(used, row + label.lines.length);
  }
  const barRows = new RowOccupancy(content.spanRows);
  for (const bar of content.bars) barRows.take(bar.row, bar.x1, bar.x2);
  const barLabels: LabelBox[] = [];
  for (const bar of content.bars) {
    const label = barLabel(bar, barRows, bounds, sizes.small);
    if (label) barLabels.push(label);
  }
  // With the name in the first line only a cluster can be under it (it cannot step aside: its place is
  // its time); with the name in a strip, anything in the first line can.
  const covered = strip ? !placement.occupancy.fits(0, name.x1, name.x2) : placement.clusters.some(({ left }) => left < name.x2 && left + CLUSTER_WIDTH > name.x1);
  return { lines, placed: placement.placed, clusters: placement.clusters, labels, barLabels, used, covered };
}

/** What a reader loses in a placement, weighted by importance: an event without its label costs its weight, a cut label half. */
export function placementCost(placement: LanePlacement): number {
  const weight = (importance: number): number => 10 ** (importance - 1);
  const labelled = new Map<string, boolean>();
  // Only markers are weighed: bars are not among the placed items, and their labels do not compete for lines.
  for (const label of placement.labels) labelled.set(label.id, label.truncated);
  let cost = 0;
  for (const { item } of placement.placed) {
    const cut = labelled.get(item.event.id);
    if (cut !== false) cost += weight(item.event.importance) / (cut ? 2 : 1);
  }
  // An event in a cluster has no label of its own: its weight is not known without listing the cluster, so it counts as least important.
  for (const cluster of placement.clusters) cost += cluster.group.count;
  return cost;
}

/** Above this many events in view, lanes are sized by how deep their events stack, not by trying every size (see {@link fitLanes}). */
export const STORY_SIZE = 150;

/**
 * Sizes the lanes of a busy frame (more than {@link STORY_SIZE} events in view) in one placement each:
 * a lane wants as many lines as its deepest bucket stacks (clusters take the rest), and the lines are
 * shared out in proportion. Trying sizes one by one, as {@link fitLanes} does, would cost a placement a line.
 */
export function fitBusyLanes(contents: readonly LaneContent[], budget: number, place: (lane: number, lines: number) => LanePlacement): LanePlacement[] {
  const wanted = contents.map((content) => Math.min(MAX_LINES, content.groups.reduce((most, group) => Math.max(most, group.count), 1)));
  const total = wanted.reduce((sum, lines) => sum + lines, 0);
  // All they want when it fits, else the budget in proportion (rounded down, at least a line each).
  const share = Math.min(1, budget / total);
  return wanted.map((lines, lane) => place(lane, Math.max(1, Math.floor(lines * share))));
}

/**
 * Sizes the lanes to a budget of marker lines: each first gets the lines it uses with
 * {@link MAX_LINES} (every label that can be whole is), then, while they take more than
 * `budget`, a line is taken from the lane that loses least by it (importance-weighted, see
 * {@link placementCost}), so important labels keep their room and quieter lanes give way first.
 * Every lane keeps at least one line. `place(lane, lines)` lays a lane out in that many lines.
 */
export function fitLanes(count: number, budget: number, place: (lane: number, lines: number) => LanePlacement): LanePlacement[] {
  const cache = new Map<string, LanePlacement>();
  const placed = (lane: number, lines: number): LanePlacement => {
    const key = `${lane}:${lines}`;
    let placement = cache.get(key);
    if (!placement) cache.set(key, (placement = place(lane, lines)));
    return placement;
  };
  // (The same size again is the cached placement.)
  const chosen = Array.from({ length: count }, (_, lane) => placed(lane, Math.max(1, placed(lane, MAX_LINES).used)));
  let total = chosen.reduce((sum, placement) => sum + placement.lines, 0);
  while (total > budget) {
    let best = -1;
    let bestLoss = Infinity;
    chosen.forEach((placement, lane) => {
      if (placement.lines <= 1) return;
      const loss = placementCost(placed(lane, placement.lines - 1)) - placementCost(placement);
      if (loss < bestLoss || (loss === bestLoss && placement.lines > chosen[best]!.lines)) [best, bestLoss] = [lane, loss];
    });
    if (best < 0) break;
    chosen[best] = placed(best, chosen[best]!.lines - 1);
    total--;
  }
  return chosen;
}
