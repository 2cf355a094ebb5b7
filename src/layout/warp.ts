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
  /** Real time (ms) to display time. */
  toDisplay(time: number): number;
  /** Display time back to real time (ms). */
  toTime(display: number): number;
}

/** Display time is real time. */
export const IDENTITY_WARP: TimeWarp = { gaps: [], toDisplay: (time) => time, toTime: (display) => display };
