/**
 * Display time: the axis the chart is laid out and zoomed on. A warp maps real time onto it and back,
 * monotone so that order is kept; gap compression (gaps.ts) is one such warp.
 */

/** A stretch without events that is drawn shortened. */
export interface TimeGap {
  /** Where the stretch starts (the end of the events before it), in ms. */
  start: number;
  /** Where it ends (the start of the next event), in ms. */
  end: number;
  /** Where it starts on the display axis. */
  displayStart: number;
  /** Where it ends on the display axis (`displayStart` plus its shortened width). */
  displayEnd: number;
}

/** Maps real time to display time and back; monotone, so order is kept. */
export interface TimeWarp {
  /** The stretches drawn shortened, with a break on the axis, in time order. */
  readonly gaps: readonly TimeGap[];
  /**
   * Where the pace of the scale changes outside the gaps, in display time, in order: between two of
   * them (and the gaps) real time is drawn linearly, so the axis ticks each stretch on its own and
   * marks where the pace changes.
   */
  readonly paceChanges: readonly number[];
  /** The largest ratio of display time to real time anywhere (1 when the warp only shortens). */
  readonly maxSlope: number;
  /** Real time (ms) to display time. */
  toDisplay(time: number): number;
  /** Display time back to real time (ms). */
  toTime(display: number): number;
}

/** Display time is real time. */
export const IDENTITY_WARP: TimeWarp = { gaps: [], paceChanges: [], maxSlope: 1, toDisplay: (time) => time, toTime: (display) => display };
