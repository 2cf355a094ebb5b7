/**
 * The vertical story (phones, and the list view): the events as cards in an ordered list, top to
 * bottom in time order, separators where long stretches pass without events, and a sticky heading
 * naming the period being read. A card's head is a button that opens the event in place, its details
 * below it; the list is one tab stop with arrow keys. A long story is drawn near the viewport only:
 * the rows out of reach are the list's padding, at their measured height or the layout's estimate.
 */
import type { Locale } from 'date-fns';
import { HELP_HINT } from '../interact/keymap.js';
import { formatTimeLength } from '../layout/formatDate.js';
import { firstIndexWhere } from '../model/sortedIndex.js';
import { estimateHeights, ROW_GAP, type StoryRow } from '../layout/story.js';
import type { TimelineEvent } from '../types.js';
import { el } from './detail.js';
import { cardHead } from './storyCard.js';
import { setAttributes } from './svgElement.js';

/** Stories with more rows than this are drawn near the viewport only; shorter ones whole (find in page works). */
export const STORY_WINDOW_ROWS = 300;
/** Rows drawn beyond what the viewport needs, and around a card drawn out of view to be focused. */
const MARGIN_ROWS = 20;

/** What the story shows. */
export interface StoryContext {
  rows: readonly StoryRow[];
  /** Each row's period (layout/story.ts `rowPeriods`), for the sticky heading. */
  periods: readonly string[];
  /** An event's category slot (for the chips' colours and shapes). */
  slotOf(event: TimelineEvent): number;
  locale: Locale;
  /** The content of an open card, below its head. */
  details(event: TimelineEvent): Node;
}

