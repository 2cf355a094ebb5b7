// Why: bundler users import `eventline/style.css`; the file is the source stylesheet as written,
// copied into the output beside the modules that expect it.
import { readFileSync } from 'node:fs';

const SOURCE = 'src/styles/eventline.css';

/** @returns {import('rollup').Plugin} */
export function stylesheetAsset() {
  return {
    name: 'eventline-stylesheet',
    buildStart() {
      this.addWatchFile(SOURCE);
      this.emitFile({ type: 'asset', fileName: 'eventline.css', source: readFileSync(SOURCE, 'utf8') });
    },
  };
}
