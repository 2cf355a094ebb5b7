import { eventEnd, type PreparedModel } from '../layout/prepare.js';
import { firstIndexWhere } from '../model/sortedIndex.js';
import type { TimelineEvent } from '../types.js';
import type { NavigationTarget } from './keymap.js';

/** Position of `event` in the dataset's time order (events are sorted by start, then id), from 0. */
export function positionOf(events: readonly TimelineEvent[], event: TimelineEvent): number {
  const time = event.start.getTime();
  return firstIndexWhere(0, events.length, (index) => {
    const probe = events[index]!;
    const probeTime = probe.start.getTime();
    return !(probeTime < time || (probeTime === time && probe.id < event.id));
  });
}

/** The lane an event is drawn in: eras sit above every lane (index -1). */
function laneIndexOf(model: PreparedModel, event: TimelineEvent): number {
  if (event.era) return -1;
  const name = model.laneOf(event);
  return model.lanes.findIndex((lane) => lane.name === name);
}

/** The events of lane `index` (-1: the eras). */
function laneEvents(model: PreparedModel, index: number): TimelineEvent[] {
  if (index < 0) return model.eras.map((era) => era.event);
  const lane = model.lanes[index];
  return lane ? [...lane.points, ...lane.spanRows.flat().map((span) => span.event)] : [];
}

/** The event of `candidates` nearest `time`: a span holding `time` is at distance 0 (earlier wins a tie, then id). */
function nearest(candidates: readonly TimelineEvent[], time: number): TimelineEvent | undefined {
  let best: TimelineEvent | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const start = candidate.start.getTime();
    const distance = candidate.end === undefined ? Math.abs(start - time) : Math.max(0, start - time, time - eventEnd(candidate));
    const better = distance < bestDistance ||
      (distance === bestDistance && best !== undefined && (candidate.start < best.start || (candidate.start.getTime() === best.start.getTime() && candidate.id < best.id)));
    if (better) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The event a keyboard move lands on (pure). From `currentId` (or from nothing: the first event for
 * any move forward, the last for any move back): next or previous in time order, first or last, or
 * the event nearest in time in the lane above or below (skipping empty lanes; eras count as the lane
 * above the first). Returns `currentId` itself when there is nowhere to go, and `null` without events.
 */
export function navigate(model: PreparedModel, currentId: string | null, to: NavigationTarget): string | null {
  const events = model.dataset.events;
  if (events.length === 0) return null;
  const current = currentId === null ? undefined : model.byId.get(currentId);
  if (to === 'first' || (!current && (to === 'next' || to === 'down'))) return events[0]!.id;
  if (to === 'last' || (!current && (to === 'previous' || to === 'up'))) return events[events.length - 1]!.id;
  if (!current) return null;
  if (to === 'next' || to === 'previous') {
    const position = positionOf(events, current) + (to === 'next' ? 1 : -1);
    return events[Math.max(0, Math.min(events.length - 1, position))]!.id;
  }
  const step = to === 'down' ? 1 : -1;
  for (let lane = laneIndexOf(model, current) + step; lane >= -1 && lane < model.lanes.length; lane += step) {
    const found = nearest(laneEvents(model, lane), current.start.getTime());
    if (found) return found.id;
  }
  return current.id;
}

/** The first event, in time order, that starts inside `[from, to]`; `null` when none does. */
export function firstEventIn(model: PreparedModel, from: number, to: number): string | null {
  const events = model.dataset.events;
  const event = events[firstIndexWhere(0, events.length, (index) => events[index]!.start.getTime() >= from)];
  return event && event.start.getTime() <= to ? event.id : null;
}
