import { select } from 'd3-selection';
import type { BreakMark, Layout } from '../layout/types.js';

const breakKey = (mark: BreakMark): string => String(mark.start);
const hint = (mark: BreakMark): string => `${mark.length} without events, shortened. Click to expand.`;

/**
 * Joins the shortened gaps: a band across the lanes with the gap's length written upwards, keyed by
 * the gap's start. A click on it expands the gap (pointer.ts); keyboard users have the gap toggle.
 */
export function renderBreaks(group: SVGGElement, layout: Layout): void {
  const { top, bottom } = layout.chart;
  select(group)
    .selectAll<SVGGElement, BreakMark>('g.eventline-break')
    .data(layout.breaks, breakKey)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'eventline-break');
      mark.append('title');
      mark.append('rect').attr('class', 'eventline-break-band');
      mark.append('text').attr('class', 'eventline-break-length');
      return mark;
    })
    .attr('data-gap-start', breakKey)
    .call((mark) => mark.select('title').text(hint))
    .call((mark) => mark.select('rect')
      .attr('x', (d) => d.x1.toFixed(1))
      .attr('y', top.toFixed(1))
      .attr('width', (d) => (d.x2 - d.x1).toFixed(1))
      .attr('height', (bottom - top).toFixed(1)))
    .call((mark) => mark.select('text')
      .attr('display', (d) => (d.showLength ? null : 'none'))
      // Upwards from the foot of the band, where labels are rarest (they sit beside markers, top first).
      .attr('transform', (d) => `translate(${((d.x1 + d.x2) / 2 + 4).toFixed(1)},${(bottom - 6).toFixed(1)}) rotate(-90)`)
      .text((d) => d.length));
}

/** The break marks on the axis line: a cut with two slanted strokes, so the axis itself says time is missing there. */
export function renderAxisBreaks(group: SVGGElement, layout: Layout): void {
  select(group)
    .selectAll<SVGGElement, BreakMark>('g.eventline-axis-break')
    .data(layout.breaks, breakKey)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'eventline-axis-break');
      mark.append('title');
      mark.append('rect').attr('class', 'eventline-axis-break-cut').attr('y', -4).attr('height', 8);
      mark.append('path').attr('class', 'eventline-axis-break-mark');
      return mark;
    })
    .attr('data-gap-start', breakKey)
    .call((mark) => mark.select('title').text(hint))
    .call((mark) => mark.select('rect')
      .attr('x', (d) => d.x1.toFixed(1))
      .attr('width', (d) => (d.x2 - d.x1).toFixed(1)))
    .call((mark) => mark.select('path').attr('d', (d) => {
      const left = d.x1.toFixed(1);
      const right = d.x2.toFixed(1);
      // Two strokes leaning right, at the edges of the cut: the usual "//" of a broken axis.
      return `M${left},5L${(d.x1 + 4).toFixed(1)},-5M${(d.x2 - 4).toFixed(1)},5L${right},-5`;
    }));
}
