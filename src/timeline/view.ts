/**
 * What the timeline shows: the zoom's range over the compressed scale (gaps.ts). The zoom works in
 * display time; this module converts at the edges, clamps every move to the zoom limits, and keeps the
 * real range in view when the scale changes (a new dataset, the option, a gap the reader expanded).
 */
import type { ZoomController } from '../interact/zoom.js';
import { plotArea } from '../layout/computeLayout.js';
import { chartWarp } from '../layout/chartWarp.js';
import type { PreparedModel } from '../layout/prepare.js';
import { IDENTITY_WARP, type TimeGap, type TimeWarp } from '../layout/warp.js';
import { clampDomain, fitDomain, type ZoomLimits, zoomLimits } from '../layout/zoomMath.js';
import type { ResolvedOptions } from './options.js';

/** What the view needs from the timeline. */
export interface ViewHost {
  /** The options in force. */
  options(): ResolvedOptions;
  /** The container's width in px. */
  width(): number;
  /** The gap toggle follows: whether gaps are (or could be) shortened, and whether all are at full length. */
  gapsChanged(available: boolean, full: boolean): void;
}

/** The visible range and the compressed scale of one timeline. */
export interface TimelineView {
  /** The compressed scale in force. */
  readonly warp: TimeWarp;
  /** The visible range in real time, ms. */
  realRange(): [number, number];
  /** The whole-dataset view in display time (the initial range stands in when there are no events). */
  fitted(model: PreparedModel): [number, number];
  /** The zoom limits for `model`. */
  limits(model: PreparedModel): ZoomLimits;
  /** Moves the zoom to a real-time range (clamped) without drawing. */
  showRange(model: PreparedModel, range: readonly [Date | number, Date | number], animate: boolean): void;
  /** Moves the zoom to a display-time range (clamped) without drawing; `userInput` when the reader moved it (the overview's brush). */
  showDisplayRange(model: PreparedModel, range: readonly [number, number], animate: boolean, userInput?: boolean): void;
  /**
   * Keeps the zoom's base in step with the plot area (after a resize, new options or data); with
   * `force` even when the area did not change. `show`: keep the range, fit (`false`), or a display range.
   */
  rebase(model: PreparedModel, width: number, force: boolean, show: boolean | readonly [number, number]): void;
  /**
   * Recomputes the compressed scale for `model` and moves straight to `keep` (real time) through it, or
   * to the whole dataset when `keep` is null: one zoom event. `resetGaps` forgets what the reader expanded.
   */
  rewarp(model: PreparedModel, keep: [number, number] | null, resetGaps?: boolean): void;
  /** The real range to keep across a change of scale: null when the whole dataset is in view. */
  rangeToKeep(model: PreparedModel): [number, number] | null;
  /** Draws one shortened gap (by its real start) at full length; returns it, or null when there is none. */
  expandGap(model: PreparedModel, start: number): TimeGap | null;
  /** Draws every gap at full length, or shortens them again. */
  setFullGaps(model: PreparedModel, on: boolean): void;
}

/**
 * What the compressed scale depends on besides the data, as a key: an update that leaves it alone
 * keeps the scale (and the gaps the reader opened) even when it passes every option again.
 */
export function scaleKey(options: Pick<ResolvedOptions, 'compressGaps' | 'timeScale' | 'zoomLimits'>): string {
  return JSON.stringify([options.compressGaps, options.timeScale, options.zoomLimits.minSpan]);
}

/** Creates the view over `zoom`. */
export function createTimelineView(zoom: ZoomController, host: ViewHost): TimelineView {
  let warp: TimeWarp = IDENTITY_WARP;
  /** Gaps the reader expanded, by real start; every gap when `fullGaps`. */
  let expanded = new Set<number>();
  let fullGaps = false;
  let bounds = { left: 0, right: 0, height: 0 };

  const fitted = (model: PreparedModel): [number, number] => fitDomain(model, warp, host.options().initialRange);
  const limitsOf = (whole: [number, number]): ZoomLimits => zoomLimits(whole, host.options().zoomLimits);
  const realRange = (): [number, number] => {
    const [a, b] = zoom.domain();
    return [warp.toTime(a), warp.toTime(b)];
  };
  const showDisplayRange = (model: PreparedModel, range: readonly [number, number], animate: boolean, userInput = false): void => {
    zoom.zoomTo(clampDomain(range, limitsOf(fitted(model))), animate, userInput);
  };

  const view: TimelineView = {
    get warp() {
      return warp;
    },
    realRange,
    fitted,
    limits: (model) => limitsOf(fitted(model)),
    showRange(model, range, animate) {
      const [a, b] = [+range[0], +range[1]];
      if (!Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError('eventline: zoomTo needs two valid dates');
      showDisplayRange(model, [warp.toDisplay(a), warp.toDisplay(b)], animate);
    },
    showDisplayRange,
    rebase(model, width, force, show) {
      const plot = plotArea(width);
      const height = host.options().height;
      if (!force && plot.left === bounds.left && plot.right === bounds.right && height === bounds.height) return;
      bounds = { ...plot, height };
      const whole = fitted(model);
      zoom.rebase(whole, limitsOf(whole), plot, show);
    },
    rewarp(model, keep, resetGaps) {
      if (resetGaps) {
        expanded = new Set();
        fullGaps = false;
      }
      const options = host.options();
      // "True time scale" (fullGaps) draws real time: no gap shortened, no density.
      warp = chartWarp(model, fullGaps ? { ...options, compressGaps: false } : options, expanded);
      host.gapsChanged(warp !== IDENTITY_WARP || expanded.size > 0 || fullGaps, fullGaps);
      // Straight to the kept range, through the new scale: listeners see one zoom, not a jump to everything and back.
      view.rebase(model, host.width(), true, keep ? [warp.toDisplay(keep[0]), warp.toDisplay(keep[1])] : false);
    },
    rangeToKeep(model) {
      const [a, b] = zoom.domain();
      const [w0, w1] = fitted(model);
      const whole = Math.abs(a - w0) + Math.abs(b - w1) < (w1 - w0) * 0.01;
      return whole ? null : realRange();
    },
    expandGap(model, start) {
      const gap = warp.gaps.find((candidate) => candidate.start === start);
      if (!gap) return null;
      expanded.add(start);
      view.rewarp(model, view.rangeToKeep(model));
      return gap;
    },
    setFullGaps(model, on) {
      fullGaps = on;
      expanded = new Set();
      view.rewarp(model, view.rangeToKeep(model));
    },
  };
  return view;
}

/** Zoom survives a new dataset only when some ids survive and the view still shows part of it. */
export function keepsView(previous: PreparedModel | null, next: PreparedModel, [a, b]: readonly [number, number]): boolean {
  if (!previous || !next.extent) return false;
  const overlaps = a < next.extent[1] && b > next.extent[0];
  return overlaps && next.dataset.events.some((event) => previous.byId.has(event.id));
}
