/**
 * The vertical layout as a part of the chart: while `state.orientation` is `'vertical'` the story of
 * cards (render/story.ts) stands in for the chart, with the controls a story needs (previous/next
 * event, jump to a year, the latest event). It shares the chart's selection: opening a card selects
 * its event, so deep links, `select` events and `update` work as in the chart.
 */
import { formatEventDate, formatYear } from '../layout/formatDate.js';
import { storyRows } from '../layout/story.js';
import { buildEventDetail } from '../render/detail.js';
import type { RootElements } from '../render/root.js';
import { createStoryView } from '../render/story.js';
import type { ChartCommands, ChartState } from './state.js';

/** The choices of the jump menu: a year (a month when the events span under two years) and its first event. */
function jumpChoices(state: ChartState): { label: string; id: string; count: number }[] {
  const events = (state.model?.dataset.events ?? []).filter((event) => !event.era);
  const first = events[0]?.start.getTime() ?? 0;
  const monthly = events.length > 0 && events[events.length - 1]!.start.getTime() - first < 2 * 365.25 * 864e5;
  const locale = state.options.locale;
  const choices: { label: string; id: string; count: number }[] = [];
  for (const event of events) {
    const label = monthly ? formatEventDate(event.start, 'month', { locale }) : formatYear(event.start.getUTCFullYear(), locale);
    const last = choices[choices.length - 1];
    if (last?.label === label) last.count++;
    else choices.push({ label, id: event.id, count: 1 });
  }
  return choices;
}

/**
 * Adds the vertical story to the chart's root and the story's controls to `bar`; both show only
 * while time runs down the page (the stylesheet hides the chart's zoom controls then).
 */
export function attachStory(elements: RootElements, state: ChartState, commands: ChartCommands, bar: HTMLElement, help: HTMLElement, signal: AbortSignal): void {
  const { root, chart } = elements;
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  const story = createStoryView(doc, (id) => commands.select(state.selected === id ? null : id), signal);
  chart.after(story.element);

  const jump = doc.createElement('select');
  jump.className = 'eventline-button eventline-story-control eventline-story-jump';
  jump.setAttribute('aria-label', 'Jump to a year');
  const latest = doc.createElement('button');
  latest.type = 'button';
  latest.className = 'eventline-button eventline-story-control eventline-button-latest';
  latest.textContent = 'Latest';
  latest.setAttribute('aria-label', 'Latest event');
  bar.append(jump, latest);
  let choices: ReturnType<typeof jumpChoices> = [];
  const fillJump = (): void => {
    choices = jumpChoices(state);
    const placeholder = doc.createElement('option');
    placeholder.textContent = choices.length > 0 && choices[0]!.label.length > 4 ? 'Month' : 'Year';
    placeholder.value = '';
    placeholder.disabled = true;
    placeholder.selected = true;
    jump.replaceChildren(placeholder, ...choices.map((choice, index) => {
      const option = doc.createElement('option');
      option.value = String(index);
      option.textContent = choice.label;
      return option;
    }));
  };
  jump.addEventListener('change', () => {
    const choice = choices[Number(jump.value)];
    if (!choice) return;
    story.scrollTo(choice.id);
    commands.announce(`${choice.label}: ${choice.count} ${choice.count === 1 ? 'event' : 'events'}.`);
  }, { signal });
  latest.addEventListener('click', () => {
    const events = state.model?.dataset.events ?? [];
    const last = [...events].reverse().find((event) => !event.era) ?? events[events.length - 1];
    if (last) commands.select(last.id);
  }, { signal });

  let shown = false;
  const sync = (): void => {
    const vertical = state.orientation === 'vertical' && state.model !== null;
    story.element.hidden = !vertical;
    root.setAttribute('aria-describedby', vertical ? story.help.id : help.id);
    if (!vertical || shown) return story.refresh();
    shown = true;
    const { model, options } = state;
    story.show({
      rows: storyRows(model!, options.compressGaps),
      categories: model!.categories,
      locale: options.locale,
      textScale: 1,
      details: (event) => (options.renderDetail ? options.renderDetail(event) : buildEventDetail(doc, event, model!.dataset, options.locale, false)),
    });
    story.setOpen(state.selected, false);
  };
  const again = (): void => {
    shown = false;
    sync();
  };
  state.on('orientation', again);
  state.on('dataset', () => {
    fillJump();
    again();
  });
  state.on('options', () => {
    fillJump();
    again();
  });
  state.on('select', ({ id }) => {
    if (state.orientation === 'vertical') story.setOpen(id, true);
  });
  story.element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || state.selected === null) return;
    const id = state.selected;
    event.preventDefault();
    commands.select(null);
    story.focus(id);
  }, { signal });

  // The page scrolls, not the story: what it draws follows the viewport, one update a frame.
  let pending = false;
  const schedule = (): void => {
    if (pending || !win || story.element.hidden) return;
    pending = true;
    win.requestAnimationFrame(() => {
      pending = false;
      story.refresh();
    });
  };
  win?.addEventListener('scroll', schedule, { capture: true, passive: true, signal });
  win?.addEventListener('resize', schedule, { passive: true, signal });
}
