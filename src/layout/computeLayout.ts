import type { Locale } from 'date-fns';
import type { TimelineEvent } from '../types.js';
import { firstIndexWhere } from '../model/sortedIndex.js';
import { type BucketCluster, type PointItem, placeGroups } from './cluster.js';
import { type FrameScale, laneGroups } from './laneGroups.js';
import { placeInsideLabel, placeMarkerLabel } from './labels.js';
import { METRICS } from './metrics.js';
import type { PreparedLane, PreparedModel, PreparedSpan } from './prepare.js';
import { textWidth, truncateToWidth } from './textWidth.js';
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
  locale?: Locale;
  /** The compressed scale (see gaps.ts); real time when absent. */
  warp?: TimeWarp;
}

/** Spans of one packed row that overlap [t0, t1]; rows never overlap, so both ends are sorted. */
function visibleSpans(row: readonly PreparedSpan[], t0: number, t1: number): PreparedSpan[] {
  const lo = firstIndexWhere(0, row.length, (index) => row[index]!.end >= t0);
  const out: PreparedSpan[] = [];
  for (let i = lo; i < row.length && row[i]!.start <= t1; i++) out.push(row[i]!);
  return out;
}

const labelText = (event: TimelineEvent): string => (event.approximate ? `c. ${event.title}` : event.title);

// -1, 0 or 1, never a difference of times: on a first render this is unoptimised, and each
// difference would be a heap number (about 1.7 MB of garbage at 100,000 events).
const byTimeThenId = (a: PointItem, b: PointItem): number => (a.t < b.t ? -1 : a.t > b.t ? 1 : a.event.id < b.event.id ? -1 : 1);

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

/** The plot area for a width: lane names take a gutter at the left (at most 28% of a narrow chart). */
export function plotArea(model: PreparedModel, width: number): { left: number; right: number } {
  const widestName = model.lanes.reduce((widest, lane) => Math.max(widest, textWidth(lane.name, METRICS.labelFont, true)), 0);
  const left = model.lanes.length === 0 ? 0 : Math.min(METRICS.maxGutter, widestName + 16, width * 0.28);
  return { left, right: Math.max(left + 1, width - METRICS.rightMargin) };
}

/**
 * Lays out one frame: which events show as markers, bars or clusters, where, and which labels fit.
 * Pure: numbers in, numbers out, no DOM; cost follows what is in view, not the dataset size.
 */
