/**
 * The types of `<event-timeline>` that frameworks see: its attributes and its events. The global
 * declarations that use them are in define.ts; React's JSX types come with `eventline/react` (they need
 * React's types).
 */
import type { TimelineEventMap } from '../index.js';

/**
 * An on/off attribute: present (or `true`, `on`, `yes`, `1`) is on; `false`, `off`, `no` or `0` is off.
 * Frameworks that remove an attribute set to `false` return it to its default.
 */
export type EventTimelineSwitch = boolean | 'true' | 'false' | 'on' | 'off' | 'yes' | 'no' | '1' | '0' | '';

/**
 * The attributes of `<event-timeline>` (each updates the view when it changes; removing one returns its
 * option to the default). A value the element cannot use is ignored and named in its status line.
 */
export interface EventTimelineAttributes {
  /** URL of the data: eventline JSON, TimelineJS JSON or a TimelineJS spreadsheet as CSV. */
  src?: string;
  /** `light`, `dark`, or `auto` (the reader's system setting; the default). */
  theme?: 'light' | 'dark' | 'auto';
  /** `auto` (vertical story below 600 px of width; the default), `horizontal` or `vertical`. */
  layout?: 'auto' | 'horizontal' | 'vertical';
  /** A language code: `en` is built in; others once their locale is registered (`de-AT` falls back to `de`). */
  locale?: string;
  /** The chart's height in px. */
  height?: number | `${number}` | `${number}px`;
  /** The first date of the range shown first (with `end`), an ISO date such as `2025-08-01`. */
  start?: string;
  /** The last date of the range shown first (with `start`). */
  end?: string;
  /** The lane order, comma-separated (`War, Diplomacy`); lanes it does not name follow; `auto` by default. */
  lanes?: string;
  /**
   * Whether long empty stretches of time are shortened (on by default). Write `off` to turn it off: a
   * framework that drops an attribute set to `false` would leave it on.
   */
  'compress-gaps'?: 'on' | 'off' | 'true' | 'false';
  /** The selected event's id; the element keeps it in step with the reader's selection. */
  selected?: string;
  /** Deep links: the selection in the URL fragment (`#event=<id>`). Off by default. */
  hash?: EventTimelineSwitch;
  /** The Download SVG and PNG buttons. Off by default. */
  download?: EventTimelineSwitch;
}

/** The events `<event-timeline>` dispatches (bubbling and composed), with their `detail`. */
export interface EventTimelineEventMap {
  /** The reader selected an event, or cleared the selection (`detail.id` null). */
  'eventline:select': CustomEvent<TimelineEventMap['select']>;
  /** The visible range changed. */
  'eventline:zoom': CustomEvent<TimelineEventMap['zoom']>;
  /** The data could not be loaded or read; `detail.message` is what the status line shows. */
  'eventline:error': CustomEvent<{ message: string }>;
}
