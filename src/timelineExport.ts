/**
 * Export in the browser: the chart as drawn, as a standalone SVG string (the static writer's output for
 * the current layout) or as a PNG, and the optional download buttons that save either.
 */

/** What the export needs from the timeline. */
export interface ExportHost {
  /** The chart as a standalone SVG document, or null when there is no chart (error state). */
  svg(): string | null;
  /** The file name, without extension. */
  fileName(): string;
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
 * Adds "Download SVG" and "Download PNG" buttons to `bar` (shown while `shown()` is true). A failed
 * PNG (a strict Content-Security-Policy) is reported through `fail`.
 */
export function attachDownloads(bar: HTMLElement, host: ExportHost, fail: (message: string) => void, signal: AbortSignal): { update(shown: boolean): void } {
  const doc = bar.ownerDocument;
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
      return host.svg();
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return null;
    }
  };
  svgButton.addEventListener('click', () => {
    const svg = snapshot();
    if (svg) save(doc, new Blob([svg], { type: 'image/svg+xml' }), `${host.fileName()}.svg`);
  }, { signal });
  pngButton.addEventListener('click', () => {
    const svg = snapshot();
    if (!svg) return;
    svgToPng(doc, svg).then((png) => save(doc, png, `${host.fileName()}.png`), (error: Error) => fail(error.message));
  }, { signal });
  return {
    update(shown) {
      svgButton.hidden = !shown;
      pngButton.hidden = !shown;
    },
  };
}
