import css from './eventline.css?inline';

/**
 * The stylesheet's text, the same file as `eventline/style.css`: the custom element adopts it as a
 * constructable stylesheet, and the static SVG writer reads the theme colours from it, so colours
 * are written in one place.
 */
export const EVENTLINE_CSS: string = css;
