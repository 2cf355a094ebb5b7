import { select } from 'd3-selection';
import type { AxisStretch, BreakMark, Layout } from '../layout/types.js';
import { px } from './marks.js';

const breakKey = (mark: BreakMark): string => String(mark.start);
const hint = (mark: BreakMark): string => `${mark.length} without events, shortened. Click to expand.`;
/** Half the height of a break's click target: 24 px in all (WCAG 2.5.8). */
const TARGET_HALF = 12;

/**
 * The shortened gaps as cuts in the axis: a gap in the line with two slanted strokes (the usual "//"
 * of a broken axis) and the gap's length written under it, keyed by the gap's start. A click on it
 * expands the gap (pointer.ts); keyboard users have the time-scale toggle.
 */
export function renderAxisBreaks(group: SVGGElement, layout: Layout): void {
  select(group)
    .selectAll<SVGGElement, BreakMark>('g.eventline-axis-break')
    .data(layout.breaks, breakKey)
    .join((enter) => {
      const mark = enter.append('g').attr('class', 'eventline-axis-break');
      mark.append('title');
      mark.append('rect').attr('class', 'eventline-axis-break-target').attr('y', -TARGET_HALF).attr('height', 2 * TARGET_HALF);
      mark.append('rect').attr('class', 'eventline-axis-break-cut').attr('y', -4).attr('height', 8);
      mark.append('path').attr('class', 'eventline-axis-break-mark');
      mark.append('text').attr('class', 'eventline-axis-break-length').attr('y', 17).attr('text-anchor', 'middle');
      return mark;
    })
    .attr('data-gap-start', breakKey)
    .call((mark) => mark.select('title').text(hint))
    .call((mark) => mark.select('rect.eventline-axis-break-target')
      .attr('x', (d) => px(Math.min(d.x1, (d.x1 + d.x2) / 2 - TARGET_HALF)))
      .attr('width', (d) => px(Math.max(d.x2 - d.x1, 2 * TARGET_HALF))))
    .call((mark) => mark.select('rect.eventline-axis-break-cut')
      .attr('x', (d) => px(d.x1))
      .attr('width', (d) => px(d.x2 - d.x1)))
    .call((mark) => mark.select('path').attr('d', (d) => {
      const left = px(d.x1);
      const right = px(d.x2);
      return `M${left},5L${px(d.x1 + 4)},-5M${px(d.x2 - 4)},5L${right},-5`;
    }))
    .call((mark) => mark.select('text')
      .attr('x', (d) => px((d.x1 + d.x2) / 2))
      .attr('display', (d) => (d.showLength ? null : 'none'))
      .text((d) => d.short));
}

/** The stretches the density scale draws wider: a light band along the axis, with what it means on hover. */
export function renderAxisStretches(group: SVGGElement, layout: Layout): void {
  select(group)
    .selectAll<SVGLineElement, AxisStretch>('line.eventline-axis-stretch')
    .data(layout.axis.stretches)
    .join((enter) => enter.append('line').attr('class', 'eventline-axis-stretch').call((line) => line.append('title')))
    .attr('x1', (d) => px(d.x1))
    .attr('x2', (d) => px(d.x2))
    .call((line) => line.select('title').text((d) => `Many events: time drawn ${d.factor}× wider here.`));
}
