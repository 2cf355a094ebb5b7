// `import css from './x.css?inline'`: the stylesheet's text as a string module, without its comments
// and spare whitespace (about 650 B less gzip in every bundle that embeds it). The rollup build and
// Vitest use this plugin, so tests see the text the bundles carry; Storybook's Vite inlines the file as
// written, which is the same stylesheet.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SUFFIX = '?inline';
// `?theme`: only the theme's custom properties of the first `.eventline` rule, as [name, value] pairs:
// what the static SVG writer needs, without the rest of the stylesheet in the module that renders it.
const THEME_SUFFIX = '?theme';
// A virtual id that does not end in `.css`, so no other plugin (Vite's CSS handling) takes the module
// for a stylesheet.
const PREFIX = '\0eventline-css-text:';
const ID_SUFFIX = '.text.js';
const THEME_ID_SUFFIX = '.theme.js';

/**
 * The custom properties the stylesheet declares on `.eventline` (its first rule), in order:
 * `[['bg', 'light-dark(#ffffff,#15171b)'], …]` (values as minified).
 * @param {string} css
 * @returns {Array<[string, string]>}
 */
export function themePairs(css) {
  const rule = /\.eventline\s*\{([^}]*)\}/.exec(minifyCss(css))?.[1] ?? '';
  return [...rule.matchAll(/--eventline-([a-z0-9-]+)\s*:\s*([^;]+);?/g)].map((match) => [match[1], match[2].trim()]);
}

/**
 * The stylesheet without comments and without the whitespace nothing needs: around braces,
 * semicolons, commas and `>`, and after a colon. Spaces before a colon stay (`.a :focus` is not
 * `.a:focus`), and so does every space inside a value (`calc(100% - 2px)`).
 * @param {string} css
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .trim();
}

/** @returns {import('rollup').Plugin} */
export function cssText() {
  return {
    name: 'eventline-css-text',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer) return null;
      const from = dirname(importer.split('?')[0]);
      if (source.endsWith(`.css${SUFFIX}`)) return `${PREFIX}${resolve(from, source.slice(0, -SUFFIX.length))}${ID_SUFFIX}`;
      if (source.endsWith(`.css${THEME_SUFFIX}`)) return `${PREFIX}${resolve(from, source.slice(0, -THEME_SUFFIX.length))}${THEME_ID_SUFFIX}`;
      return null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const theme = id.endsWith(THEME_ID_SUFFIX);
      const file = id.slice(PREFIX.length, -(theme ? THEME_ID_SUFFIX : ID_SUFFIX).length);
      this.addWatchFile(file);
      const css = readFileSync(file, 'utf8');
      return `export default ${JSON.stringify(theme ? themePairs(css) : minifyCss(css))};`;
    },
  };
}
