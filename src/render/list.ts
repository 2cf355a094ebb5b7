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
 * same events as the chart, always complete. Items are added a page at a time ("Show more" says how
 * many are left). Each title is a button that selects its event, sharing selection with the chart.
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
  const more = doc.createElement('button');
  more.type = 'button';
  more.className = 'eventline-button eventline-list-more';
  element.append(list, more);
  const items = new Map<string, HTMLLIElement>();
  let current: HTMLLIElement | undefined;

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

  const showMore = (): void => {
    const from = items.size;
    const to = Math.min(events.length, from + LIST_PAGE_SIZE);
    const fragment = doc.createDocumentFragment();
    for (let index = from; index < to; index++) {
      const li = item(events[index]!);
      items.set(events[index]!.id, li);
      fragment.append(li);
    }
    list.append(fragment);
    const left = events.length - to;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, LIST_PAGE_SIZE)} more (${left} not shown yet)`;
  };
  more.addEventListener('click', () => {
    const firstNew = items.size;
    showMore();
    // The button may have just hidden itself; keep the keyboard on the first item it added.
    if (doc.activeElement === more || more.hidden) items.get(events[firstNew]?.id ?? '')?.querySelector('button')?.focus();
  }, { signal });
  showMore();

  return {
    element,
    setSelected(id) {
      current?.removeAttribute('aria-current');
      current = undefined;
      if (id === null) return;
      const position = events.findIndex((event) => event.id === id);
      while (position >= items.size && items.size < events.length) showMore();
      current = items.get(id);
      current?.setAttribute('aria-current', 'true');
    },
  };
}
