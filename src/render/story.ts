/**
 * The vertical story (phones): the events as cards in an ordered list, top to bottom in time order,
 * separators where long stretches pass without events, and a sticky heading naming the year being
 * read. A card's head is a button that opens the event in place, its details below it; the list is
 * one tab stop with arrow keys. A long story is drawn near the viewport only: the rows out of reach
 * are the list's padding, at their measured height or the layout's estimate.
 */
import type { Locale } from 'date-fns';
import { formatEventDate, formatEventWhen, formatTimeLength, formatYear } from '../layout/formatDate.js';
import { DEFAULT_LANE } from '../layout/lanes.js';
import { categorySlot } from '../layout/markShape.js';
import { layoutStory, STORY_METRICS, type StoryRow } from '../layout/story.js';
import { formatISODate } from '../model/time.js';
import type { TimelineEvent } from '../types.js';
import { swatchFor } from './states.js';

/** Stories with more rows than this are drawn near the viewport only; shorter ones whole (find in page works). */
export const STORY_WINDOW_ROWS = 300;
/** Rows drawn at least on either side of the viewport, and when a card is drawn out of view to be focused. */
const MARGIN_ROWS = 20;
const YEAR = 365.25 * 864e5;

/** What the story shows. */
export interface StoryContext {
  rows: readonly StoryRow[];
  /** The dataset's categories, in the legend's order (for the chips' colours and shapes). */
  categories: readonly string[];
  locale: Locale;
  /** The page font's measure against the width table (for height estimates). */
  textScale: number;
  /** The content of an open card, below its head. */
  details(event: TimelineEvent): Node;
}

/** The story's element and how the timeline drives it. */
export interface StoryView {
  /** `.eventline-story`. */
  element: HTMLElement;
  /** What the keys do in the story (visually hidden; the timeline's description while the story shows). */
  help: HTMLParagraphElement;
  /** Shows `context`'s rows, from the top (the page keeps its scroll position). */
  show(context: StoryContext): void;
  /** Opens the card of `id` (closing any other; `null` closes); with `reveal`, scrolls so its details are in view. */
  setOpen(id: string | null, reveal: boolean): void;
  /** Moves keyboard focus to the card of `id`, drawing it first. */
  focus(id: string): void;
  /** Scrolls the card of `id` to the top of the view, without focus; it becomes the list's tab stop. */
  scrollTo(id: string): void;
  /** Draws what the viewport now needs and updates the sticky heading (after a scroll or resize). */
  refresh(): void;
}

const el = <K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string, text?: string): HTMLElementTagNameMap[K] => {
  const element = doc.createElement(tag);
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
};

let storyCounter = 0;

