/**
 * Entry of the export add-on, `eventline/export` (`dist/export.js`) for bundlers and
 * `dist/eventline-export.js` for the one-tag script: the SVG writers and the PNG drawing behind
 * `toSVG()`, `toPNG()`, the download buttons and `renderToSVGString()`, registered with the eventline
 * already loaded.
 */
import { writeSVG } from '../ssr/writeSVG.js';
import { attachDownloads } from '../timeline/downloads.js';
import { chartToSVG, exportPng, svgToPng } from '../timeline/exportImage.js';
import { registerSvgWriter } from './svgWriterSlot.js';

if (typeof registerSvgWriter !== 'function') {
  throw new Error('the eventline export add-on adds to eventline: load dist/eventline.iife.js before dist/eventline-export.js');
}
registerSvgWriter({ svg: writeSVG, chart: chartToSVG, png: svgToPng, toPng: exportPng, downloads: attachDownloads });