export function computeLayout(model: PreparedModel, viewport: Viewport): Layout {
  const M = METRICS;
  const width = Math.max(1, viewport.width);
  const [d0, d1raw] = viewport.domain;
  const d1 = d1raw > d0 ? d1raw : d0 + 1;
  const { left, right } = plotArea(model, width);
  const gutter = left;
  const scale = createTimeScale([d0, d1], [left, right], viewport.warp);
  const { k, x, warp } = scale;
  // Without a warp display time is real time: skip the mapping on the hot path.
  const linear = warp === IDENTITY_WARP;
  const [t0, t1] = scale.realDomain();
  const top = model.eraRows * M.eraRowHeight + (model.eraRows > 0 ? 4 : 0);
  const laneCount = Math.max(1, model.lanes.length);
  const laneHeight = Math.max(M.minLaneHeight, (viewport.height - top - M.axisHeight) / laneCount);
  const bottom = top + laneHeight * model.lanes.length;
  const height = Math.max(viewport.height, bottom + M.axisHeight);
  const margin = M.clusterWidth / k;
  const bucketOf = linear
    ? (t: number): number => Math.floor((t * k) / M.clusterWidth)
    : (t: number): number => Math.floor((warp.toDisplay(t) * k) / M.clusterWidth);
  const bucketLeft = (bucket: number): number => left + bucket * M.clusterWidth - d0 * k;
  const minX = left - M.clusterWidth;
  const maxX = right + M.clusterWidth;
  const from = warp.toTime(d0 - margin);
  const to = warp.toTime(d1 + margin);
  const frame: FrameScale = { from, to, k, minX, maxX, x, bucketOf, spreadWidth: 2 * M.clusterWidth };

  const lanes: LaneBox[] = [];
  const points: PointMark[] = [];
  const spans: SpanMark[] = [];
  const clusters: ClusterMark[] = [];
  const labels: LabelBox[] = [];
  const categoryOf = (event: TimelineEvent): number => (event.category === undefined ? -1 : model.categories.indexOf(event.category));

  model.lanes.forEach((lane: PreparedLane, laneIndex) => {
    const y0 = top + laneIndex * laneHeight;
    lanes.push({ name: lane.name, label: truncateToWidth(lane.name, Math.max(0, gutter - 12), M.labelFont, true), y: y0, height: laneHeight });
    const inner = laneHeight - 2 * M.lanePadding;
    const spanRows = Math.max(0, Math.min(lane.spanRows.length, M.maxSpanRows, Math.floor((inner - M.rowHeight) / M.spanRowHeight)));
    const rows = Math.max(1, Math.min(M.maxPointRows, Math.floor((inner - spanRows * M.spanRowHeight) / M.rowHeight)));
    const rowY = (row: number): number => y0 + M.lanePadding + row * M.rowHeight + M.rowHeight / 2;

    const spanItems: PointItem[] = [];
    lane.spanRows.forEach((row, rowIndex) => {
      for (const span of visibleSpans(row, from, to)) {
        const x1 = x(span.start);
        const x2 = x(span.end);
        if (rowIndex >= spanRows || x2 - x1 < M.minBarWidth) {
          // A span that started before the view is pinned to its left edge, so it is never lost.
          const t = Math.max(span.start, t0);
          spanItems.push({ event: span.event, t, x: x(t) });
          continue;
        }
        const bar = { x1: Math.max(x1, left), x2: Math.min(x2, right) };
        if (bar.x2 - bar.x1 < 1) continue;
        const y = y0 + M.lanePadding + rows * M.rowHeight + rowIndex * M.spanRowHeight;
        spans.push({ id: span.event.id, ...bar, y, height: M.spanBarHeight, category: categoryOf(span.event), approximate: span.event.approximate === true });
        const label = placeInsideLabel(span.event.id, 'span', labelText(span.event), { ...bar, baseline: y + M.spanBarHeight - 3 });
        if (label) labels.push(label);
      }
    });
    spanItems.sort(byTimeThenId);
    const groups = laneGroups(lane, spanItems.filter((item) => item.x >= minX && item.x <= maxX), frame);
    const labelRoom = (item: PointItem): number => Math.min(textWidth(labelText(item.event), M.labelFont) + M.labelGap * 2, M.maxLabelWidth);
    const placement = placeGroups(groups, rows, bucketOf, bucketLeft, labelRoom);
    for (const run of mergeAdjacent(placement.clusters)) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      clusters.push({
        key: `${lane.name}:${first.group.bucket}`, x1: first.left + 1, x2: last.left + M.clusterWidth - 1,
        y: rowY(0) - 8, height: 16, count: run.reduce((sum, cluster) => sum + cluster.group.count, 0),
        start: first.group.start, end: last.group.end,
        memberIds: () => run.flatMap((cluster) => cluster.group.items().map((item) => item.event.id)),
      });
    }
    const shown = placement.placed.filter(({ item }) => item.x >= left - M.markerRadius && item.x <= right + M.markerRadius);
    for (const { item, row } of shown) {
      points.push({ id: item.event.id, x: item.x, y: rowY(row), category: categoryOf(item.event), approximate: item.event.approximate === true });
    }
    // `placed` is already in priority order: more important events claim label room first.
    for (const { item, row } of shown) {
      const label = placeMarkerLabel(placement.occupancy, row, { id: item.event.id, text: labelText(item.event), x: item.x, y: rowY(row) + 4 }, { left, right });
      if (label) labels.push(label);
    }
  });

  const eras: EraBand[] = [];
  for (const era of model.eras) {
    if (era.end < t0 || era.start > t1) continue;
    const band = { x1: Math.max(x(era.start), left), x2: Math.min(x(era.end), right) };
    if (band.x2 - band.x1 < 1) continue;
    const y = era.row * M.eraRowHeight;
    eras.push({ id: era.event.id, ...band, y, height: bottom - y });
    const label = placeInsideLabel(era.event.id, 'era', labelText(era.event), { ...band, baseline: y + M.eraRowHeight - 4 });
    if (label) labels.push(label);
  }

  const breaks: BreakMark[] = [];
  for (const gap of warp.gaps) {
    const x1 = Math.max(x(gap.start), left);
    const x2 = Math.min(x(gap.end), right);
    if (x2 - x1 < 1) continue;
    const length = formatTimeLength(gap.start, gap.end, viewport.locale);
    const showLength = x2 - x1 >= M.breakLabelWidth && textWidth(length, M.breakLabelFont) <= bottom - top - 8;
    breaks.push({ start: gap.start, end: gap.end, x1, x2, length, showLength });
  }
  const ticks = scale.ticks(viewport.locale);
  return {
    width, height, chart: { left, right, top, bottom }, domain: [d0, d1], range: [t0, t1],
    lanes, eras, points, spans, clusters, labels, breaks, axis: { ...ticks, y: bottom },
  };
}
