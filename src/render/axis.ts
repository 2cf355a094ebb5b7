import { select } from 'd3-selection';
import type { AxisTick } from '../layout/ticks.js';
import type { Layout } from '../layout/types.js';
import { renderAxisBreaks, renderAxisStretches } from './breaks.js';
import { px } from './marks.js';

const tickKey = (tick: AxisTick): string => String(tick.date.getTime());

/** Joins the two-level axis: minor ticks with labels, then the coarser major labels under them. */
export function renderAxis(group: SVGGElement, layout: Layout): void {
  const axis = select(group).attr('transform', `translate(0,${px(layout.axis.y)})`);
  axis.selectAll('line.eventline-axis-domain')
    .data([layout.chart])
    .join('line')
    .attr('class', 'eventline-axis-domain')
    .attr('x1', (chart) => chart.left)
    .attr('x2', (chart) => chart.right);
  renderAxisStretches(group, layout);
  axis.selectAll<SVGGElement, AxisTick>('g.eventline-tick')
    .data(layout.axis.minor, tickKey)
    .join((enter) => {
      const tick = enter.append('g').attr('class', 'eventline-tick');
      tick.append('line').attr('y2', 5);
      tick.append('text').attr('y', 17).attr('text-anchor', 'middle');
      return tick;
    })
    .attr('transform', (tick) => `translate(${px(tick.x)},0)`)
    .call((tick) => tick.select('text').text((d) => d.label));
  axis.selectAll<SVGTextElement, AxisTick>('text.eventline-tick-major')
    .data(layout.axis.major, tickKey)
    .join('text')
    .attr('class', 'eventline-tick-major')
    .attr('x', (tick) => px(tick.x))
    .attr('y', 33)
    .text((tick) => tick.label);
  renderAxisBreaks(group, layout);
}
