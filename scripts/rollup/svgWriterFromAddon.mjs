// Why: dist/index.js and the one-tag script leave the SVG writers, the PNG drawing and the download buttons behind export to
// an add-on (eventline/export, dist/eventline-export.js), so pages that never export do not download
// them. Every import of ssr/writeSVG.ts, timeline/exportImage.ts and timeline/downloads.ts resolves to the slot module the add-on fills
// (src/embed/svgWriterSlot.ts, which says what to load until it is filled).
import { fileURLToPath } from 'node:url';

const SLOT = fileURLToPath(new URL('../../src/embed/svgWriterSlot.ts', import.meta.url));

/** @returns {import('rollup').Plugin} */
export function svgWriterFromAddon() {
  return {
    name: 'eventline-svg-writer-from-addon',
    resolveId: (source) => (/(^|[\\/])(writeSVG|exportImage|downloads)\.(js|ts)$/.test(source) ? SLOT : null),
  };
}
