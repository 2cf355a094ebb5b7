/**
 * The date-fns locales the `<event-timeline locale="…">` attribute knows by code. A small set is
 * bundled; add others with {@link registerLocale} (`registerLocale('es', es)` from `date-fns/locale/es`).
 */
import type { Locale } from 'date-fns';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { fr } from 'date-fns/locale/fr';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';

const locales = new Map<string, Locale>([
  ['en', enGB], ['en-gb', enGB], ['en-us', enUS], ['de', de], ['fr', fr], ['uk', uk], ['ru', ru], ['ar', ar],
]);

/** Makes `code` (such as `es` or `pt-BR`, case-insensitive) usable in the `locale` attribute. */
export function registerLocale(code: string, locale: Locale): void {
  locales.set(code.toLowerCase(), locale);
}

/** The locale for `code`: an exact match, else its language (`de-AT` → `de`), else undefined. */
export function localeFor(code: string): Locale | undefined {
  const wanted = code.trim().toLowerCase();
  return locales.get(wanted) ?? locales.get(wanted.split('-')[0] ?? '');
}
