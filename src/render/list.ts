import type { Locale } from 'date-fns';
import { formatEventWhen } from '../layout/formatDate.js';
import { DEFAULT_LANE } from '../layout/lanes.js';
import { formatISODate } from '../model/time.js';
import type { TimelineEvent } from '../types.js';

/** Items added to the list at a time: 100,000 list items at once would freeze the page for seconds. */
export const LIST_PAGE_SIZE = 500;

/** The list view's element and how to keep it in step with the timeline. */
export interface EventList {
  /** `.eventline-list`: a section holding the ordered list. */
  element: HTMLElement;
  /** Marks the selected event's item (`aria-current`), showing more items first if it is further down. */
  setSelected(id: string | null): void;
}

/**
 * The list view: every event as an ordered HTML list in time order (date, title, lane, summary), the
 * same events as the chart, always complete. Items are shown a page at a time: "Show more" and
 * "Show earlier" say how many are left each way, and selecting a far event shows its page. Each title is a button that selects its event, sharing selection with the chart.
 */
export function buildEventList(
  doc: Document,
  events: readonly TimelineEvent[],
  locale: Locale,
  onSelect: (id: string) => void,
  signal: AbortSignal,
): EventList {
  const element = doc.createElement('section');
  element.className = 'eventline-list';
  element.setAttribute('aria-label', `All ${events.length} events in time order`);
  const list = doc.createElement('ol');
  const pageButton = (className: string): HTMLButtonElement => {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `eventline-button ${className}`;
    return button;
  };
  const earlier = pageButton('eventline-list-earlier');
  const more = pageButton('eventline-list-more');
  element.append(earlier, list, more);
  const items = new Map<string, HTMLLIElement>();
  let current: HTMLLIElement | undefined;
  // The items shown are events[from, to): a window that grows a page at a time either way.
  let from = 0;
  let to = 0;

  const item = (event: TimelineEvent): HTMLLIElement => {
    const li = doc.createElement('li');
    li.className = 'eventline-list-item';
    li.dataset.eventId = event.id;
    const time = doc.createElement('time');
    time.className = 'eventline-list-date';
    time.dateTime = formatISODate(event.start, event.precision);
    time.textContent = formatEventWhen(event, { locale });
    const title = doc.createElement('button');
    title.type = 'button';
    title.className = 'eventline-list-title';
    title.textContent = event.title;
    title.addEventListener('click', () => onSelect(event.id), { signal });
    const lane = doc.createElement('span');
    lane.className = 'eventline-list-lane';
    lane.textContent = event.era ? 'Era' : event.group ?? DEFAULT_LANE;
    li.append(time, ' ', title, ' ', lane);
    if (event.summary) {
      const summary = doc.createElement('p');
      summary.className = 'eventline-list-summary';
      summary.textContent = event.summary;
      li.append(summary);
    }
    return li;
  };

  const render = (start: number, end: number): DocumentFragment => {
    const fragment = doc.createDocumentFragment();
    for (let index = start; index < end; index++) {
      const li = item(events[index]!);
      items.set(events[index]!.id, li);
      fragment.append(li);
    }
    return fragment;
  };
  const updateButtons = (): void => {
    const after = events.length - to;
    more.hidden = after === 0;
    more.textContent = `Show ${Math.min(after, LIST_PAGE_SIZE)} more (${after} not shown yet)`;
    earlier.hidden = from === 0;
    earlier.textContent = `Show ${Math.min(from, LIST_PAGE_SIZE)} earlier (${from} not shown yet)`;
    // The list's numbers stay the events' positions in time, wherever the window starts.
    list.start = from + 1;
  };
  const showMore = (): void => {
    const end = Math.min(events.length, to + LIST_PAGE_SIZE);
    list.append(render(to, end));
    to = end;
    updateButtons();
  };
  const showEarlier = (): void => {
    const start = Math.max(0, from - LIST_PAGE_SIZE);
    list.prepend(render(start, from));
    from = start;
    updateButtons();
  };
  /** Shows only the page holding `position`: selecting event 90,000 must not build 90,000 items. */
  const jumpTo = (position: number): void => {
    items.clear();
    from = Math.floor(position / LIST_PAGE_SIZE) * LIST_PAGE_SIZE;
    to = Math.min(events.length, from + LIST_PAGE_SIZE);
    list.replaceChildren(render(from, to));
    updateButtons();
  };
  // A page button may hide itself once everything is shown; keep the keyboard on the first new item.
  const pageWith = (button: HTMLButtonElement, show: () => void, firstNew: () => number): void => {
    button.addEventListener('click', () => {
      const position = firstNew();
      show();
      if ((button.getRootNode() as Document | ShadowRoot).activeElement === button || button.hidden) items.get(events[position]?.id ?? '')?.querySelector('button')?.focus();
    }, { signal });
  };
  pageWith(more, showMore, () => to);
  pageWith(earlier, showEarlier, () => Math.max(0, from - 1));
  showMore();

  return {
    element,
    setSelected(id) {
      current?.removeAttribute('aria-current');
      current = undefined;
      if (id === null) return;
      const position = events.findIndex((event) => event.id === id);
      if (position < 0) return;
      // Just past either end: grow the window; further away: show the page that holds it.
      if (position >= to && position < to + LIST_PAGE_SIZE) showMore();
      else if (position < from && position >= from - LIST_PAGE_SIZE) showEarlier();
      else if (position < from || position >= to) jumpTo(position);
      current = items.get(id);
      current?.setAttribute('aria-current', 'true');
    },
  };
}
