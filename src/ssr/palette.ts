import { THEME_PROPERTIES } from '../styles/theme.js';

/** The theme's custom properties (`--eventline-*`, without the prefix) as plain values. */
export type Palette = Readonly<Record<string, string>>;

/**
 * Reads the theme colours from the stylesheet (`--eventline-bg: light-dark(#fff, #15171b)`), taking
 * the light or the dark value: a standalone SVG has no stylesheet and no `light-dark()`, so it gets
 * the values themselves, written once in eventline.css. `override(name)` gives a page's own value of
 * `--eventline-<name>` where it set one (the computed style of a mounted chart), else an empty string.
 */
export function paletteFor(
  theme: 'light' | 'dark',
  properties: ReadonlyArray<readonly [string, string]> = THEME_PROPERTIES,
  override: (name: string) => string = () => '',
): Palette {
  const palette: Record<string, string> = {};
  for (const [name, declared] of properties) {
    const value = override(name).trim() || declared;
    const pair = /^light-dark\((.*)\)$/.exec(value);
    palette[name] = pair ? splitTopLevel(pair[1]!)[theme === 'light' ? 0 : 1]!.trim() : value;
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
