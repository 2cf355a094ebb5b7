import type { Plugin } from 'rollup';

/** The stylesheet without comments and the whitespace nothing needs (spaces before a colon and inside values stay). */
export function minifyCss(css: string): string;

/** `import css from './x.css?inline'` gives the stylesheet's text, minified, as a string module. */
export function cssText(): Plugin;
