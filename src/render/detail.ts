import type { Locale } from 'date-fns';
import { formatEventWhen, formatExact } from '../layout/formatDate.js';
import { isolate } from '../layout/isolate.js';
import { isAllowedLinkUrl } from '../model/urls.js';
import type { Dataset, TimelineEvent } from '../types.js';

/** Builds an element with a class and text content: data never becomes markup. */
export function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

function fact(doc: Document, list: HTMLDListElement, term: string, value: string | undefined): void {
  if (!value) return;
  list.append(el(doc, 'dt', '', term), el(doc, 'dd', '', value));
}

/**
 * The default detail content: title, date with its precision, summary, facts, quotes and sources.
 * Without `withHeading` (an open card, whose head shows both) it starts at the media or summary.
 */
export function buildEventDetail(doc: Document, event: TimelineEvent, dataset: Dataset, locale: Locale, withHeading = true): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  if (withHeading) {
    const title = el(doc, 'h2', 'eventline-detail-title', event.title);
    // Tab from the chart lands here, right after it in the DOM: the reader meets the details from their title.
    title.tabIndex = 0;
    fragment.append(title, el(doc, 'p', 'eventline-detail-date', formatEventWhen(event, { locale })));
  }
  if (event.media && isAllowedLinkUrl(event.media.url)) {
    const figure = el(doc, 'figure', 'eventline-detail-media');
    const image = el(doc, 'img');
    image.src = event.media.url;
    image.alt = event.media.alt;
    image.loading = 'lazy';
    image.referrerPolicy = 'no-referrer';
    figure.append(image);
    if (event.media.credit) figure.append(el(doc, 'figcaption', '', event.media.credit));
    fragment.append(figure);
  }
  if (event.summary) fragment.append(el(doc, 'p', 'eventline-detail-summary', event.summary));
  const facts = el(doc, 'dl', 'eventline-detail-facts');
  fact(doc, facts, 'Where', event.location?.name);
  fact(doc, facts, 'Who', event.actors?.map(isolate).join(', '));
  fact(doc, facts, 'Lane', event.group);
  fact(doc, facts, 'Category', event.category);
  if (facts.childElementCount > 0) fragment.append(facts);
  for (const quote of event.quotes ?? []) {
    const figure = el(doc, 'figure', 'eventline-detail-quote');
    figure.append(el(doc, 'blockquote', '', quote.text), el(doc, 'figcaption', '', `— ${isolate(quote.speaker)}`));
    fragment.append(figure);
  }
  if (event.note) fragment.append(el(doc, 'p', 'eventline-detail-note', `Note: ${isolate(event.note)}`));
  const sources = el(doc, 'ul', 'eventline-detail-sources');
  for (const id of event.sources) {
    const source = dataset.sources.find((candidate) => candidate.id === id);
    if (!source) continue;
    const item = el(doc, 'li');
    const citation = `${isolate(source.publisher)}, “${isolate(source.title)}”, ${formatExact(source.published, source.publishedPrecision, locale)}`;
    if (source.url && isAllowedLinkUrl(source.url)) {
      const link = el(doc, 'a', '', citation);
      link.href = source.url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      item.append(link);
    } else {
      item.textContent = citation;
    }
    sources.append(item);
  }
  const heading = el(doc, 'h3', 'eventline-detail-sources-heading', event.sources.length === 1 ? 'Source' : 'Sources');
  fragment.append(heading, sources);
  return fragment;
}

/** Detail for a cluster that zooming cannot pull apart: its events as buttons that select them. */
export function buildClusterDetail(doc: Document, events: readonly TimelineEvent[], locale: Locale): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  fragment.append(el(doc, 'h2', 'eventline-detail-title', `${events.length} events at the same time`));
  const list = el(doc, 'ul', 'eventline-detail-cluster');
  for (const event of events) {
    const button = el(doc, 'button', 'eventline-detail-pick', `${isolate(event.title)} (${formatEventWhen(event, { locale })})`);
    button.type = 'button';
    button.dataset.eventId = event.id;
    const item = el(doc, 'li');
    item.append(button);
    list.append(item);
  }
  fragment.append(list);
  return fragment;
}

/**
 * Fills the panel: `content`, then its close button (drawn at the top corner, but last in reading and
 * Tab order: a reader who Tabs into the details meets them first). An empty panel is hidden.
 */
export function showDetail(panel: HTMLElement, content: Node | null): void {
  if (!content) {
    panel.replaceChildren();
    panel.hidden = true;
    return;
  }
  const doc = panel.ownerDocument;
  const close = el(doc, 'button', 'eventline-detail-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', 'Close details');
  panel.replaceChildren(content, close);
  panel.hidden = false;
}
