/**
 * The stylesheet as the custom element adopts it. Inside a shadow root the theme's custom properties
 * are declared on `:host`, where the page can override them (`event-timeline { --eventline-bg: … }`),
 * and the chart inherits them: the defaults are the stylesheet's own, written once in eventline.css.
 */
import { EVENTLINE_CSS } from '../styles/stylesheet.js';

/**
 * The theme's custom properties, read from the (minified) stylesheet's first rule, `.eventline`: the
 * pairs of `styles/theme.ts`, without carrying them a second time beside the stylesheet in the
 * element's bundles.
 */
export function themeOf(css: string): Array<[string, string]> {
  const rule = /\.eventline\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return [...rule.matchAll(/--eventline-([a-z0-9-]+):([^;]+)/g)].map((match) => [match[1]!, match[2]!]);
}

/** The extra rules: defaults on `:host`, `inherit` on the chart root, and the host's own box. */
export function hostThemeRules(properties: ReadonlyArray<readonly [string, string]> = themeOf(EVENTLINE_CSS)): string {
  const names = properties.map(([name]) => `--eventline-${name}`);
  const defaults = properties.map(([name, value]) => `--eventline-${name}: ${value};`);
  return [
    `:host { display: block; ${defaults.join(' ')} }`,
    ':host([hidden]) { display: none; }',
    `.eventline { ${names.map((name) => `${name}: inherit;`).join(' ')} }`,
    '.eventline-status { box-sizing: border-box; padding: 1em; font-family: var(--eventline-font, inherit); color: var(--eventline-muted); }',
    '.eventline-status[role="alert"] { color: var(--eventline-error); border-left: 4px solid var(--eventline-error); }',
  ].join('\n');
}

let sheets: CSSStyleSheet[] | null = null;

/** The constructable stylesheets every element shares (built once per page). */
export function adoptedSheets(view: Window & typeof globalThis): CSSStyleSheet[] {
  if (sheets) return sheets;
  const base = new view.CSSStyleSheet();
  base.replaceSync(EVENTLINE_CSS);
  const host = new view.CSSStyleSheet();
  host.replaceSync(hostThemeRules());
  sheets = [base, host];
  return sheets;
}
