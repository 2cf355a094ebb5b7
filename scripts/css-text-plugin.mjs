// `import css from './x.css?inline'`: the stylesheet's text as a string module, in the rollup build
// (Vite, and so Vitest, does the same natively; vitest.config.ts lets it for eventline.css).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const SUFFIX = '?inline';
// A virtual id, so no other plugin takes the module for a stylesheet.
const PREFIX = '\0eventline-css-text:';

/** @returns {import('rollup').Plugin} */
export function cssText() {
  return {
    name: 'eventline-css-text',
    resolveId(source, importer) {
      if (!source.endsWith(`.css${SUFFIX}`) || !importer) return null;
      return `${PREFIX}${resolve(dirname(importer.split('?')[0]), source.slice(0, -SUFFIX.length))}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(readFileSync(file, 'utf8'))};`;
    },
  };
}
