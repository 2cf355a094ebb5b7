import type { EraBand, Layout, PointMark, SpanMark } from './types.js';

/** The mark that draws event `id` on its own in `layout` (a point, a bar or an era band); undefined when it is clustered or out of view. */
export function findEventMark(layout: Layout, id: string): PointMark | SpanMark | EraBand | undefined {
  return layout.points.find((mark) => mark.id === id) ?? layout.spans.find((mark) => mark.id === id) ?? layout.eras.find((mark) => mark.id === id);
}
