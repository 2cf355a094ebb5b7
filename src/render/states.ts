import { CATEGORY_SLOTS, categorySlot, shapeOfSlot, shapePath } from '../layout/markShape.js';
import { METRICS } from '../layout/metrics.js';
import type { DataIssue } from '../types.js';
import { categoryClass } from './marks.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** How many problems the error state lists; the rest are counted ("and 180 more") and logged in full. */
export const SHOWN_ISSUES = 20;

/**
 * Shows the validation issues in place of the chart, so a bad file never means a blank chart: a
 * panel of its own height with a heading and the first {@link SHOWN_ISSUES} problems, each naming
 * the event and field; `null` leaves the error state.
 */
export function showErrorState(message: HTMLDivElement, issues: readonly DataIssue[] | null): void {
  message.classList.toggle('is-error', issues !== null);
  if (issues === null) return;
  const doc = message.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'eventline-error';
  box.setAttribute('role', 'alert');
  // A long list scrolls: keyboard users must be able to reach it to scroll it (WCAG 2.1.1).
  box.tabIndex = 0;
  const heading = doc.createElement('h2');
  heading.className = 'eventline-error-title';
  heading.textContent = 'This timeline cannot be shown';
  const count = doc.createElement('p');
  count.className = 'eventline-error-count';
  count.textContent = issues.length === 1 ? 'Its data has 1 problem:' : `Its data has ${issues.length} problems:`;
  const list = doc.createElement('ul');
  for (const issue of issues.slice(0, SHOWN_ISSUES)) {
    const item = doc.createElement('li');
    item.textContent = `${issue.path}: ${issue.message}`;
    list.append(item);
  }
  box.append(heading, count, list);
  if (issues.length > SHOWN_ISSUES) {
    const more = doc.createElement('p');
    more.className = 'eventline-error-more';
    more.textContent = `and ${issues.length - SHOWN_ISSUES} more (the browser console lists them all).`;
    box.append(more);
  }
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
  const paragraph = message.ownerDocument.createElement('p');
  paragraph.className = 'eventline-empty';
  paragraph.textContent = text;
  message.replaceChildren(paragraph);
  message.hidden = false;
}

/** A legend swatch: the marker itself, in its category's colour and shape (the story's cards show it too). */
export function swatchFor(doc: Document, slot: number): SVGSVGElement {
  const size = 2 * METRICS.markerRadius + 4;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `eventline-swatch ${categoryClass(slot)}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `${-size / 2} ${-size / 2} ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', shapePath(shapeOfSlot(slot)));
  svg.append(path);
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
  const list = doc.createElement('ul');
  list.setAttribute('aria-label', 'Categories');
  const shown = categories.length <= CATEGORY_SLOTS ? categories : [...categories.slice(0, CATEGORY_SLOTS - 1), `Other (${categories.length - CATEGORY_SLOTS + 1} categories)`];
  shown.forEach((category, index) => {
    const item = doc.createElement('li');
    item.append(swatchFor(doc, categorySlot(index, categories.length)), doc.createTextNode(category));
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
  const title = doc.createElement('strong');
  title.textContent = content.title;
  const when = doc.createElement('span');
  when.textContent = content.when;
  tooltip.replaceChildren(title, when);
  const flip = content.x > content.width * 0.6;
  tooltip.style.left = flip ? '' : `${Math.round(content.x + 12)}px`;
  tooltip.style.right = flip ? `${Math.round(content.width - content.x + 12)}px` : '';
  tooltip.style.top = `${Math.max(0, Math.round(content.y - 44))}px`;
  tooltip.hidden = false;
}
