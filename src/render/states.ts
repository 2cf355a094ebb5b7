import { CATEGORY_SLOTS, categorySlot, shapeOfSlot, shapePath } from '../layout/markShape.js';
import { MARKER_RADIUS } from '../layout/metrics.js';
import { isolate } from '../layout/isolate.js';
import { MAX_ISSUES } from '../model/fields.js';
import type { DataIssue } from '../types.js';
import { el } from './detail.js';
import { categoryClass } from './marks.js';
import { svgElement } from './svgElement.js';

/** How many problems the error state lists; the rest are counted ("and 180 more") and logged in full. */
export const SHOWN_ISSUES = 20;

/**
 * Shows the validation issues in place of the chart, so a bad file never means a blank chart: a
 * panel of its own height with a heading and the first {@link SHOWN_ISSUES} problems, each naming
 * the event and field (showMessage leaves the error state).
 */
export function showErrorState(message: HTMLDivElement, issues: readonly DataIssue[]): void {
  message.classList.add('is-error');
  const doc = message.ownerDocument;
  const box = el(doc, 'div', 'eventline-error');
  box.setAttribute('role', 'alert');
  // A long list scrolls: keyboard users must be able to reach it to scroll it (WCAG 2.1.1).
  box.tabIndex = 0;
  const list = el(doc, 'ul');
  for (const issue of issues.slice(0, SHOWN_ISSUES)) list.append(el(doc, 'li', '', `${issue.path}: ${issue.message}`));
  box.append(
    el(doc, 'h2', 'eventline-error-title', 'This timeline cannot be shown'),
    el(doc, 'p', 'eventline-error-count', `Its data has ${issues.length > MAX_ISSUES ? `over ${MAX_ISSUES}` : issues.length} problem${issues.length > 1 ? 's' : ''}:`),
    list,
  );
  if (issues.length > SHOWN_ISSUES) box.append(el(doc, 'p', 'eventline-error-more', `and ${issues.length - SHOWN_ISSUES} more (the browser console lists them).`));
  message.replaceChildren(box);
  message.hidden = false;
}

/** Shows a short message over the chart (the empty state), or hides it with `null`. */
export function showMessage(message: HTMLDivElement, text: string | null): void {
  message.classList.remove('is-error');
  if (text === null) {
    message.replaceChildren();
    message.hidden = true;
    return;
  }
  message.replaceChildren(el(message.ownerDocument, 'p', 'eventline-empty', text));
  message.hidden = false;
}

/** A legend swatch: the marker itself, in its category's colour and shape (the story's cards show it too). */
export function swatchFor(doc: Document, slot: number): SVGSVGElement {
  const size = 2 * MARKER_RADIUS + 4;
  const svg = svgElement(doc, 'svg', {
    class: `eventline-swatch ${categoryClass(slot)}`, width: size, height: size, viewBox: `${-size / 2} ${-size / 2} ${size} ${size}`, 'aria-hidden': 'true',
  });
  svg.append(svgElement(doc, 'path', { d: shapePath(shapeOfSlot(slot)) }));
  return svg;
}

/**
 * The legend: every category with its marker (colour and shape, as in the chart) and its name, so
 * colour is never the only cue. Past twelve categories, the rest are one entry, "Other".
 */
export function renderLegend(legend: HTMLDivElement, categories: readonly string[]): void {
  const doc = legend.ownerDocument;
  if (categories.length === 0) {
    legend.replaceChildren();
    legend.hidden = true;
    return;
  }
  const list = el(doc, 'ul');
  list.setAttribute('aria-label', 'Categories');
  const shown = categories.length <= CATEGORY_SLOTS ? categories : [...categories.slice(0, CATEGORY_SLOTS - 1), `Other (${categories.length - CATEGORY_SLOTS + 1} categories)`];
  shown.forEach((category, index) => {
    const item = el(doc, 'li');
    item.append(swatchFor(doc, categorySlot(index)), doc.createTextNode(category));
    list.append(item);
  });
  legend.replaceChildren(list);
  legend.hidden = false;
}

/** What a tooltip says and where its mark is. */
export interface TooltipContent {
  /** The event's title. */
  title: string;
  /** Its date in words. */
  when: string;
  /** Its mark's x and y, and the chart's width. */
  x: number;
  y: number;
  width: number;
}

/** Shows the tooltip (title and date) near a mark, positioned from layout numbers, not measurements. */
export function showTooltip(tooltip: HTMLDivElement, content: TooltipContent | null): void {
  if (!content) {
    tooltip.hidden = true;
    return;
  }
  const doc = tooltip.ownerDocument;
  tooltip.replaceChildren(el(doc, 'strong', '', isolate(content.title)), el(doc, 'span', '', content.when));
  const flip = content.x > content.width * 0.6;
  tooltip.style.left = flip ? '' : `${Math.round(content.x + 12)}px`;
  tooltip.style.right = flip ? `${Math.round(content.width - content.x + 12)}px` : '';
  tooltip.style.top = `${Math.max(0, Math.round(content.y - 44))}px`;
  tooltip.hidden = false;
}
