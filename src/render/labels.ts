import { select } from 'd3-selection';
import type { LabelBox, Layout } from '../layout/types.js';

/** Joins the labels that fit, keyed by kind and id. Text from data is set as text, never markup. */
export function renderLabels(group: SVGGElement, layout: Layout, selected: string | null): void {
  select(group)
    .selectAll<SVGTextElement, LabelBox>('text')
    .data(layout.labels.filter((label) => label.kind !== 'era'), (label) => `${label.kind}:${label.id}`)
    .join('text')
    // One pass a node (see marks.ts). Text from data goes in as textContent.
    .each(function (label) {
      this.setAttribute('class', `eventline-label eventline-label-${label.kind}${label.id === selected ? ' is-selected' : ''}`);
      this.setAttribute('data-event-id', label.id);
      this.setAttribute('x', label.x.toFixed(1));
      this.setAttribute('y', label.y.toFixed(1));
      this.setAttribute('text-anchor', label.anchor);
      this.textContent = label.text;
    });
}
