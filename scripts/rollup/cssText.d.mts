import type { Plugin } from 'rollup';

/** The stylesheet without comments and the whitespace nothing needs (spaces before a colon and inside values stay). */
export function minifyCss(css: string): string;

/** The custom properties the stylesheet declares on `.eventline`, as [name, value] pairs (values minified). */
export function themePairs(css: string): Array<[string, string]>;

/** `import css from './x.css?inline'` gives the stylesheet's text, minified; `?theme` its theme properties. */
export function cssText(): Plugin;
