import type { Locale } from 'date-fns';
import type { BucketCluster } from './cluster.js';
import type { FrameScale } from './laneGroups.js';
import { fitBusyLanes, fitLanes, laneContent, laneNameBox, type LanePlacement, placeLane, STORY_SIZE } from './laneLayout.js';
import { labelTitle } from './labelText.js';
import { placeInsideLabel } from './labels.js';
import { RowOccupancy } from './rowOccupancy.js';
import { shapeOfSlot } from './markShape.js';
import { AXIS_HEIGHT, CLUSTER_WIDTH, ERA_ROW_HEIGHT, LANE_NAME_INSET, LANE_PADDING, MARKER_RADIUS, NAME_STRIP, PLOT_INSET, STRIP_BASELINE, RIGHT_MARGIN, ROW_HEIGHT, SPAN_BAR_HEIGHT, SPAN_ROW_GAP, SPAN_ROW_HEIGHT, textSizes } from './metrics.js';
import type { PreparedModel } from './prepare.js';
import { axisWithBreaks, stretchesOf } from './axisMarks.js';
import { textWidth } from './textWidth.js';
import { formatTimeLength } from './formatDate.js';
import { createTimeScale } from './timeScale.js';
import { IDENTITY_WARP, type TimeWarp } from './warp.js';
import type { BreakMark, ClusterMark, EraBand, LabelBox, LaneBox, Layout, PointMark, SpanMark } from './types.js';

/** The viewport a layout is computed for. */
export interface Viewport {
  /** Width in px. */
  width: number;
  /** Height in px (the chart grows when lanes would be squeezed below their minimum). */
  height: number;
  /** Visible range in display time (real time unless `warp` shortens gaps), start before end. */
  domain: readonly [number, number];
  /** date-fns locale for axis labels. */
  locale: Locale;
  /** The compressed scale (see gaps.ts); real time when absent. */
  warp?: TimeWarp;
  /** How much wider the chart's font sets text than the width table's Arial metrics (default 1). */
  textScale?: number;
}

/** The height of `rows` span rows under a lane's marker lines, with the gap that keeps them clear of a two-line label above. */
const spanRowsHeight = (rows: number): number => (rows > 0 ? SPAN_ROW_GAP + rows * SPAN_ROW_HEIGHT : 0);

/** Most adjacent buckets one cluster mark may cover: wide enough for a full count, narrow enough to show where events bunch. */
const MERGED_BUCKETS = 4;

/**
 * Runs of clustered buckets that sit side by side within the same group of {@link MERGED_BUCKETS}
 * (groups aligned to time, so panning keeps them): each run becomes one wider cluster mark. At full
 * zoom over a dense dataset this draws a quarter of the marks, with exact counts instead of "99+".
 */
function mergeAdjacent(clusters: readonly BucketCluster[]): BucketCluster[][] {
  const runs: BucketCluster[][] = [];
  for (const cluster of clusters) {
    const run = runs[runs.length - 1];
    const previous = run?.[run.length - 1];
    const bucket = cluster.group.bucket;
    if (run && previous && previous.group.bucket === bucket - 1 && Math.floor(previous.group.bucket / MERGED_BUCKETS) === Math.floor(bucket / MERGED_BUCKETS)) run.push(cluster);
    else runs.push([cluster]);
  }
  return runs;
}

/** The plot area for a width: all of it but small margins (lane names are drawn over the plot). */
export function plotArea(width: number): { left: number; right: number } {
  const left = Math.min(PLOT_INSET, width / 4);
  return { left, right: Math.max(left + 1, width - RIGHT_MARGIN) };
}

/**
 * Lays out one frame: which events show as markers, bars or clusters, where, and which labels fit.
 * Pure: numbers in, numbers out, no DOM; cost follows what is in view, not the dataset size.
 */
