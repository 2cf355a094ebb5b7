/**
 * Where export finds its writers. `dist/index.js` and the one-tag script are built with this module in
 * place of `ssr/writeSVG.ts` and `timeline/exportImage.ts` (see rollup.config.mjs), which keeps the SVG writers
 * and the PNG drawing out of them; the export add-on (`eventline/export`, `dist/eventline-export.js`)
 * registers them. Until then `toSVG()`, `toPNG()`, the download buttons and `renderToSVGString()` say
 * what to load.
 */
import type { writeSVG as write } from '../ssr/writeSVG.js';
import type { chartToSVG as chart, svgToPng as png } from '../timeline/exportImage.js';

/** What the export add-on registers: the SVG writer, the chart's snapshot through it, and the PNG drawing. */
export interface SvgWriters {
  svg: typeof write;
  chart: typeof chart;
  png: typeof png;
}

/** What export (toSVG, toPNG, the download buttons, renderToSVGString) says while the writers are missing: short enough to be announced whole. */
export const MISSING_SVG_WRITER =
  'eventline: exporting needs the export add-on: import "eventline/export", or load dist/eventline-export.js after dist/eventline.iife.js';

let writers: SvgWriters | null = null;

/** Registers the writers (the export add-on does). */
export function registerSvgWriter(next: SvgWriters): void {
  writers = next;
}

const registered = (): SvgWriters => {
  if (!writers) throw new Error(MISSING_SVG_WRITER);
  return writers;
};

/** The registered SVG writer's output; throws {@link MISSING_SVG_WRITER} when there is none. */
export const writeSVG: SvgWriters['svg'] = (...args) => registered().svg(...args);

/** The chart as a standalone SVG document through the registered writer; throws {@link MISSING_SVG_WRITER} when there is none. */
export const chartToSVG: SvgWriters['chart'] = (...args) => registered().chart(...args);

/** The registered PNG drawing; rejects with {@link MISSING_SVG_WRITER} when there is none. */
export function svgToPng(...args: Parameters<SvgWriters['png']>): Promise<Blob> {
  return writers ? writers.png(...args) : Promise.reject(new Error(MISSING_SVG_WRITER));
}
