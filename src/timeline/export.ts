/**
 * Export in the browser: the chart as drawn, as a standalone SVG string (the static writer's output for
 * the current layout) or as a PNG, and the optional download buttons that save either.
 */
import { paletteFor } from '../ssr/palette.js';
import { layoutToSVGString } from '../ssr/svgWriter.js';
import type { ChartCommands, ChartState } from './state.js';

/**
 * The chart as drawn now, as a standalone SVG document in the colours the reader sees (the theme,
 * and the page's own `--eventline-*` values read from `root`); null when there is no chart.
 */
export function chartToSVG(state: ChartState, root: HTMLElement): string | null {
  const { model, layout, options } = state;
  if (!model || !layout) return null;
  const view = root.ownerDocument.defaultView;
  const dark = options.theme === 'dark' || (options.theme === 'auto' && (view?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false));
  const style = view?.getComputedStyle(root);
  const colours = paletteFor(dark ? 'dark' : 'light', undefined, (name) => style?.getPropertyValue(`--eventline-${name}`) ?? '');
  // The font the reader sees (the page's, which the layout measured its labels in).
  const palette = style?.fontFamily ? { ...colours, font: style.fontFamily } : colours;
  return layoutToSVGString(layout, model, { palette, locale: options.locale });
}

/** Turns a title into a file name: `ukraine-security-guarantees`. */
export function fileNameOf(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'timeline';
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

/** Saves `blob` as `name` through a temporary download link. */
function save(doc: Document, blob: Blob, name: string): void {
  const view = doc.defaultView;
  if (!view) return;
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // After the click has started the download.
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}

/**
 * Adds "Download SVG" and "Download PNG" buttons to `bar`, shown while the `download` option is on and
 * there is a chart. A failed export (a strict Content-Security-Policy, a missing add-on) is announced.
 */
export function attachDownloads(bar: HTMLElement, root: HTMLElement, state: ChartState, commands: ChartCommands, signal: AbortSignal): void {
  const doc = bar.ownerDocument;
  const fail = (message: string): void => commands.announce(message);
  const fileName = (): string => fileNameOf(state.model?.dataset.title ?? 'timeline');
  const make = (kind: 'svg' | 'png', text: string): HTMLButtonElement => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `eventline-button eventline-button-download-${kind}`;
    button.textContent = text;
    button.hidden = true;
    bar.append(button);
    return button;
  };
  const svgButton = make('svg', 'Download SVG');
  const pngButton = make('png', 'Download PNG');
  /** The chart's SVG, or null; a writer that is missing (the one-tag script without its export add-on) is reported. */
  const snapshot = (): string | null => {
    try {
      return chartToSVG(state, root);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return null;
    }
  };
  svgButton.addEventListener('click', () => {
    const svg = snapshot();
    if (svg) save(doc, new Blob([svg], { type: 'image/svg+xml' }), `${fileName()}.svg`);
  }, { signal });
  pngButton.addEventListener('click', () => {
    const svg = snapshot();
    if (!svg) return;
    svgToPng(doc, svg).then((png) => save(doc, png, `${fileName()}.png`), (error: Error) => fail(error.message));
  }, { signal });
  const update = (): void => {
    const shown = state.options.download && state.model !== null;
    svgButton.hidden = !shown;
    pngButton.hidden = !shown;
  };
  state.on('dataset', update);
  state.on('options', update);
}