/** The story's element and how the timeline drives it. */
export interface StoryView {
  /** `.eventline-story`. */
  element: HTMLElement;
  /** Shows `context`'s rows (the page keeps its scroll position). */
  show(context: StoryContext): void;
  /** Opens the card of `id` (closing any other; `null` closes); with `reveal`, scrolls so its details are in view. */
  setOpen(id: string | null, reveal: boolean): void;
  /** Moves keyboard focus to the card of `id` (`scroll`: only scrolls it to the top, and makes it the tab stop). */
  focus(id: string, scroll?: boolean): void;
  /** Draws what the viewport now needs and updates the sticky heading (after a scroll or resize). */
  refresh(): void;
}

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
  list.setAttribute('aria-description', HELP_HINT);
  element.append(heading, list);

  let context: StoryContext | null = null;
  let rows: readonly StoryRow[] = [];
  const idRow = new Map<string, number>();
  let heights = new Float64Array(0);
  let tops = new Float64Array(1);
  let estimatedAt = 0;
  const drawn = new Map<number, HTMLLIElement>();
  let from = 0;
  let to = 0;
  let open: string | null = null;
  let active = 0;

  const retop = (start: number): void => {
    for (let index = start; index < rows.length; index++) tops[index + 1] = tops[index]! + heights[index]! + ROW_GAP;
  };
  const estimate = (width: number): void => {
    heights = estimateHeights(rows, width);
    tops = new Float64Array(rows.length + 1);
    estimatedAt = width;
    retop(0);
  };

  const headOf = (index: number): HTMLButtonElement | null => drawn.get(index)?.querySelector('button') ?? null;
  /** Opens or closes the drawn card `index`: its details below the head, or none. */
  const setDetails = (index: number, on: boolean): void => {
    const li = drawn.get(index);
    const row = rows[index];
    if (!li || row?.kind !== 'event') return;
    li.querySelector('.eventline-card-body')?.remove();
    const head = li.querySelector('button')!;
    head.setAttribute('aria-expanded', String(on));
    head.removeAttribute('aria-controls');
    if (!on || !context) return;
    const details = el(doc, 'div', 'eventline-card-body');
    details.id = `${prefix}-${index}`;
    // As the chart's detail panel: a region, and the next tab stop after the open card's head.
    setAttributes(details, { role: 'region', 'aria-label': 'Event details' });
    details.tabIndex = 0;
    details.append(context.details(row.event));
    head.setAttribute('aria-controls', details.id);
    li.append(details);
  };

  const build = (index: number): HTMLLIElement => {
    const row = rows[index]!;
    const { locale, slotOf } = context!;
    const li = row.kind === 'gap'
      ? el(doc, 'li', 'eventline-story-gap', `${formatTimeLength(row.start, row.end, locale)} later`)
      : el(doc, 'li', row.event.era ? 'eventline-card eventline-card-era' : 'eventline-card');
    // Only part of a long list is in the page: its items say where they stand in the whole.
    if (rows.length > STORY_WINDOW_ROWS) {
      setAttributes(li, { 'aria-posinset': index + 1, 'aria-setsize': rows.length });
    }
    if (row.kind === 'gap') return li;
    const { event } = row;
    li.dataset.row = String(index);
    li.dataset.eventId = event.id;
    const head = cardHead(doc, event, slotOf(event), locale);
    head.tabIndex = index === active ? 0 : -1;
    // A heading where a new year (or month) starts: a screen reader's heading keys go through the story by period.
    let previous = index - 1;
    while (rows[previous]?.kind === 'gap') previous--;
    if (previous < 0 || context!.periods[previous] !== context!.periods[index]) li.append(el(doc, 'h3', 'eventline-story-period', context!.periods[index]));
    li.append(head);
    drawn.set(index, li);
    setDetails(index, event.id === open);
    return li;
  };

  /** Measures the drawn rows; the padding stands in for the rest, so the drawn ones stay where they are. */
  const measure = (): void => {
    let first = rows.length;
    for (const [index, li] of drawn) {
      const height = li.offsetHeight;
      if (height > 0 && height !== heights[index]) {
        heights[index] = height;
        first = Math.min(first, index);
      }
    }
    retop(first);
    list.style.paddingTop = `${tops[from]}px`;
    list.style.paddingBottom = `${tops[rows.length]! - tops[to]!}px`;
  };

  /** Draws rows [a, b): rows still drawn stay in the page (a focused card keeps focus). */
  const drawRange = (a: number, b: number): void => {
    for (const [index, li] of drawn) {
      if (index >= a && index < b) continue;
      li.remove();
      drawn.delete(index);
    }
    let after: HTMLLIElement | null = null;
    for (let index = b - 1; index >= a; index--) {
      const li: HTMLLIElement = drawn.get(index) ?? list.insertBefore(build(index), after);
      drawn.set(index, li);
      after = li;
    }
    from = a;
    to = b;
    // The tab stop stays on a drawn card: the one it was on may have gone with the rows out of reach.
    if (!drawn.has(active)) {
      let first = a;
      while (first < b && rows[first]!.kind !== 'event') first++;
      if (first < b) reach(first);
    }
    measure();
  };

  /** The first row whose bottom is below `y` (px from the list's top). */
  const rowAt = (y: number): number => firstIndexWhere(0, rows.length - 1, (index) => tops[index + 1]! - ROW_GAP > y);

  /** Makes card `index` the list's tab stop, drawing it first. */
  function reach(index: number): void {
    const previous = headOf(active);
    if (previous) previous.tabIndex = -1;
    active = index;
    if (index < from || index >= to) drawRange(Math.max(0, index - MARGIN_ROWS), Math.min(rows.length, index + 2 * MARGIN_ROWS));
    const head = headOf(index);
    if (head) head.tabIndex = 0;
  }

  const view: StoryView = {
    element,
    show(next) {
      context = next;
      rows = next.rows;
      idRow.clear();
      rows.forEach((row, index) => row.kind === 'event' && idRow.set(row.event.id, index));
      list.setAttribute('aria-label', `${idRow.size} events in time order`);
      open = null;
      active = rows.findIndex((row) => row.kind === 'event');
      drawRange(0, 0);
      estimate(list.clientWidth || 360);
      view.refresh();
    },
    setOpen(id, reveal) {
      const previous = idRow.get(open ?? '');
      open = id;
      if (previous !== undefined) setDetails(previous, false);
      const index = idRow.get(id ?? '');
      if (index === undefined) return measure();
      // Without `reveal` the view stays where the reader is: a far card opens when it is drawn.
      if (!reveal && !drawn.has(index)) {
        active = index;
        return measure();
      }
      reach(index);
      setDetails(index, true);
      measure();
      const li = drawn.get(index)!;
      const box = li.getBoundingClientRect();
      // The head stays where the reader tapped unless the details would open below the fold.
      if (reveal && win && (box.top < heading.offsetHeight || box.bottom > win.innerHeight)) {
        li.scrollIntoView?.({ block: 'start', behavior: win.matchMedia?.('(prefers-reduced-motion: reduce)').matches === false ? 'smooth' : 'auto' });
      }
    },
    focus(id, scroll) {
      const index = idRow.get(id);
      if (index === undefined) return;
      reach(index);
      if (scroll) drawn.get(index)!.scrollIntoView?.({ block: 'start' });
      else headOf(index)!.focus();
      view.refresh();
    },
    refresh() {
      if (!context || element.hidden) return;
      if (rows.length === 0) return void (heading.textContent = '');
      // A new width wraps every title anew: what was measured no longer holds.
      if (list.clientWidth > 0 && list.clientWidth !== estimatedAt) estimate(list.clientWidth);
      const top = -list.getBoundingClientRect().top;
      const screen = win?.innerHeight ?? 800;
      if (rows.length <= STORY_WINDOW_ROWS && to !== rows.length) drawRange(0, rows.length);
      else if (rows.length > STORY_WINDOW_ROWS && ((from > 0 && from > rowAt(top - screen / 2)) || (to < rows.length && to <= rowAt(top + 1.5 * screen)))) {
        // Redrawn only when the viewport nears an edge of what is drawn, not on every scroll event.
        drawRange(Math.max(0, rowAt(top - screen) - MARGIN_ROWS), Math.min(rows.length, rowAt(top + 2 * screen) + MARGIN_ROWS));
      } else {
        // Cards change height too (a new width, an image loaded in an open card).
        measure();
      }
      heading.textContent = context.periods[rowAt(top + heading.offsetHeight)] ?? '';
    },
  };

  list.addEventListener('click', (event) => {
    const id = (event.target as Element).closest?.('.eventline-card-head')?.parentElement?.dataset.eventId;
    if (id) toggle(id);
  }, { signal });
  list.addEventListener('keydown', (event) => {
    const target = event.target as Element;
    if (!target.classList.contains('eventline-card-head')) return;
    const step = ({ ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: 1, End: -1 } as Record<string, number>)[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    let index = event.key === 'Home' ? -1 : event.key === 'End' ? rows.length : Number(target.parentElement!.dataset.row);
    do index += step;
    while (rows[index]?.kind === 'gap');
    const row = rows[index];
    if (row?.kind === 'event') view.focus(row.event.id);
  }, { signal });

  return view;
}
