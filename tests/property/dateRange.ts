/**
 * Which dates of a parsed dataset a chart cannot draw: those whose period (a calendar day lasts a
 * day, `+275760` a whole year) reaches past the instants a JavaScript Date holds. Today parseDataset
 * accepts some (issue #22, row 3) and drawing them throws, writes NaN, or never returns: the
 * rendering properties check this first, so a known bug fails them with a message instead of
 * hanging the test run (a loop in the layout cannot be stopped by a test timeout).
 */
import type { Dataset, DatePrecision } from '../../src/types.js';

/** The instants a JavaScript Date can hold: ±8.64e15 ms around 1970. */
export const DATE_LIMIT = 8.64e15;

/** When the period a date names ends (NaN past what a Date holds). */
export function periodEnd(date: Date, precision: DatePrecision): number {
  const next = new Date(date.getTime());
  if (precision === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (precision === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else if (precision === 'year') next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next.getTime();
}

/** `id.start` or `id.end` for every date of `dataset` whose period does not fit in what a Date holds. */
export function undrawableDates(dataset: Dataset): string[] {
  const fits = (time: number): boolean => time >= -DATE_LIMIT && time <= DATE_LIMIT;
  return dataset.events.flatMap((event) => {
    const found: string[] = [];
    if (!fits(event.start.getTime()) || !fits(periodEnd(event.start, event.precision))) found.push(`${event.id}.start`);
    if (event.end && !fits(periodEnd(event.end, event.endPrecision ?? event.precision))) found.push(`${event.id}.end`);
    return found;
  });
}
