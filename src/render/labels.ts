import { select } from 'd3-selection';
import type { LabelBox, Layout } from '../layout/types.js';
import { setAttributes, svgElement } from './svgElement.js';
import { px } from './marks.js';

/** Writes a label's lines: its text, or one `tspan` a line (a long title on two lines). Only when they changed. */
function setLines(text: SVGTextElement, label: LabelBox): void {
  if (label.lines.length === 1) {
    if (text.textContent !== label.text || text.firstElementChild) text.textContent = label.text;
    return;
  }
  const spans = [...text.children];
  if (spans.length === label.lines.length && spans.every((span, index) => span.textContent === label.lines[index] && span.getAttribute('x') === px(label.x))) return;
  text.textContent = '';
  label.lines.forEach((line, index) => {
    const span = svgElement(text.ownerDocument, 'tspan', index > 0 ? { x: px(label.x), dy: label.lineHeight } : { x: px(label.x) });
    span.textContent = line;
    text.append(span);
  });
}

/** Joins the labels that fit, keyed by kind and id. Text from data is set as text, never markup. */
export function renderLabels(group: SVGGElement, layout: Layout, selected: string | null): void {
  select(group)
    .selectAll<SVGTextElement, LabelBox>('text')
    .data(layout.labels.filter((label) => label.kind !== 'era'), (label) => `${label.kind}:${label.id}`)
    .join('text')
    // One pass a node (see marks.ts). Text from data goes in as textContent.
    .each(function (label) {
      setAttributes(this, {
        class: `eventline-label eventline-label-${label.kind}${label.strong ? ' is-strong' : ''}${label.id === selected ? ' is-selected' : ''}`,
        'data-event-id': label.id,
        x: px(label.x),
        y: px(label.y),
        'text-anchor': label.anchor,
      });
      setLines(this, label);
    });
}
