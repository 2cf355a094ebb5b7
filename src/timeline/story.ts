/**
 * The vertical layout as a part of the chart: while `state.orientation` is `'vertical'` (a narrow
 * container, or the list view) the story of cards (render/story.ts) stands in for the chart, with the
 * controls a story needs: previous/next event, jump to a year, the latest event. It shares the chart's
 * selection: opening a card selects its event, so deep links, `select` events and `update` work as in
 * the chart.
 */
import { STORY_KEY_HELP } from '../interact/keymap.js';
import { createFrameScheduler } from '../interact/scheduler.js';
import { byMonth, jumpChoices, rowPeriods, storyRows, type JumpChoice } from '../layout/story.js';
import { buildEventDetail, el } from '../render/detail.js';
import type { RootElements } from '../render/root.js';
import { createStoryView } from '../render/story.js';
import type { ChartCommands, ChartState } from './state.js';

/**
 * Adds the vertical story to the chart's root and its controls to `bar` (the stylesheet shows each
 * set of controls only in its own orientation).
 */
export function attachStory(elements: RootElements, state: ChartState, commands: ChartCommands, bar: HTMLElement, signal: AbortSignal): void {
  const { root, chart } = elements;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const story = createStoryView(doc, (id) => commands.select(state.selected === id ? null : id), signal);
  chart.after(story.element);

  const jump = el(doc, 'select', 'eventline-button eventline-story-control');
  const latest = el(doc, 'button', 'eventline-button eventline-story-control eventline-button-latest', 'Latest');
  latest.setAttribute('aria-label', 'Latest event');
  bar.append(jump, latest);
  let choices: JumpChoice[] = [];
  let latestId: string | null = null;
  jump.addEventListener('change', () => {
    const choice = choices[Number(jump.value)];
    if (!choice) return;
    story.focus(choice.id, true);
    commands.announce(`${choice.period}: ${choice.count} ${choice.count === 1 ? 'event' : 'events'}.`);
  }, { signal });
  latest.addEventListener('click', () => {
    if (latestId !== null) commands.select(latestId);
  }, { signal });

  let shown = false;
  /** The options the cards were last built with. */
  let shownWith: unknown[] = [];
  /** The options the story is drawn with: a change to one draws it anew. */
  const drawnWith = (options: typeof state.options): unknown[] => [options.locale, options.compressGaps, options.renderDetail];
  const sync = (): void => {
    const { model, options } = state;
    const vertical = state.orientation === 'vertical' && model !== null;
    story.element.hidden = !vertical;
    // Without data the story has nothing to jump to.
    jump.hidden = latest.hidden = model === null;
    if (!vertical || shown) return story.refresh();
    shown = true;
    shownWith = drawnWith(options);
    const rows = storyRows(model, options.compressGaps);
    const periods = rowPeriods(rows, options.locale);
    choices = jumpChoices(rows, periods);
    jump.setAttribute('aria-label', byMonth(rows) ? 'Jump to a month' : 'Jump to a year');
    latestId = model.dataset.events.reduce<string | null>((last, event) => (event.era ? last : event.id), null);
    const placeholder = el(doc, 'option', '', 'Jump to…');
    placeholder.disabled = placeholder.selected = true;
    jump.replaceChildren(placeholder, ...choices.map((choice, index) => {
      const option = el(doc, 'option', '', choice.period);
      option.value = String(index);
      return option;
    }));
    story.show({
      rows, periods, slotOf: model.slotOf, locale: options.locale,
      details: (event) => options.renderDetail?.(event) ?? buildEventDetail(doc, event, model.dataset, options.locale, false),
    });
    story.setOpen(state.selected, false);
  };
  const again = (): void => {
    shown = false;
    sync();
  };
  state.on('orientation', again);
  state.on('dataset', again);
  // A theme switch keeps the cards (and the keyboard's place); what they show is redone only when it changes.
  state.on('options', ({ options }) => {
    if (drawnWith(options).some((value, index) => value !== shownWith[index])) again();
    else sync();
  });
  state.on('select', ({ id }) => state.orientation === 'vertical' && story.setOpen(id, true));
  story.element.addEventListener('focusin', (event) => {
    const id = (event.target as Element).closest?.<HTMLElement>('.eventline-card')?.dataset.eventId;
    if (id && (event.target as Element).classList.contains('eventline-card-head')) commands.hover(id, true);
  }, { signal });
  story.element.addEventListener('keydown', (event) => {
    const id = state.selected;
    if (event.key === '?') commands.announce(STORY_KEY_HELP, true);
    if (event.key !== 'Escape' || id === null) return;
    event.preventDefault();
    commands.select(null);
    // From inside the closed card's details, the keyboard goes back to its head.
    if (!(event.target as Element).classList.contains('eventline-card-head')) story.focus(id);
  }, { signal });

  // The page scrolls, not the story: what it draws follows the viewport, one update a frame.
  const frame = createFrameScheduler(win, () => story.refresh());
  const schedule = (): void => {
    if (!story.element.hidden) frame.schedule();
  };
  if (win) {
    // Capturing: the scroll of any scrolling box around the chart moves the cards in view too.
    win.addEventListener('scroll', schedule, { signal, passive: true, capture: true });
    win.addEventListener('resize', schedule, { signal, passive: true });
    // The container can change width without the window, and cards change height (an image loads).
    const observer = 'ResizeObserver' in win ? new win.ResizeObserver(schedule) : null;
    observer?.observe(story.element);
    signal.addEventListener('abort', () => observer?.disconnect());
  }
}
