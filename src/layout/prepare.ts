import type { Dataset, TimelineEvent } from '../types.js';
import { type EventIndex, eventIndexOf } from '../model/parseDataset.js';
import { periodLength } from '../model/time.js';
import { DEFAULT_LANE, laneOrder, packIntervals } from './lanes.js';

/** A span placed in a packed row of its lane. */
export interface PreparedSpan {
  /** The event. */
  event: TimelineEvent;
  /** Start in ms. */
  start: number;
  /** End in ms. */
  end: number;
  /** Packed row within the lane (0 is the first span row). */
  row: number;
}

/** One lane's events, sorted once per dataset so every frame is a slice and a sweep. */
export interface PreparedLane {
  /** The lane name (`group`). */
  name: string;
  /** Point events (no `end`), sorted by start. */
  points: TimelineEvent[];
  /** Start times of `points`, for binary search. */
  pointTimes: Float64Array;
  /** Spans grouped by packed row; within a row spans do not overlap, so they are sorted by start and by end. */
  spanRows: PreparedSpan[][];
}

/**
 * Everything about a dataset that does not depend on the viewport: lanes, packed span rows, eras,
 * categories and the time extent. Computed once per dataset; {@link computeLayout} reads it per frame.
 */
export interface PreparedModel {
  /** The normalised dataset. */
  dataset: Dataset;
  /** Lanes in display order. */
  lanes: PreparedLane[];
  /** Era spans (background bands), with their packed label row. */
  eras: PreparedSpan[];
  /** Number of era label rows. */
  eraRows: number;
  /** Categories in order of first appearance; an event's colour index is its position here. */
  categories: string[];
  /** Earliest start and latest end (or start) in ms; `null` without events. */
  extent: [number, number] | null;
  /** Every event by id. */
  byId: EventIndex;
}

/** Where an event's time ends: a calendar date covers its whole period (`2022-02` lasts all February). */
export function eventEnd(event: TimelineEvent): number {
  const last = event.end ?? event.start;
  return last.getTime() + periodLength(last, event.end ? event.endPrecision ?? event.precision : event.precision);
}

function spansOf(events: readonly TimelineEvent[]): PreparedSpan[] {
  const spans = events.map((event) => ({ event, start: event.start.getTime(), end: eventEnd(event), row: 0 }));
  const rows = packIntervals(spans);
  spans.forEach((span, index) => (span.row = rows[index] ?? 0));
  return spans;
}

/** Prepares a dataset for layout. `lanes` is the `lanes` option: `'auto'` or an explicit order. */
export function prepareModel(dataset: Dataset, lanes: 'auto' | readonly string[] = 'auto'): PreparedModel {
  const names = laneOrder(dataset.events, lanes);
  const byLane = new Map(names.map((name) => [name, [] as TimelineEvent[]]));
  const eraEvents: TimelineEvent[] = [];
  const categories: string[] = [];
  let min = Infinity;
  let max = -Infinity;
  for (const event of dataset.events) {
    min = Math.min(min, event.start.getTime());
    max = Math.max(max, eventEnd(event));
    if (event.category !== undefined && !categories.includes(event.category)) categories.push(event.category);
    if (event.era) eraEvents.push(event);
    else byLane.get(event.group ?? DEFAULT_LANE)?.push(event);
  }
  const preparedLanes = names.map((name): PreparedLane => {
    const events = byLane.get(name) ?? [];
    const points = events.filter((event) => event.end === undefined);
    const spanRows: PreparedSpan[][] = [];
    for (const span of spansOf(events.filter((event) => event.end !== undefined))) (spanRows[span.row] ??= []).push(span);
    return { name, points, pointTimes: Float64Array.from(points, (event) => event.start.getTime()), spanRows };
  });
  const eras = spansOf(eraEvents);
  return {
    dataset,
    lanes: preparedLanes,
    eras,
    eraRows: eras.reduce((rows, era) => Math.max(rows, era.row + 1), 0),
    categories,
    extent: Number.isFinite(min) ? [min, max] : null,
    byId: eventIndexOf(dataset),
  };
}
