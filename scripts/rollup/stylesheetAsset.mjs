// Why: bundler users import `eventline/style.css`; the file is the source stylesheet as written (any
// non-ASCII character as a CSS escape, see asciiCss), copied into the output beside the modules that
// expect it.
import { readFileSync } from 'node:fs';
import { asciiCss } from './asciiOnly.mjs';

const SOURCE = 'src/styles/eventline.css';

/** @returns {import('rollup').Plugin} */
export function stylesheetAsset() {
  return {
    name: 'eventline-stylesheet',
    buildStart() {
      this.addWatchFile(SOURCE);
      this.emitFile({ type: 'asset', fileName: 'eventline.css', source: asciiCss(readFileSync(SOURCE, 'utf8')) });
    },
  };
}
