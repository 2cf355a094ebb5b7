import type { DataIssue } from '../types.js';

/** Shows the validation issues as text in place of the chart, so a bad file never means a blank chart. */
export function showErrorState(message: HTMLDivElement, issues: readonly DataIssue[]): void {
  const doc = message.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'eventline-error';
  box.setAttribute('role', 'alert');
  // A long list scrolls: keyboard users must be able to reach it to scroll it (WCAG 2.1.1).
  box.tabIndex = 0;
  const heading = doc.createElement('p');
  heading.className = 'eventline-error-title';
  heading.textContent = issues.length === 1 ? 'This timeline cannot be shown: its data has 1 problem.' : `This timeline cannot be shown: its data has ${issues.length} problems.`;
  const list = doc.createElement('ul');
  for (const issue of issues) {
    const item = doc.createElement('li');
    item.textContent = `${issue.path}: ${issue.message}`;
    list.append(item);
  }
  box.append(heading, list);
  message.replaceChildren(box);
  message.hidden = false;
}

/** Shows a short message over the chart (the empty state), or hides it with `null`. */
export function showMessage(message: HTMLDivElement, text: string | null): void {
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

/** The legend: every category with its colour swatch and its name, so colour is never the only cue. */
export function renderLegend(legend: HTMLDivElement, categories: readonly string[]): void {
  const doc = legend.ownerDocument;
  if (categories.length === 0) {
    legend.replaceChildren();
    legend.hidden = true;
    return;
  }
  const list = doc.createElement('ul');
  list.setAttribute('aria-label', 'Categories');
  categories.forEach((category, index) => {
    const item = doc.createElement('li');
    const swatch = doc.createElement('span');
    swatch.className = `eventline-swatch eventline-cat-${index % 8}`;
    swatch.setAttribute('aria-hidden', 'true');
    item.append(swatch, doc.createTextNode(category));
    list.append(item);
  });
  legend.replaceChildren(list);
  legend.hidden = false;
}

/** Shows the tooltip (title and date) near a mark, positioned from layout numbers, not measurements. */
export function showTooltip(tooltip: HTMLDivElement, content: { title: string; when: string; x: number; y: number; width: number } | null): void {
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
