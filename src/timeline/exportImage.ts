/**
 * Export's images: the chart (or the vertical story) as a standalone SVG document, and an SVG drawn on
 * a canvas as a PNG. `dist/index.js` and the one-tag script take both from the export add-on (their
 * builds resolve this module to src/embed/svgWriterSlot.ts, as they do ssr/writeSVG.ts).
 */
import type { Layout } from '../layout/types.js';
import { type StoryFrame, writeSVG } from '../ssr/writeSVG.js';
import type { ChartState } from './state.js';

/**
 * `frame` (the chart as drawn, or the vertical story: see `exportFrame`) as a standalone SVG document
 * in the colours the reader sees (the theme, and the page's own `--eventline-*` values read from `root`).
 */
export function chartToSVG(state: ChartState, frame: Layout | StoryFrame, root: HTMLElement): string {
  const { model, options } = state;
  const view = root.ownerDocument.defaultView;
  const dark = options.theme === 'dark' || (options.theme === 'auto' && (view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false));
  const style = view?.getComputedStyle(root);
  // The font the reader sees (the page's, which the layout measured its labels in).
  return writeSVG(frame, model!, { theme: dark ? 'dark' : 'light', locale: options.locale, override: (name) => style?.getPropertyValue(`--eventline-${name}`) ?? '', font: style?.fontFamily || undefined });
}

/**
 * Rasterises an SVG document in `doc`'s window at `scale` times its size. Under a
 * Content-Security-Policy the page must allow `img-src blob:`; otherwise this rejects, saying so.
 */
export function svgToPng(doc: Document, svg: string, scale = 2): Promise<Blob> {
  const view = doc.defaultView;
  if (!view) return Promise.reject(new Error('eventline: toPNG needs a window'));
  const width = Number(/\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
  const url = view.URL.createObjectURL(new view.Blob([svg], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new view.Image();
    image.onload = () => {
      const canvas = doc.createElement('canvas');
      canvas.width = Math.max(1, Math.round(width * scale));
      canvas.height = Math.max(1, Math.round(height * scale));
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('eventline: toPNG found no 2D canvas'));
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('eventline: the canvas gave no PNG'))), 'image/png');
    };
    image.onerror = () => reject(new Error('eventline: toPNG could not draw the chart as an image (a Content-Security-Policy must allow img-src blob:)'));
    image.src = url;
  }).finally(() => view.URL.revokeObjectURL(url));
}

/**
 * `timeline.toPNG()`: the chart as `snapshot` writes it (null without a chart: the dataset is invalid)
 * drawn as a PNG at `scale`.
 */
export function exportPng(doc: Document, snapshot: () => string | null, scale: number): Promise<Blob> {
  const svg = snapshot();
  return svg ? svgToPng(doc, svg, scale) : Promise.reject(new Error('eventline: there is no chart to export (the dataset is invalid)'));
}
