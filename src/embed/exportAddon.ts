/**
 * Entry of `dist/eventline-export.js`, the one-tag script's add-on for export: the SVG writer behind
 * `toSVG()`, `toPNG()`, the download buttons and `renderToSVGString()`, registered with the eventline
 * script already on the page.
 */
import { layoutToSVGString } from '../ssr/svgWriter.js';
import { registerSvgWriter } from './svgWriterSlot.js';

if (typeof registerSvgWriter !== 'function') {
  throw new Error('dist/eventline-export.js adds to eventline: load dist/eventline.iife.js before it');
}
registerSvgWriter(layoutToSVGString);
