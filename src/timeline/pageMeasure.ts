/**
 * What the chart measures of the page it is in: its container's width (followed through a
 * ResizeObserver) and how wide the page's font sets text (followed as web fonts load). The one
 * place the controller reads layout from the DOM; the layout itself gets both as numbers.
 */
import { measureTextScale } from '../render/textScale.js';
import { DEFAULT_WIDTH } from './options.js';

/** The page's measures as the chart reads them. */
export interface PageMeasure {
  /** The container's width in px (the default width where it has none, as in a detached container). */
  width(): number;
  /** How much wider the chart's font sets text than the layout's width table (1: Arial's widths). */
  textScale(): number;
  /** The chart is in the page now: its own font is measured (and again when web fonts load); returns whether the measure changed, so the first frame must be drawn again. */
  attached(): boolean;
}

/**
 * Measures `container` for the chart whose SVG is `svg`. `changed()` runs when the container's
 * width or the font's measure changes (not for the observer's first report, which changes nothing),
 * until `signal` aborts.
 */
export function measurePage(container: HTMLElement, svg: SVGSVGElement, changed: () => void, signal: AbortSignal): PageMeasure {
  const win = container.ownerDocument.defaultView;
  const width = (): number => Math.round(container.getBoundingClientRect().width || container.clientWidth || DEFAULT_WIDTH);
  // Before the chart is in the page its own style is not computed: the container's font stands in
  // (the chart inherits it unless --eventline-font says otherwise, when it is measured again on attach).
  let scale = measureTextScale(container);
  let known = width();
  const remeasure = (): boolean => {
    const next = measureTextScale(svg);
    if (next === scale) return false;
    scale = next;
    return true;
  };
  const observer = win && 'ResizeObserver' in win
    ? new win.ResizeObserver(() => {
      const now = width();
      if (now === known) return;
      known = now;
      changed();
    })
    : null;
  observer?.observe(container);
  signal.addEventListener('abort', () => observer?.disconnect());
  return {
    width: () => (known = width()),
    textScale: () => scale,
    attached() {
      container.ownerDocument.fonts?.addEventListener('loadingdone', () => remeasure() && changed(), { signal });
      return remeasure();
    },
  };
}
