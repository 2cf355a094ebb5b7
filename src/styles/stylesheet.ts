import css from './eventline.css?inline';

/**
 * The stylesheet's text, the same file as `eventline/style.css`: the custom element and the one-tag
 * script adopt it as a constructable stylesheet. (Its theme colours alone are theme.ts.)
 */
export const EVENTLINE_CSS: string = css;
