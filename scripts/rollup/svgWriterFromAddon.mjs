// Why: the one-tag script leaves the SVG writer behind export to an add-on (dist/eventline-export.js),
// so pages that never export do not download it. Every import of ssr/svgWriter.ts resolves to the slot
// module the add-on fills (src/embed/svgWriterSlot.ts, which says what to load until it is filled).
import { fileURLToPath } from 'node:url';

const SLOT = fileURLToPath(new URL('../../src/embed/svgWriterSlot.ts', import.meta.url));

/** @returns {import('rollup').Plugin} */
export function svgWriterFromAddon() {
  return {
    name: 'eventline-svg-writer-from-addon',
    resolveId: (source) => (/(^|[\\/])svgWriter\.(js|ts)$/.test(source) ? SLOT : null),
  };
}
