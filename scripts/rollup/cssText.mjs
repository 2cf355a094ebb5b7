// `import css from './x.css?inline'`: the stylesheet's text as a string module, without its comments
// and spare whitespace (about 650 B less gzip in every bundle that embeds it). The rollup build and
// Vitest use this plugin, so tests see the text the bundles carry; Storybook's Vite inlines the file as
// written, which is the same stylesheet.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SUFFIX = '?inline';
// A virtual id that does not end in `.css`, so no other plugin (Vite's CSS handling) takes the module
// for a stylesheet.
const PREFIX = '\0eventline-css-text:';
const ID_SUFFIX = '.text.js';

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
      if (!source.endsWith(`.css${SUFFIX}`) || !importer) return null;
      return `${PREFIX}${resolve(dirname(importer.split('?')[0]), source.slice(0, -SUFFIX.length))}${ID_SUFFIX}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -ID_SUFFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(minifyCss(readFileSync(file, 'utf8')))};`;
    },
  };
}
