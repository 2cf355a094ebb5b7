import { EVENTLINE_CSS } from '../styles/stylesheet.js';

/** The theme's custom properties (`--eventline-*`, without the prefix) as plain values. */
export type Palette = Readonly<Record<string, string>>;

/**
 * Reads the theme colours from the stylesheet (`--eventline-bg: light-dark(#fff, #15171b)`), taking
 * the light or the dark value: a standalone SVG has no stylesheet and no `light-dark()`, so it gets
 * the values themselves, written once in eventline.css.
 */
export function paletteFor(theme: 'light' | 'dark', css: string = EVENTLINE_CSS): Palette {
  const palette: Record<string, string> = {};
  const rootRule = /\.eventline\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  for (const match of rootRule.matchAll(/--eventline-([a-z0-9-]+)\s*:\s*([^;]+);/g)) {
    const [, name, raw] = match as unknown as [string, string, string];
    const pair = /^light-dark\((.*)\)$/.exec(raw.trim());
    palette[name] = pair ? splitTopLevel(pair[1]!)[theme === 'light' ? 0 : 1]!.trim() : raw.trim();
  }
  return palette;
}

/** Splits `a, b` at the comma outside parentheses (`rgba(1, 2, 3, 0.1), #fff`). */
function splitTopLevel(text: string): string[] {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ',' && depth === 0) return [text.slice(0, index), text.slice(index + 1)];
  }
  return [text, text];
}
