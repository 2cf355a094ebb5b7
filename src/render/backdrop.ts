import { select } from 'd3-selection';
import type { EraBand, LabelBox, LaneBox, Layout } from '../layout/types.js';
import { px } from './marks.js';
import { setAttributes } from './svgElement.js';

/** Joins lane bands (a hairline above each, the name in its first line), keyed by lane name. */
export function renderLanes(group: SVGGElement, layout: Layout): void {
  select(group)
    .selectAll<SVGGElement, LaneBox>('g.eventline-lane')
    .data(layout.lanes, (lane) => lane.name)
    .join((enter) => {
      const lane = enter.append('g').attr('class', 'eventline-lane');
      lane.append('rect').attr('class', 'eventline-lane-band');
      lane.append('line').attr('class', 'eventline-lane-rule');
      lane.append('text').attr('class', 'eventline-lane-name');
      return lane;
    })
    .attr('data-lane', (lane) => lane.name)
    .call((lane) => lane.select<SVGRectElement>('rect').each(function (d) {
      setAttributes(this, { x: 0, y: px(d.y), width: layout.width, height: px(d.height) });
    }))
    .call((lane) => lane.select<SVGLineElement>('line').each(function (d) {
      setAttributes(this, { x1: layout.chart.left, x2: layout.chart.right, y1: px(d.y), y2: px(d.y) });
    }))
    .call((lane) => lane.select('text')
      .attr('x', (d) => px(d.x))
      .attr('y', (d) => px(d.nameY))
      .text((d) => d.label));
}

/** Joins era bands and their names, keyed by event id; `option` makes a band an option of the chart's listbox (marks.ts). */
export function renderEras(group: SVGGElement, layout: Layout, option: (band: Element, id: string) => void, selected: string | null): void {
  const labels = new Map(layout.labels.filter((label) => label.kind === 'era').map((label) => [label.id, label]));
  select(group)
    .selectAll<SVGGElement, EraBand>('g.eventline-era')
    .data(layout.eras, (era) => era.id)
    .join((enter) => {
      const era = enter.append('g').attr('class', 'eventline-era');
      era.append('rect').attr('class', 'eventline-event eventline-era-band').attr('tabindex', -1);
      // The band's name says it whole; the drawn label may be cut short.
      era.append('text').attr('class', 'eventline-label eventline-label-era').attr('aria-hidden', 'true');
      return era;
    })
    .attr('data-event-id', (era) => era.id)
    .call((era) => era.select<SVGRectElement>('rect')
      .each(function (d) {
        this.setAttribute('data-event-id', d.id);
        option(this, d.id);
        setAttributes(this, { x: px(d.x1), y: px(d.y), width: px(d.x2 - d.x1), height: px(d.height) });
      })
      .classed('is-selected', (d) => d.id === selected))
    .call((era) => era.select<SVGTextElement>('text')
      .attr('x', (d) => px(labels.get(d.id)?.x ?? d.x1))
      .attr('y', (d) => px(labels.get(d.id)?.y ?? d.y))
      .attr('display', (d) => (labels.has(d.id) ? null : 'none'))
      .text((d) => (labels.get(d.id) as LabelBox | undefined)?.text ?? ''));
}
