/**
 * Export in the browser: the chart as drawn, as a standalone SVG string (the static writer's output for
 * the current layout) or as a PNG, and the optional download buttons that save either.
 */
import { storyRows, VERTICAL_BELOW } from '../layout/story.js';
import { chartToSVG, svgToPng } from './exportImage.js';
import type { ChartCommands, ChartState } from './state.js';

/**
 * The chart as drawn now (or the vertical story at the root's width) as a standalone SVG document;
 * null when there is no chart (the dataset is invalid).
 */
export function snapshot(state: ChartState, root: HTMLElement): string | null {
  const { model, options } = state;
  const frame = state.orientation === 'vertical' && model ? { rows: storyRows(model, options.compressGaps), width: root.clientWidth || VERTICAL_BELOW / 2 } : state.layout;
  return model && frame ? chartToSVG(state, frame, root) : null;
}

/** Turns a title into a file name: `ukraine-security-guarantees`. */
export function fileNameOf(title: string): string {
  return title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'timeline';
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
  const svgOrNull = (): string | null => {
    try {
      return snapshot(state, root);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
      return null;
    }
  };
  svgButton.addEventListener('click', () => {
    const svg = svgOrNull();
    if (svg) save(doc, new Blob([svg], { type: 'image/svg+xml' }), `${fileName()}.svg`);
  }, { signal });
  pngButton.addEventListener('click', () => {
    const svg = svgOrNull();
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
