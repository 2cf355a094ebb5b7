/*
 * A module of its own, not in time.ts: the index re-exports time.ts, so the element and the add-ons
 * take time.ts from the built index, where only its public names are (scripts/rollup/sharedModules.mjs).
 */

/** The English month names, January first: the parser's messages and the built-in English locale share them. */
export const MONTH_NAMES = 'January February March April May June July August September October November December'.split(' ');
