/**
 * English as eventline writes dates, built in so that the chart needs no date-fns locale module to
 * run: the month and day names, eras, ordinals, the long date pattern and lengths of time, which are
 * all of a locale that eventline reads. They give exactly what date-fns's `enGB` and `enUS` give for
 * those (a test compares them); parsing, relative dates, times of day and approximate distances
 * ("about 1 hour"), which eventline never uses, are left out, so this is not a locale for date-fns's
 * own functions (give those date-fns's `enGB`). Any other language is a date-fns locale passed in the
 * `locale` option.
 */
import type { Locale } from 'date-fns';
import { MONTH_NAMES as MONTHS } from '../model/monthNames.js';

const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const ERAS = [['B', 'BC', 'Before Christ'], ['A', 'AD', 'Anno Domini']] as const;
const UNITS: Readonly<Record<string, string>> = { xSeconds: 'second', xMinutes: 'minute', xHours: 'hour', xDays: 'day', xWeeks: 'week', xMonths: 'month', xYears: 'year' };

type Width = { width?: string } | undefined;
const cut = (name: string, options: Width): string => {
  const width = options?.width;
  return width === 'narrow' ? name[0]! : width === 'short' ? name.slice(0, 2) : width === 'abbreviated' ? name.slice(0, 3) : name;
};

/** `1st`, `2nd`, `3rd`, `11th`, `21st`. */
function ordinal(value: unknown): string {
  const number = Number(value);
  const last = number % 10;
  const teen = number % 100 > 10 && number % 100 < 14;
  return `${number}${teen || last < 1 || last > 3 ? 'th' : ['st', 'nd', 'rd'][last - 1]}`;
}

const english = (code: string, longDate: string, weekStartsOn: 0 | 1): Locale =>
  // The parts date-fns's Locale type also asks for (parsing, relative dates) are not here: eventline never calls them.
  ({
    code,
    localize: {
      ordinalNumber: ordinal,
      era: (era: 0 | 1, options: Width) => ERAS[era][options?.width === 'narrow' ? 0 : options?.width === 'wide' ? 2 : 1],
      month: (month: number, options: Width) => cut(MONTHS[month]!, options),
      day: (day: number, options: Width) => cut(DAYS[day]!, options),
    },
    formatLong: { date: () => longDate },
    // A suffix only for the past: eventline asks for "ago" alone (deep time, `13.8 billion years ago`).
    formatDistance: (token: string, count: number, options?: { addSuffix?: boolean }) => `${count} ${UNITS[token] ?? token}${count === 1 ? '' : 's'}${options?.addSuffix ? ' ago' : ''}`,
    options: { weekStartsOn, firstWeekContainsDate: weekStartsOn === 1 ? 4 : 1 },
  }) as unknown as Locale;

/** British English (`24 February 2022`): the default locale. */
export const ENGLISH = english('en-GB', 'd MMMM yyyy', 1);

/** American English (`February 24th, 2022`), for `<event-timeline locale="en-US">`. */
export const ENGLISH_US = english('en-US', 'MMMM do, y', 0);