/** Builds the story for `doc`; `toggle(id)` runs when the reader presses a card's head. */
export function createStoryView(doc: Document, toggle: (id: string) => void, signal: AbortSignal): StoryView {
  const win = doc.defaultView;
  const element = el(doc, 'section', 'eventline-story');
  element.hidden = true;
  const prefix = `eventline-story-${++storyCounter}`;
  const heading = el(doc, 'div', 'eventline-story-when');
  // The cards carry their dates; the heading is where the eye is, not news for a screen reader.
  heading.setAttribute('aria-hidden', 'true');
  const list = el(doc, 'ol', 'eventline-story-list');
  const help = el(doc, 'p', 'eventline-keys', 'Events as cards in time order: the up and down arrow keys move between them, Enter opens one, Escape closes it.');
  help.id = `${prefix}-keys`;
  element.append(heading, list, help);

  let context: StoryContext | null = null;
  let rows: readonly StoryRow[] = [];
  let idRow = new Map<string, number>();
  let heights = new Float64Array(0);
  let tops = new Float64Array(1);
  let estimatedAt = 0;
  let monthly = false;
  const drawn = new Map<number, HTMLLIElement>();
  let from = 0;
  let to = 0;
  let open: string | null = null;
  let active = 0;

  const estimate = (width: number): void => {
    const layout = layoutStory(rows, width, context?.textScale ?? 1);
    heights = Float64Array.from(layout.items, (item) => item.height);
    estimatedAt = width;
    retop(0);
  };
  const retop = (start: number): void => {
    if (tops.length !== rows.length + 1) tops = new Float64Array(rows.length + 1);
    for (let index = start; index < rows.length; index++) tops[index + 1] = tops[index]! + heights[index]! + STORY_METRICS.rowGap;
  };

  const body = (event: TimelineEvent): HTMLDivElement => {
    const details = el(doc, 'div', 'eventline-card-body');
    details.id = `${prefix}-${idRow.get(event.id) ?? 0}`;
    if (context) details.append(context.details(event));
    return details;
  };

  const build = (index: number): HTMLLIElement => {
    const row = rows[index]!;
    const locale = context!.locale;
    if (row.kind === 'gap') {
      const li = el(doc, 'li', 'eventline-story-gap', `${formatTimeLength(row.start, row.end, locale)} later`);
      li.dataset.row = String(index);
      return li;
    }
    const { event } = row;
    const li = el(doc, 'li', event.era ? 'eventline-card eventline-card-era' : 'eventline-card');
    li.dataset.row = String(index);
    li.dataset.eventId = event.id;
    const head = el(doc, 'button', 'eventline-card-head');
    head.type = 'button';
    head.tabIndex = index === active ? 0 : -1;
    const time = el(doc, 'time', 'eventline-card-date', formatEventWhen(event, { locale }));
    time.dateTime = formatISODate(event.start, event.precision);
    const categories = context!.categories;
    const slot = event.category === undefined ? -1 : categorySlot(categories.indexOf(event.category), categories.length);
    const chip = el(doc, 'span', 'eventline-card-chip');
    chip.append(swatchFor(doc, slot), [event.era ? 'Era' : event.group ?? DEFAULT_LANE, event.category].filter(Boolean).join(' · '));
    head.append(time, el(doc, 'span', 'eventline-card-title', event.title), chip);
    head.setAttribute('aria-expanded', String(event.id === open));
    li.append(head);
    if (event.id === open) {
      const details = body(event);
      head.setAttribute('aria-controls', details.id);
      li.append(details);
    }
    return li;
  };

  /** Measures the drawn rows whose height changed, from `start`; padding keeps the rest in place. */
  const measure = (): void => {
    let first = -1;
    for (const [index, li] of drawn) {
      const height = li.offsetHeight;
      if (height > 0 && height !== heights[index]) {
        heights[index] = height;
        if (first < 0 || index < first) first = index;
      }
    }
    if (first >= 0) retop(first);
    list.style.paddingTop = `${tops[from]}px`;
    list.style.paddingBottom = `${Math.max(0, tops[rows.length]! - tops[to]!)}px`;
  };

  /** Draws rows [a, b): rows still drawn stay where they are (a focused card keeps focus). */
  const drawRange = (a: number, b: number): void => {
    for (const [index, li] of drawn) {
      if (index < a || index >= b) {
        li.remove();
        drawn.delete(index);
      }
    }
    let after: HTMLLIElement | null = null;
    for (let index = b - 1; index >= a; index--) {
      let li = drawn.get(index);
      if (!li) {
        li = build(index);
        drawn.set(index, li);
        list.insertBefore(li, after);
      }
      after = li;
    }
    from = a;
    to = b;
    measure();
  };

  /** The first row whose bottom is below `y` (in the list's own coordinates). */
  const rowAt = (y: number): number => {
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (tops[mid + 1]! - STORY_METRICS.rowGap > y) high = mid;
      else low = mid + 1;
    }
    return Math.min(low, Math.max(0, rows.length - 1));
  };

  const ensureDrawn = (index: number): void => {
    if (index >= from && index < to) return;
    drawRange(Math.max(0, index - MARGIN_ROWS), Math.min(rows.length, index + 2 * MARGIN_ROWS));
  };

  const headOf = (index: number): HTMLButtonElement | null => drawn.get(index)?.querySelector<HTMLButtonElement>('.eventline-card-head') ?? null;
  const setActive = (index: number): void => {
    const previous = headOf(active);
    if (previous) previous.tabIndex = -1;
    active = index;
    const head = headOf(index);
    if (head) head.tabIndex = 0;
  };

  const updateHeading = (top: number): void => {
    let index = rowAt(Math.max(0, top + heading.offsetHeight));
    while (index < rows.length - 1 && rows[index]!.kind === 'gap') index++;
    const row = rows[index];
    if (!row || row.kind !== 'event' || !context) return void (heading.textContent = '');
    const start = row.event.start;
    heading.textContent = monthly ? formatEventDate(start, 'month', { locale: context.locale }) : formatYear(start.getUTCFullYear(), context.locale);
  };

  const view: StoryView = {
    element,
    help,
    show(next) {
      context = next;
      rows = next.rows;
      idRow = new Map();
      rows.forEach((row, index) => row.kind === 'event' && idRow.set(row.event.id, index));
      const times = rows.flatMap((row) => (row.kind === 'event' && !row.event.era ? [row.event.start.getTime()] : []));
      monthly = times.length > 0 && times[times.length - 1]! - times[0]! < 2 * YEAR;
      list.setAttribute('aria-label', `${idRow.size} events in time order`);
      for (const li of drawn.values()) li.remove();
      drawn.clear();
      from = to = 0;
      const first = rows.findIndex((row) => row.kind === 'event');
      active = open !== null && idRow.has(open) ? idRow.get(open)! : Math.max(0, first);
      estimate(list.clientWidth || 360);
      view.refresh();
    },
    setOpen(id, reveal) {
      if (open !== null) {
        const index = idRow.get(open);
        const li = index === undefined ? undefined : drawn.get(index);
        li?.querySelector('.eventline-card-body')?.remove();
        li?.querySelector('.eventline-card-head')?.setAttribute('aria-expanded', 'false');
      }
      open = id !== null && idRow.has(id) ? id : null;
      if (open === null) return measure();
      const index = idRow.get(open)!;
      ensureDrawn(index);
      setActive(index);
      const li = drawn.get(index)!;
      const details = body((rows[index] as Extract<StoryRow, { kind: 'event' }>).event);
      li.append(details);
      const head = headOf(index)!;
      head.setAttribute('aria-expanded', 'true');
      head.setAttribute('aria-controls', details.id);
      measure();
      if (!reveal || !win) return;
      const box = li.getBoundingClientRect();
      // The head stays where the reader tapped unless the details would open below the fold.
      if (box.top < heading.offsetHeight || box.bottom > win.innerHeight) {
        const still = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
        li.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
      }
    },
    focus(id) {
      const index = idRow.get(id);
      if (index === undefined) return;
      ensureDrawn(index);
      setActive(index);
      headOf(index)?.focus();
    },
    scrollTo(id) {
      const index = idRow.get(id);
      if (index === undefined) return;
      ensureDrawn(index);
      setActive(index);
      drawn.get(index)?.scrollIntoView({ block: 'start' });
      view.refresh();
    },
    refresh() {
      if (!context || element.hidden) return;
      const width = list.clientWidth;
      if (width > 0 && width !== estimatedAt) {
        // A new width wraps every title anew: what was measured no longer holds.
        estimate(width);
      }
      if (rows.length <= STORY_WINDOW_ROWS) {
        if (to !== rows.length) drawRange(0, rows.length);
        return updateHeading(-list.getBoundingClientRect().top);
      }
      const top = -list.getBoundingClientRect().top;
      const screen = win?.innerHeight ?? 800;
      const a = Math.max(0, rowAt(top - screen) - MARGIN_ROWS / 2);
      const b = Math.min(rows.length, rowAt(top + 2 * screen) + MARGIN_ROWS / 2);
      // Redrawn only when the viewport nears an edge of what is drawn, not on every scroll event.
      const covered = (from === 0 || from <= rowAt(top - screen / 2)) && (to === rows.length || to > rowAt(top + 1.5 * screen));
      if (!covered) drawRange(a, b);
      updateHeading(top);
    },
  };

  list.addEventListener('click', (event) => {
    const head = (event.target as Element).closest?.('.eventline-card-head');
    const id = head?.parentElement?.dataset.eventId;
    if (id) toggle(id);
  }, { signal });
  list.addEventListener('focusin', (event) => {
    const row = (event.target as Element).closest?.<HTMLLIElement>('li')?.dataset.row;
    if (row !== undefined && (event.target as Element).classList.contains('eventline-card-head')) setActive(Number(row));
  }, { signal });
  list.addEventListener('keydown', (event) => {
    const target = event.target as Element;
    if (!target.classList.contains('eventline-card-head') || event.altKey || event.ctrlKey || event.metaKey) return;
    const eventRows = (index: number, step: 1 | -1): number => {
      let next = index + step;
      while (next >= 0 && next < rows.length && rows[next]!.kind !== 'event') next += step;
      return next >= 0 && next < rows.length ? next : -1;
    };
    const keys: Record<string, () => number> = {
      ArrowDown: () => eventRows(active, 1),
      ArrowUp: () => eventRows(active, -1),
      Home: () => eventRows(-1, 1),
      End: () => eventRows(rows.length, -1),
    };
    const index = keys[event.key]?.();
    if (index === undefined) return;
    event.preventDefault();
    const row = rows[index];
    if (row?.kind === 'event') view.focus(row.event.id);
  }, { signal });

  return view;
}
