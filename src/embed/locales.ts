/**
 * The date-fns locales the `<event-timeline locale="…">` attribute knows by code. English is built in;
 * other languages are add-ons, so the one-tag script stays small: a page loads
 * `dist/locales/de.js` (which registers `de`), or calls {@link registerLocale} with any date-fns locale.
 */
import type { Locale } from 'date-fns';
import { ENGLISH, ENGLISH_US } from '../layout/english.js';

/** Codes of the add-on locale scripts the build writes to `dist/locales/<code>.js`. */
export const LOCALE_ADDONS = ['ar', 'de', 'es', 'fr', 'it', 'pl', 'pt', 'ru', 'uk'] as const;

const locales = new Map<string, Locale>([['en', ENGLISH], ['en-gb', ENGLISH], ['en-us', ENGLISH_US]]);
const listeners = new Set<() => void>();

/**
 * Makes `code` (such as `es` or `pt-BR`, case-insensitive) usable in the `locale` attribute. Elements
 * already on the page that asked for it switch to it.
 */
export function registerLocale(code: string, locale: Locale): void {
  locales.set(code.toLowerCase(), locale);
  for (const listener of listeners) listener();
}

/** The locale for `code`: an exact match, else its language (`de-AT` → `de`), else undefined. */
export function localeFor(code: string): Locale | undefined {
  const wanted = code.trim().toLowerCase();
  return locales.get(wanted) ?? locales.get(wanted.split('-')[0] ?? '');
}

/** Calls `listener` after each {@link registerLocale}; returns the unsubscribe function. */
export function onLocaleRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The message for a locale code that is not registered: what to load to get it. */
export function missingLocaleMessage(code: string): string {
  const language = code.trim().toLowerCase().split('-')[0] ?? '';
  const addOn = (LOCALE_ADDONS as readonly string[]).includes(language) ? ` load dist/locales/${language}.js after the eventline script, or` : '';
  return `locale="${code}" is not loaded (English is built in):${addOn} call registerLocale("${language}", locale) with a date-fns locale`;
}
