import css from './eventline.css?inline';

/**
 * The stylesheet's text, the same file as `eventline/style.css`: the custom element adopts it as a
 * constructable stylesheet, and the static SVG writer reads the theme colours from it, so colours
 * are written in one place.
 */
export const EVENTLINE_CSS: string = css;

/** The theme's custom properties as the stylesheet declares them on `.eventline`, in order: `['bg', 'light-dark(#ffffff, #15171b)']`. */
export function themeProperties(stylesheet: string = EVENTLINE_CSS): Array<[name: string, value: string]> {
  const rootRule = /\.eventline\s*\{([^}]*)\}/.exec(stylesheet)?.[1] ?? '';
  return [...rootRule.matchAll(/--eventline-([a-z0-9-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]);
}
