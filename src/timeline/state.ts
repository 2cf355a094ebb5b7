/**
 * The contract between the chart's controller (chart.ts) and every part that reads or moves it: the
 * controls, keyboard navigation, the overview strip, deep links, export, the public handle (and
 * through it `<event-timeline>`), and a second layout such as a vertical one for phones. Parts read
 * {@link ChartState}, act through {@link ChartCommands} and hear about changes through `state.on`;
 * none of them calls another.
 */
import type { PreparedModel } from '../layout/prepare.js';
import type { Orientation } from '../layout/story.js';
import type { Layout } from '../layout/types.js';
import type { TimeWarp } from '../layout/warp.js';
import type { ZoomLimits } from '../layout/zoomMath.js';
import type { ResolvedOptions } from './options.js';
import type { TimelineEventMap } from './types.js';

/** What the chart's parts hear: the public events, and what only they need to know. */
export interface ChartEventMap extends TimelineEventMap {
  /** A dataset was loaded: `valid` false when its problems are shown instead of a chart. */
  dataset: { valid: boolean };
  /** Options changed without a new dataset (a theme switch, the download option …). */
  options: { options: ResolvedOptions };
  /** The gap scale changed: whether some gap is (or could be) shortened, and whether all are drawn at full length. */
  gaps: { available: boolean; full: boolean };
  /** Time now runs the other way (`state.orientation` says which): the chart gave way to the vertical story, or back (the `layout` option, the container's width). */
  orientation: Record<string, never>;
}

/** The chart as its parts read it. Every property is live: it is the current value whenever it is read. */
export interface ChartState {
  /** The options in force, every default applied. */
  readonly options: ResolvedOptions;
  /** The prepared dataset, or null while an invalid one shows its problems. */
  readonly model: PreparedModel | null;
  /** The frame last drawn, or null before the first (and in the error state). */
  readonly layout: Layout | null;
  /** Which way time runs now: `'vertical'` while the story of cards stands in for the chart. */
  readonly orientation: Orientation;
  /** The selected event (its detail panel is open), or null. */
  readonly selected: string | null;
  /** Real time ↔ display time: the compressed scale in force. */
  readonly warp: TimeWarp;
  /** The visible range in display time. */
  domain(): [number, number];
  /** The visible range in real time, as Dates (what the zoom event and `getState()` report). */
  dates(): [Date, Date];
  /** The whole dataset's view in display time. */
  fitted(): [number, number];
  /** The zoom limits (the narrowest and widest views, in ms of display time), or null without valid data. */
  limits(): ZoomLimits | null;
  /** Listens for `type`; returns the function that stops listening. The chart's parts listen before the page's handlers. */
  on<K extends keyof ChartEventMap>(type: K, handler: (detail: ChartEventMap[K]) => void): () => void;
}

/** A zoom step: in or out by a factor of 2, or back to the whole dataset. */
export type ZoomRequest = 'in' | 'out' | 'fit';

/** Everything a part can ask of the chart. Each command draws what it changed (at once, or on the next frame where it says so). */
export interface ChartCommands {
  /** Selects an event (`null` clears), pans to it when it is out of view; returns whether the selection changed. */
  select(id: string | null): boolean;
  /** Selects the previous or next event in time (the story buttons); returns it, or null when there is none. */
  step(direction: 'previous' | 'next'): string | null;
  /** Closes the detail panel (Escape); returns the event focus goes back to, or null when none was open. */
  closeSelection(): string | null;
  /** Closes a cluster's event list shown in the detail panel; returns whether one was open. */
  closeList(): boolean;
  /** Opens the cluster with `key`: zooms to where its events come apart, or lists them when no zoom can. */
  openCluster(key: string): void;
  /**
   * Moves the view to a display-time range (clamped to the zoom limits). Drawn on the next frame,
   * or at once with `now`; `userInput` when the reader moved it (the overview's brush).
   */
  show(range: readonly [number, number], options?: { animate?: boolean; now?: boolean; userInput?: boolean }): void;
  /** Shows a real-time range, as `timeline.zoomTo` does; drawn at once. */
  showDates(range: readonly [Date | number, Date | number], animate: boolean): void;
  /** Zooms in or out by 2 around `centre` (display time; the middle when null), or to everything; drawn at once unless animated. */
  zoom(to: ZoomRequest, centre: number | null, animate: boolean): void;
  /** The view `range` would really give, clamped to the zoom limits. */
  clamp(range: readonly [number, number]): [number, number];
  /** The layout the view `range` would have, computed but not drawn (null without a dataset). */
  layoutFor(range: readonly [number, number]): Layout | null;
  /** Draws one shortened gap (by its real start) at full length, and says so. */
  expandGap(start: number): void;
  /** Draws every gap at full length (`true`), or shortens them again. */
  setFullGaps(on: boolean): void;
  /** Shows the tooltip for an event (null hides it); `byFocus` when keyboard focus moved there (a `focus` event follows). */
  hover(id: string | null, byFocus: boolean): void;
  /** Shows the events as the vertical story of cards in place of the chart, at any width (`true`), or as the width and the `layout` option choose. */
  listView(on: boolean): void;
  /** Says `message` in the polite live region. */
  announce(message: string, whole?: boolean): void;
}
