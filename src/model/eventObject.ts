import type { DatePrecision, TimelineEvent } from '../types.js';

/**
 * Sets the fields every normalised event has, in the order both validators write them. Called with
 * `new` and `Object.prototype` as its prototype, so events stay plain objects (`Object.getPrototypeOf`
 * is `Object.prototype`, as for a literal). A constructor rather than an object literal: V8 then keeps
 * room inside each object for the optional fields added after it (in-object slack tracking), where a
 * literal's extra fields go to a property array of their own, one more object per event: about 2 MB
 * at 100,000 events.
 */
function EventFields(
  this: TimelineEvent, id: string, title: string, sources: readonly string[], start: Date, precision: DatePrecision, importance: 1 | 2 | 3,
): void {
  this.id = id;
  this.title = title;
  this.sources = sources;
  this.start = start;
  this.precision = precision;
  this.importance = importance;
}
EventFields.prototype = Object.prototype;

const Construct = EventFields as unknown as new (...fields: Parameters<typeof EventFields>) => TimelineEvent;

/** A new normalised event with its required fields; the caller adds the optional ones it has. */
export function newEvent(...fields: Parameters<typeof EventFields>): TimelineEvent {
  return new Construct(...fields);
}
