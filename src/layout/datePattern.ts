/**
 * Writes a UTC date through a date-fns pattern (`d MMMM y`, `LLL`, the locale's own long date) with the
 * words of a date-fns locale. The subset of date-fns `format` tokens that dates, ticks and the locales'
 * long date patterns use; `format` itself would bring every token's formatter and the time-zone
 * machinery (about 4 KB gzip in the one-tag script). Always the UTC fields: calendar dates are stored
 * as UTC midnight, so a local reading would move `2022-02-24` to the 23rd west of Greenwich.
 */
import type { Locale } from 'date-fns';
import { pad } from '../model/time.js';

type Width = 'narrow' | 'short' | 'abbreviated' | 'wide';

/** date-fns's tokenizer: a letter run (or a letter and `o` for an ordinal), a quoted literal, or one character. */
const TOKENS = /[yMLd]o|(\w)\1*|''|'(''|[^'])+('|$)|./g;

/** The width a run of `count` letters asks for (3 abbreviated, 4 wide, 5 narrow, 6 short, as in date-fns). */
function widthOf(count: number): Width {
  return count === 4 ? 'wide' : count === 5 ? 'narrow' : count === 6 ? 'short' : 'abbreviated';
}

/** The date-fns `unit` of each letter's ordinal (`do` is the 24th). */
const ORDINAL_UNITS: Readonly<Record<string, 'year' | 'month' | 'date'>> = { y: 'year', M: 'month', L: 'month', d: 'date' };

/** The number each numeric letter writes: the year as counted (there is no year 0), the month from 1, the day, the time. */
const NUMBERS: Readonly<Record<string, (date: Date) => number>> = {
  y: (date) => {
    const year = date.getUTCFullYear();
    return year > 0 ? year : 1 - year;
  },
  M: (date) => date.getUTCMonth() + 1,
  L: (date) => date.getUTCMonth() + 1,
  d: (date) => date.getUTCDate(),
  H: (date) => date.getUTCHours(),
  m: (date) => date.getUTCMinutes(),
  s: (date) => date.getUTCSeconds(),
};

function tokenText(date: Date, token: string, locale: Locale): string {
  const { localize } = locale;
  const letter = token[0]!;
  const count = token.length;
  const number = NUMBERS[letter]?.(date);
  const unit = ORDINAL_UNITS[letter];
  if (unit && token[1] === 'o') return localize.ordinalNumber(number!, { unit });
  // M is the month in a date ("24 февраля"), L the month on its own ("февраль").
  if ((letter === 'M' || letter === 'L') && count > 2) {
    return localize.month((number! - 1) as Parameters<typeof localize.month>[0], { width: widthOf(count), context: letter === 'M' ? 'formatting' : 'standalone' });
  }
  if (number !== undefined) return letter === 'y' && count === 2 ? pad(number % 100, 2) : pad(number, count);
  switch (letter) {
    case 'E':
      return localize.day(date.getUTCDay() as Parameters<typeof localize.day>[0], { width: count <= 3 ? 'abbreviated' : widthOf(count), context: 'formatting' });
    case 'G':
      return localize.era(date.getUTCFullYear() > 0 ? 1 : 0, { width: count <= 3 ? 'abbreviated' : count === 4 ? 'wide' : 'narrow' });
    case "'":
      return token === "''" ? "'" : token.slice(1, token.endsWith("'") ? -1 : undefined).replace(/''/g, "'");
    default:
      // Anything else (punctuation, spaces, and letters no eventline pattern uses) is written as it is.
      return token;
  }
}

/** Patterns already split into tokens: a chart writes hundreds of dates through the same few. */
const tokenized = new Map<string, string[]>();

/** `date` (its UTC fields) written through `pattern` in `locale`'s words. */
export function formatUTC(date: Date, pattern: string, locale: Locale): string {
  let tokens = tokenized.get(pattern);
  if (!tokens) {
    tokens = pattern.match(TOKENS) ?? [];
    if (tokenized.size < 100) tokenized.set(pattern, tokens);
  }
  let text = '';
  for (const token of tokens) text += tokenText(date, token, locale);
  return text;
}

/** The locale's long date pattern (`d MMMM yyyy`, `do MMMM y`, `d 'de' MMMM 'de' y`). */
export function longDatePattern(locale: Locale): string {
  return locale.formatLong.date({ width: 'long' });
}
