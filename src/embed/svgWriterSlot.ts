/**
 * Where export finds its writers. `dist/index.js` and the one-tag script are built with this module in
 * place of `ssr/writeSVG.ts`, `timeline/exportImage.ts` and `timeline/downloads.ts` (see
 * rollup.config.mjs), which keeps the SVG writers, the PNG drawing and the download buttons out of them;
 * the export add-on (`eventline/export`, `dist/eventline-export.js`) registers them. Until then
 * `toSVG()`, `toPNG()` and `renderToSVGString()` say what to load, and the download buttons wait for it.
 */
import type { writeSVG as write } from '../ssr/writeSVG.js';
import type { attachDownloads as downloads } from '../timeline/downloads.js';
import type { chartToSVG as chart, exportPng as toPng, svgToPng as png } from '../timeline/exportImage.js';

/** What the export add-on registers: the SVG writer, the chart's snapshot through it, the PNG drawing and the download buttons. */
export interface SvgWriters {
  svg: typeof write;
  chart: typeof chart;
  png: typeof png;
  toPng: typeof toPng;
  downloads: typeof downloads;
}

/** What export (toSVG, toPNG, the download buttons, renderToSVGString) says while the writers are missing: short enough to be announced whole. */
export const MISSING_SVG_WRITER =
  'eventline: exporting needs the export add-on: import "eventline/export", or load dist/eventline-export.js after dist/eventline.iife.js';

let writers: SvgWriters | null = null;
/** Charts made before the add-on loaded (a script after the one-tag script): they get their buttons when it does. */
const waiting = new Set<Parameters<SvgWriters['downloads']>>();

/** Registers the writers (the export add-on does). */
export function registerSvgWriter(next: SvgWriters): void {
  writers = next;
  for (const args of waiting) next.downloads(...args);
  waiting.clear();
}

/** The download buttons, from the add-on: a chart made before it loads gets them when it does. */
export function attachDownloads(...args: Parameters<SvgWriters['downloads']>): void {
  if (writers) return writers.downloads(...args);
  waiting.add(args);
  args[4].addEventListener('abort', () => waiting.delete(args));
}

const registered = (): SvgWriters => {
  if (!writers) throw new Error(MISSING_SVG_WRITER);
  return writers;
};

/** The registered SVG writer's output; throws {@link MISSING_SVG_WRITER} when there is none. */
export const writeSVG: SvgWriters['svg'] = (...args) => registered().svg(...args);

/** The chart as a standalone SVG document through the registered writer; throws {@link MISSING_SVG_WRITER} when there is none. */
export const chartToSVG: SvgWriters['chart'] = (...args) => registered().chart(...args);

/** `toPNG()` through the registered writers; rejects with {@link MISSING_SVG_WRITER} when there are none (a promise's executor turns the throw into its rejection). */
export const exportPng: SvgWriters['toPng'] = (...args) => new Promise((resolve) => resolve(registered().toPng(...args)));

/** The registered PNG drawing; rejects with {@link MISSING_SVG_WRITER} when there is none. */
export function svgToPng(...args: Parameters<SvgWriters['png']>): Promise<Blob> {
  return writers ? writers.png(...args) : Promise.reject(new Error(MISSING_SVG_WRITER));
}
