/**
 * The optional "Download SVG" and "Download PNG" buttons. `dist/index.js` and the one-tag script take
 * them from the export add-on, as they take the writers (their builds resolve this module to
 * src/embed/svgWriterSlot.ts): a page that never exports does not download them.
 */
import { svgToPng } from './exportImage.js';
import type { ChartCommands, ChartState } from './state.js';

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
 * there is a chart; `snapshot` is the chart as an SVG document (null without one). A failed export (a
 * strict Content-Security-Policy) is announced. `signal` is the chart's life.
 */
export function attachDownloads(bar: HTMLElement, state: ChartState, commands: ChartCommands, snapshot: () => string | null, signal: AbortSignal): void {
  const doc = bar.ownerDocument;
  const fail = (error: unknown): void => commands.announce(error instanceof Error ? error.message : String(error));
  const fileName = (): string => fileNameOf(state.model?.dataset.title ?? 'timeline');
  const make = (kind: 'svg' | 'png', text: string, saveAs: (svg: string) => unknown): HTMLButtonElement => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `eventline-button eventline-button-download-${kind}`;
    button.textContent = text;
    button.hidden = true;
    // One tab stop for the whole bar (controls.ts): the bar's own buttons rove.
    button.tabIndex = -1;
    button.addEventListener('click', () => {
      try {
        const svg = snapshot();
        if (svg) saveAs(svg);
      } catch (error) {
        fail(error);
      }
    }, { signal });
    bar.append(button);
    return button;
  };
  const buttons = [
    make('svg', 'Download SVG', (svg) => save(doc, new Blob([svg], { type: 'image/svg+xml' }), `${fileName()}.svg`)),
    make('png', 'Download PNG', (svg) => svgToPng(doc, svg).then((png) => save(doc, png, `${fileName()}.png`), fail)),
  ];
  const update = (): void => {
    for (const button of buttons) button.hidden = !state.options.download || state.model === null;
  };
  state.on('dataset', update);
  state.on('options', update);
  update();
}
