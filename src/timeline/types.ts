import type { TimelineEvent } from '../types.js';
import type { TimelineOptions } from './options.js';

/** What each timeline event carries to `on()` handlers (and, for select and zoom, DOM `CustomEvent.detail`). */
export interface TimelineEventMap {
  /** An event was selected (`id` null when the selection was cleared). */
  select: { id: string | null; event: TimelineEvent | null };
  /** Keyboard focus moved to an event mark (or, in the vertical story, to an event's card). */
  focus: { id: string | null };
  /** The visible range changed; `userInput` is true for wheel, drag and touch. */
  zoom: { range: [Date, Date]; userInput: boolean };
  /** A frame was drawn: how many marks, clusters and labels are in the DOM. */
  render: { marks: number; clusters: number; labels: number };
}

/** The state a timeline reports. */
export interface TimelineState {
  /** The visible range. */
  range: [Date, Date];
  /** The selected event id, or null. */
  selected: string | null;
}

/** The handle {@link createTimeline} returns. */
export interface Timeline {
  /** Changes options; with a new dataset, selection and zoom survive for ids that survive. */
  update(options: Partial<TimelineOptions>): void;
  /** Selects an event by id and shows its detail; `null` clears. Unknown ids are ignored. */
  select(id: string | null): void;
  /**
   * Shows a range, through the same zoom transform as wheel and drag (clamped to the zoom limits). Its
   * ends are Dates or ms since 1970; ms reach deep time too, where a plain `Date` cannot (take them from the
   * Dates `getState()` gives, whose `getTime()` holds deep time, or from the events' dates).
   */
  zoomTo(range: [Date | number, Date | number], options?: { animate?: boolean }): void;
  /** Shows the whole dataset. */
  fit(options?: { animate?: boolean }): void;
  /** Listens for `select`, `focus`, `zoom` or `render`; returns a function that stops listening. */
  on<K extends keyof TimelineEventMap>(type: K, handler: (detail: TimelineEventMap[K]) => void): () => void;
  /** The visible range and the selection. */
  getState(): TimelineState;
  /**
   * The chart as drawn now, as a standalone SVG document: colours written in, no stylesheet or script
   * needed (for print, a CMS image slot or a social card). An empty string in the error state.
   */
  toSVG(): string;
  /**
   * The chart as drawn now, as a PNG (`scale` times the pixels, default 2). Under a
   * Content-Security-Policy the page must allow `img-src blob:`; otherwise the promise rejects.
   */
  toPNG(options?: { scale?: number }): Promise<Blob>;
  /** Empties the container, disconnects the ResizeObserver and removes every listener. Safe to call twice. */
  destroy(): void;
}
