import { select } from 'd3-selection';
import type { LabelBox, Layout } from '../layout/types.js';

/** Joins the labels that fit, keyed by kind and id. Text from data is set as text, never markup. */
export function renderLabels(group: SVGGElement, layout: Layout, selected: string | null): void {
  select(group)
    .selectAll<SVGTextElement, LabelBox>('text')
    .data(layout.labels.filter((label) => label.kind !== 'era'), (label) => `${label.kind}:${label.id}`)
    .join('text')
    .attr('class', (label) => `eventline-label eventline-label-${label.kind}${label.id === selected ? ' is-selected' : ''}`)
    .attr('data-event-id', (label) => label.id)
    .attr('x', (label) => label.x.toFixed(1))
    .attr('y', (label) => label.y.toFixed(1))
    .attr('text-anchor', (label) => label.anchor)
    .text((label) => label.text);
}
