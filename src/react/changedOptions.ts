/**
 * What a re-render changed, in the form the handle's `update()` takes: the `<Timeline>` component
 * applies prop changes through it, never by drawing a new chart, so the selection and zoom survive.
 */
import type { TimelineOptions } from '../index.js';

/**
 * The options whose value differs between two renders (by `Object.is`, as React compares hook
 * dependencies), or null when none does. A prop that was removed is given as `undefined`, which
 * `update()` reads as "back to the default".
 */
export function changedOptions(previous: TimelineOptions, next: TimelineOptions): Partial<TimelineOptions> | null {
  const before = previous as Readonly<Record<string, unknown>>;
  const after = next as Readonly<Record<string, unknown>>;
  const changed: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!Object.is(before[key], after[key])) changed[key] = after[key];
  }
  // update() lets a `dataset` key replace `events` and `sources` even when its value is undefined, so a
  // switch from `dataset` to `events` must not name the dataset it drops, or the events go with it.
  if ('dataset' in changed && changed.dataset === undefined && (next.events !== undefined || next.sources !== undefined)) {
    delete changed.dataset;
  }
  // Removed props are undefined here, which exactOptionalPropertyTypes does not let the type say.
  return Object.keys(changed).length > 0 ? (changed as Partial<TimelineOptions>) : null;
}
