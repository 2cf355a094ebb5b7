import type { Plugin } from 'rollup';

/** A string literal's, template element's or regular expression's source with each non-ASCII UTF-16 unit as `\uXXXX` (the same value). */
export function escapeQuoted(source: string): string;

/**
 * `code` with every non-ASCII character escaped and the program unchanged (checked by parsing it again
 * with `parse`); throws for a tagged template with non-ASCII text, whose raw text an escape would change.
 */
export function toAscii(code: string, parse: (code: string) => unknown, fileName: string): string;

/** `css` with each non-ASCII character as a six-digit CSS escape. */
export function asciiCss(css: string): string;

/** The output plugin that makes each chunk ASCII-only; it runs after the minifier. */
export function asciiOnly(): Plugin;
