import { createTimeScale, type TimeScale } from '../layout/timeScale.js';
import { setAttributes, svgElement } from '../render/svgElement.js';
import { createBrushX } from './brushX.js';

/** Height of the overview strip in px. */
export const OVERVIEW_HEIGHT = 44;

/** What one frame of the overview shows. */
export interface OverviewFrame {
  /** Width of the strip (the chart's width). */
  width: number;
  /** The plot area's left and right, so the strip lines up with the chart above it. */
  left: number;
  right: number;
  /** The whole dataset's time range, drawn across `[left, right]`. */
  whole: readonly [number, number];
  /** The chart's visible range: the brush. */
  visible: readonly [number, number];
  /** The miniature (see `overviewPath`), drawn in a `right - left` × strip-height box. */
  path: string;
}

/** The overview strip: the whole dataset in miniature under the chart, with a brush on the visible range. */
export interface OverviewController {
  /** `svg.eventline-overview`. */
  element: SVGSVGElement;
  /** Draws `frame`; moving the brush here does not call `onBrush`. */
  render(frame: OverviewFrame): void;
}

/**
 * Builds the overview (focus + context). Dragging or resizing the brush calls `onBrush` with the time
 * range it covers; a click outside the brush asks to centre the view there (`onBrush` with a range
 * of the current width). The strip is a pointer convenience hidden from assistive technology: the
 * keys, buttons and list view offer the same moves.
 */
export function createOverview(doc: Document, onBrush: (range: [number, number]) => void, signal: AbortSignal): OverviewController {
  const svg = svgElement(doc, 'svg', { class: 'eventline-overview', 'aria-hidden': 'true' });
  const path = svgElement(doc, 'path', { class: 'eventline-overview-area' });
  const brushGroup = svgElement(doc, 'g', { class: 'eventline-overview-brush' });
  svg.append(path, brushGroup);

  let frame: OverviewFrame | null = null;
  /** The whole dataset (display time) across the strip's plot area. */
  let scale: TimeScale | null = null;
  const timeAt = (x: number): number => scale?.xToDisplay(x) ?? 0;
  const brush = createBrushX(
    brushGroup,
    OVERVIEW_HEIGHT,
    (x0, x1) => {
      if (frame) onBrush([timeAt(x0), timeAt(x1)]);
    },
    // A click or tap outside the brush: centre the view on that time, keeping its width.
    (x) => {
      if (!frame) return;
      const half = (frame.visible[1] - frame.visible[0]) / 2;
      onBrush([timeAt(x) - half, timeAt(x) + half]);
    },
    signal,
  );

  return {
    element: svg,
    render(next) {
      const sized = !frame || frame.width !== next.width || frame.left !== next.left || frame.right !== next.right;
      frame = next;
      scale = createTimeScale(next.whole, [next.left, next.right]);
      if (sized) {
        setAttributes(svg, { width: next.width, height: OVERVIEW_HEIGHT, viewBox: `0 0 ${next.width} ${OVERVIEW_HEIGHT}` });
        brush.extent(next.left, next.right);
      }
      path.setAttribute('transform', `translate(${next.left},2)`);
      if (path.getAttribute('d') !== next.path) path.setAttribute('d', next.path);
      const [x0, x1] = next.visible.map((display) => Math.max(next.left, Math.min(next.right, scale!.displayToX(display)))) as [number, number];
      // Keep a visible sliver even at the narrowest zoom, so the brush can still be grabbed.
      const centre = (x0 + x1) / 2;
      const [b0, b1] = x1 - x0 >= 4 ? [x0, x1] : [centre - 2, centre + 2];
      brush.move(b0, b1);
    },
  };
}
