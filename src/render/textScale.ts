/**
 * How much wider the chart's font sets text than the layout's width table (Arial metrics): the one
 * measurement of text the chart makes, so that labels placed from numbers fit in the page's own font.
 */
import { LABEL_FONT } from '../layout/metrics.js';
import { textWidth } from '../layout/textWidth.js';

/** A line like the labels: capitals, quotes, digits and the common punctuation of news titles. */
const SAMPLE = 'Putin: troops are ‘legitimate targets’, 2025';

/**
 * The ratio of `element`'s font to the width table at the label size (1 where it cannot be measured:
 * no `OffscreenCanvas`, as in jsdom, or no font resolved yet).
 */
export function measureTextScale(element: Element): number {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || !('OffscreenCanvas' in view)) return 1;
  const family = view.getComputedStyle(element).fontFamily;
  if (!family) return 1;
  const context = new view.OffscreenCanvas(1, 1).getContext('2d');
  if (!context) return 1;
  context.font = `${LABEL_FONT}px ${family}`;
  const measured = context.measureText(SAMPLE).width;
  const ratio = measured / textWidth(SAMPLE, LABEL_FONT);
  // Rounded, so that a font's sub-pixel rendering never changes the layout between two frames.
  return Number.isFinite(ratio) && ratio > 0 ? Math.round(ratio * 100) / 100 : 1;
}
