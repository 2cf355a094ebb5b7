/**
 * Which dates of a parsed dataset a chart cannot draw: those whose instant or period end is not a
 * finite number of ms. Years past what a Date holds are deep time, whole years kept as numbers, so
 * every date parseDataset accepts should be drawable (issue #22, row 3, where `+275760` was accepted
 * and drawing it looped or wrote NaN): the rendering properties check this first, so a regression
 * fails them with a message instead of hanging the test run (a loop in the layout cannot be stopped by
 * a test timeout).
 */
import { periodLength } from '../../src/model/time.js';
import type { Dataset, DatePrecision } from '../../src/types.js';

/** When the period a date names ends: a calendar day lasts a day, a deep year a mean year (NaN for a date that holds no time). */
export function periodEnd(date: Date, precision: DatePrecision): number {
  return date.getTime() + periodLength(date, precision);
}

/** `id.start` or `id.end` for every date of `dataset` whose instant or period end is not a finite time. */
export function undrawableDates(dataset: Dataset): string[] {
  return dataset.events.flatMap((event) => {
    const found: string[] = [];
    if (!Number.isFinite(periodEnd(event.start, event.precision))) found.push(`${event.id}.start`);
    if (event.end && !Number.isFinite(periodEnd(event.end, event.endPrecision ?? event.precision))) found.push(`${event.id}.end`);
    return found;
  });
}
