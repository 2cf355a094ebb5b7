/**
 * Where the one-tag script's export finds its SVG writer. `dist/eventline.iife.js` is built with this
 * module in place of `ssr/svgWriter.ts` (see rollup.config.mjs), which keeps the writer out of the
 * script; the add-on `dist/eventline-export.js` registers it. Until then `toSVG()`, `toPNG()`, the
 * download buttons and `renderToSVGString()` say which script to load.
 */
import type { layoutToSVGString as writeLayout } from '../ssr/svgWriter.js';

/** The writer: a layout and its model in, a standalone SVG document out. */
export type SvgWriter = typeof writeLayout;

/** What export says while the writer is missing. */
export const MISSING_SVG_WRITER =
  'eventline: exporting (toSVG, toPNG, the download buttons, renderToSVGString) needs the export add-on: load dist/eventline-export.js after dist/eventline.iife.js';

let writer: SvgWriter | null = null;

/** Registers the SVG writer (the export add-on does). */
export function registerSvgWriter(next: SvgWriter): void {
  writer = next;
}

/** The registered writer's output; throws {@link MISSING_SVG_WRITER} when there is none. */
export function layoutToSVGString(...args: Parameters<SvgWriter>): string {
  if (!writer) throw new Error(MISSING_SVG_WRITER);
  return writer(...args);
}