export function computeLayout(model: PreparedModel, viewport: Viewport): Layout {
  const width = Math.max(1, viewport.width);
  const [d0, d1raw] = viewport.domain;
  const d1 = d1raw > d0 ? d1raw : d0 + 1;
  const { left, right } = plotArea(width);
  const scale = createTimeScale([d0, d1], [left, right], viewport.warp);
  const { k, x, warp } = scale;
  // Without a warp display time is real time: skip the mapping on the hot path.
  const linear = warp === IDENTITY_WARP;
  const [t0, t1] = scale.realDomain();
  const top = model.eraRows * ERA_ROW_HEIGHT + (model.eraRows > 0 ? 4 : 0);
  const margin = CLUSTER_WIDTH / k;
  const bucketOf = linear
    ? (t: number): number => Math.floor((t * k) / CLUSTER_WIDTH)
    : (t: number): number => Math.floor((warp.toDisplay(t) * k) / CLUSTER_WIDTH);
  const bucketLeft = (bucket: number): number => left + bucket * CLUSTER_WIDTH - d0 * k;
  const minX = left - CLUSTER_WIDTH;
  const maxX = right + CLUSTER_WIDTH;
  const from = warp.toTime(d0 - margin);
  const to = warp.toTime(d1 + margin);
  const frame: FrameScale = { from, to, k, maxSlope: warp.maxSlope, minX, maxX, x, bucketOf };

  const lanes: LaneBox[] = [];
  const points: PointMark[] = [];
  const spans: SpanMark[] = [];
  const clusters: ClusterMark[] = [];
  const labels: LabelBox[] = [];

  // Lanes are sized to what they hold: each first says how many marker lines it wants for every
  // label in full, then the height is shared out (all they want when it fits).
  const bounds = { left, right };
  const sizes = textSizes(viewport.textScale);
  const contents = model.lanes.map((lane) => laneContent(lane, frame, bounds, t0));
  const nameBoxes = model.lanes.map((lane) => laneNameBox(lane.name, left, right, sizes.laneName));
  // A story's worth of events gets every size tried for its labels; a busy frame is sized in one pass.
  const inView = contents.reduce((sum, content) => sum + content.groups.reduce((count, group) => count + group.count, 0), 0);
  const busy = inView > STORY_SIZE;
  // A lane's name is drawn in its first line, which its marks and labels keep clear of; but a cluster
  // cannot step aside (its place is its time), so a lane with one under its name gets a strip above
  // its marks for the name, and is placed again without the name in its first line, its strip taken
  // from the lines (so the chart keeps its height). In a busy frame, where clusters are the rule, the
  // strips are set aside and the lanes placed for them from the start; a lane takes its strip where
  // anything is under its name.
  const fixed = contents.reduce((sum, content) => sum + 2 * LANE_PADDING + (busy ? NAME_STRIP : 0) + spanRowsHeight(content.spanRows), 0);
  const budget = Math.max(model.lanes.length, Math.floor((viewport.height - top - AXIS_HEIGHT - fixed) / ROW_HEIGHT));
  const place = (index: number, lines: number, strip = busy): LanePlacement => placeLane(contents[index]!, lines, frame, bounds, bucketLeft, nameBoxes[index]!, sizes, strip);
  let placements = busy ? fitBusyLanes(contents, budget, place) : fitLanes(contents.length, budget, place);
  const covered = placements.map((placement) => placement.covered);
  const stripLines = covered.filter(Boolean).length;
  if (!busy && stripLines) placements = fitLanes(contents.length, budget - stripLines, (index, lines) => place(index, lines, covered[index]));
  const strips = placements.map((placement) => (placement.covered ? NAME_STRIP : 0));
  const heights = contents.map((content, index) => 2 * LANE_PADDING + strips[index]! + placements[index]!.lines * ROW_HEIGHT + spanRowsHeight(content.spanRows));
  // Height left over goes to the lanes in proportion to their own, so the chart fills what it was given.
  const content = heights.reduce((sum, height) => sum + height, 0);
  const spare = Math.max(0, viewport.height - top - AXIS_HEIGHT - content);
  let y0 = top;
  contents.forEach((lane, laneIndex) => {
    const placement = placements[laneIndex]!;
    const height = heights[laneIndex]! + (content > 0 ? (spare * heights[laneIndex]!) / content : 0);
    const strip = strips[laneIndex]!;
    const lineY = (line: number): number => y0 + strip + LANE_PADDING + line * ROW_HEIGHT + ROW_HEIGHT / 2;
    lanes.push({ name: lane.lane.name, label: nameBoxes[laneIndex]!.text, x: left + LANE_NAME_INSET, y: y0, height, nameY: strip ? y0 + LANE_PADDING + STRIP_BASELINE : lineY(0) + 4 });
    const barY = (row: number): number => lineY(placement.lines) - ROW_HEIGHT / 2 + SPAN_ROW_GAP + row * SPAN_ROW_HEIGHT;
    for (const bar of lane.bars) {
      const { event } = bar.span;
      spans.push({ id: event.id, x1: bar.x1, x2: bar.x2, y: barY(bar.row), height: SPAN_BAR_HEIGHT, category: model.slotOf(event), approximate: event.approximate === true });
    }
    for (const label of placement.barLabels) labels.push({ ...label, y: barY(label.y) + SPAN_BAR_HEIGHT - 3 });
    for (const run of mergeAdjacent(placement.clusters)) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      clusters.push({
        key: `${lane.lane.name}:${first.group.bucket}`, x1: first.left + 1, x2: last.left + CLUSTER_WIDTH - 1,
        y: lineY(0) - 8, height: 16, count: run.reduce((sum, cluster) => sum + cluster.group.count, 0),
        start: first.group.start, end: last.group.end,
        memberIds: () => run.flatMap((cluster) => cluster.group.items().map((item) => item.event.id)),
      });
    }
    for (const { item, row } of placement.placed) {
      if (item.x < left - MARKER_RADIUS || item.x > right + MARKER_RADIUS) continue;
      const category = model.slotOf(item.event);
      points.push({ id: item.event.id, x: item.x, y: lineY(row), category, shape: shapeOfSlot(category), approximate: item.event.approximate === true });
    }
    for (const label of placement.labels) labels.push({ ...label, y: lineY(label.y) + 4.5 });
    y0 += height;
  });
  const bottom = y0;
  const height = Math.max(viewport.height, bottom + AXIS_HEIGHT);

  const eras: EraBand[] = [];
  // The era names in their header rows: inside the band, or running on past a narrow band while the row is free.
  const eraRows = new RowOccupancy(model.eraRows);
  const visibleEras = model.eras.filter((era) => era.end >= t0 && era.start <= t1);
  for (const era of visibleEras) {
    // At least a pixel: an era of a day in a view of centuries is still an option a reader can reach.
    const x1 = Math.min(Math.max(x(era.start), left), right - 1);
    const band = { x1, x2: Math.min(Math.max(x(era.end), x1 + 1), right) };
    const y = era.row * ERA_ROW_HEIGHT;
    eras.push({ id: era.event.id, ...band, y, height: bottom - y });
    const title = labelTitle(era.event);
    const room = Math.min(right, band.x1 + textWidth(title, sizes.small) + 12);
    const free = room > band.x2 && eraRows.fits(era.row, band.x1, room) && visibleEras.every((other) => other === era || other.row !== era.row || x(other.start) >= room || x(other.end) <= band.x1);
    const label = placeInsideLabel(era.event.id, 'era', title, band.x1, free ? room : band.x2, y + ERA_ROW_HEIGHT - 4, sizes.small);
    if (!label) continue;
    eraRows.take(era.row, band.x1, label.x + label.width);
    labels.push(label);
  }

  const breaks: BreakMark[] = [];
  for (const gap of warp.gaps) {
    const x1 = Math.max(x(gap.start), left);
    const x2 = Math.min(x(gap.end), right);
    if (x2 - x1 < 1) continue;
    const short = formatTimeLength(gap.start, gap.end, viewport.locale, 1);
    breaks.push({ start: gap.start, end: gap.end, x1, x2, length: formatTimeLength(gap.start, gap.end, viewport.locale), short, showLength: true });
  }
  const axis = axisWithBreaks(scale.ticks(viewport.locale, model.hasTimes ? 'minute' : 'day', sizes.axis), breaks, bounds, sizes.axis);
  return {
    width, height, chart: { left, right, bottom }, domain: [d0, d1], range: [t0, t1],
    lanes, eras, points, spans, clusters, labels, breaks, axis: { ...axis, stretches: stretchesOf(scale), y: bottom },
  };
}
