import { describe, expect, it, vi } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { STORY_KEY_HELP } from '../../src/interact/keymap.js';
import { STORY_WINDOW_ROWS } from '../../src/render/story.js';
import { useMount } from '../support/mount.js';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

const mount = useMount();

const button = (container: Element, name: string): HTMLButtonElement =>
  [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
const cards = (container: Element): HTMLLIElement[] => [...container.querySelectorAll<HTMLLIElement>('.eventline-card')];
const head = (container: Element, id: string): HTMLButtonElement => container.querySelector<HTMLButtonElement>(`.eventline-card[data-event-id="${id}"] .eventline-card-head`)!;
const last = news.events[news.events.length - 1]!.id;
const key = (target: Element, name: string): void => void target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

describe('the vertical story', () => {
  it('shows every event as a card in time order, with its date, whole title, lane and category, and no chart frame', () => {
    const { container } = mount({ dataset: news, layout: 'vertical' });
    const root = container.querySelector<HTMLElement>('.eventline')!;
    expect(root.dataset.orientation).toBe('vertical');
    expect(container.querySelector<HTMLElement>('.eventline-story')!.hidden).toBe(false);
    // The chart's frame is not drawn while the story stands in for it.
    expect(container.querySelectorAll('.eventline-event')).toHaveLength(0);
    expect(cards(container).map((card) => card.dataset.eventId)).toEqual(news.events.map((event) => event.id));
    const paris = head(container, 'paris-summit');
    expect(paris.querySelector('time')!.textContent).toBe('4 September 2025');
    expect(paris.querySelector('time')!.getAttribute('datetime')).toBe('2025-09-04');
    expect(paris.querySelector('.eventline-card-title')!.textContent).toBe('\u2068Coalition of the willing summit in Paris\u2069');
    // Lane and category, drawn by the stylesheet from data-text: the head's name stays what it shows, date and title.
    expect(paris.querySelector<HTMLElement>('.eventline-card-chip')!.dataset.text).toBe('\u2068Security guarantees · summit\u2069');
    expect(paris.querySelector('.eventline-card-chip svg path')).not.toBeNull();
    expect(container.querySelector('.eventline-card-era')!.getAttribute('data-event-id')).toBe('donbas-war');
    const separator = container.querySelector('.eventline-story-gap')!;
    expect(separator.textContent).toBe('60 years 7 months later');
    expect(separator.previousElementSibling!.getAttribute('data-event-id')).toBe('korean-armistice');
    expect(container.querySelector('.eventline-story-list')!.getAttribute('aria-label')).toBe('28 events in time order');
    // Named by what it shows, date and title (an estimate said "about"), lane and category as the description.
    expect(paris.getAttribute('aria-label')).toBe('4 September 2025, Coalition of the willing summit in Paris');
    const estimate = container.querySelector('.eventline-card-date.is-approximate')!;
    expect(estimate.textContent).not.toMatch(/^c\./);
    expect(estimate.closest('button')!.getAttribute('aria-label')).toMatch(/^about \d/);
    expect(paris.getAttribute('aria-description')).toBe('Security guarantees · summit');
    // A heading where each year starts (visually hidden: the sticky heading shows it), before that year's first card.
    const periods = [...container.querySelectorAll('.eventline-story-period')];
    expect(periods.map((heading) => [heading.tagName, heading.textContent, heading.parentElement!.getAttribute('data-event-id')])).toEqual([
      ['H3', '1953', 'korean-armistice'], ['H3', '2014', 'crimea-annexation'], ['H3', '2022', 'full-scale-invasion'], ['H3', '2025', news.events.find((event) => event.start.getUTCFullYear() === 2025)!.id],
    ]);
    // The key help is there on demand (the ? key), not read on every entry.
    expect(root.hasAttribute('aria-describedby')).toBe(false);
    expect(container.querySelector('.eventline-story .eventline-keys')).toBeNull();
    key(head(container, 'paris-summit'), '?');
    expect(container.querySelector('.eventline-live')!.textContent).toBe(STORY_KEY_HELP);
    expect(container.querySelector('.eventline-story-list')!.getAttribute('aria-description')).toBe('Press question mark for the keys.');
  });

  it('opens a card in place on a tap, shares the selection with the chart and the page, and closes it on a second tap', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'vertical' });
    const selected = vi.fn();
    timeline.on('select', ({ id }) => selected(id));
    const paris = head(container, 'paris-summit');
    expect(paris.getAttribute('aria-expanded')).toBe('false');
    paris.click();
    expect(timeline.getState().selected).toBe('paris-summit');
    expect(selected).toHaveBeenLastCalledWith('paris-summit');
    expect(paris.getAttribute('aria-expanded')).toBe('true');
    const body = document.getElementById(paris.getAttribute('aria-controls')!)!;
    expect(body.parentElement).toBe(paris.parentElement);
    expect(body.textContent).toContain('Macron hosted the coalition');
    expect(body.querySelector('blockquote')!.textContent).toBe('by land, sea, or air');
    expect(body.querySelectorAll('.eventline-detail-sources li')).toHaveLength(2);
    // The card's head already shows the title: the details do not repeat it.
    expect(body.querySelector('h2')).toBeNull();
    // Not from the card itself (a tap in a browser focuses it): the event is named, then the summary's
    // lead, cut between words within the 150 characters of one announcement.
    const said = container.querySelector('.eventline-live')!.textContent!;
    expect(said.startsWith('Selected: Coalition of the willing summit in Paris, 4 September 2025. Macron hosted the coalition with Zelensky in the room')).toBe(true);
    expect(said.length).toBeLessThanOrEqual(150);
    expect(said).toMatch(/ [A-Za-z]+…$/);
    head(container, 'alaska-summit').focus();
    head(container, 'alaska-summit').click();
    expect(container.querySelector('.eventline-live')!.textContent).toMatch(/^Tab for details: Trump and Putin/);
    // The open card's details are the next tab stop after its head (a region, as the chart's panel;
    // the browser suite presses Tab); Escape from inside comes back to the head.
    const details = head(container, 'alaska-summit').nextElementSibling as HTMLElement;
    expect([details.className, details.getAttribute('role'), details.getAttribute('aria-label'), details.tabIndex]).toEqual(['eventline-card-body', 'region', 'Event details', 0]);
    details.focus();
    key(document.activeElement!, 'Escape');
    expect(document.activeElement).toBe(head(container, 'alaska-summit'));
    expect(timeline.getState().selected).toBeNull();
    head(container, 'alaska-summit').click();
    head(container, 'alaska-summit').click();
    paris.click();

    timeline.select('alaska-summit');
    expect(paris.getAttribute('aria-expanded')).toBe('false');
    expect(paris.parentElement!.querySelector('.eventline-card-body')).toBeNull();
    expect(head(container, 'alaska-summit').getAttribute('aria-expanded')).toBe('true');
    head(container, 'alaska-summit').click();
    expect(timeline.getState().selected).toBeNull();
    expect(container.querySelectorAll('.eventline-card-body')).toHaveLength(0);
  });

  it('is one tab stop: arrows, Home and End move between cards (over separators), Escape closes and keeps focus', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'vertical' });
    const focused = vi.fn();
    timeline.on('focus', ({ id }) => focused(id));
    const heads = (): HTMLButtonElement[] => [...container.querySelectorAll<HTMLButtonElement>('.eventline-card-head')];
    expect(heads().filter((candidate) => candidate.tabIndex === 0).map((candidate) => candidate.parentElement!.dataset.eventId)).toEqual(['korean-armistice']);
    heads()[0]!.focus();
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(head(container, 'crimea-annexation'));
    // The page hears where the keyboard is, as it does from the chart's marks.
    expect(focused).toHaveBeenLastCalledWith('crimea-annexation');
    key(document.activeElement!, 'ArrowUp');
    expect(document.activeElement).toBe(head(container, 'korean-armistice'));
    key(document.activeElement!, 'End');
    expect(document.activeElement).toBe(head(container, last));
    expect(heads().filter((candidate) => candidate.tabIndex === 0)).toEqual([document.activeElement]);
    key(document.activeElement!, 'ArrowDown');
    expect(document.activeElement).toBe(head(container, last));
    key(document.activeElement!, 'Home');
    expect(document.activeElement).toBe(head(container, 'korean-armistice'));
    (document.activeElement as HTMLButtonElement).click();
    key(document.activeElement!, 'Escape');
    expect(head(container, 'korean-armistice').getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(head(container, 'korean-armistice'));
  });

  it('has story controls: previous and next open the cards in turn, Latest opens the last event, the menu jumps to a year', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'vertical' });
    button(container, 'Next event →').click();
    expect(timeline.getState().selected).toBe('korean-armistice');
    button(container, 'Next event →').click();
    expect(head(container, 'crimea-annexation').getAttribute('aria-expanded')).toBe('true');
    button(container, '← Previous event').click();
    expect(timeline.getState().selected).toBe('korean-armistice');
    container.querySelector<HTMLButtonElement>('.eventline-button-latest')!.click();
    expect(timeline.getState().selected).toBe(last);
    const jump = container.querySelector<HTMLSelectElement>('select.eventline-story-control')!;
    expect([...jump.options].map((option) => option.textContent)).toEqual(['Jump to…', '1953', '2014', '2022', '2025']);
    jump.value = '2';
    jump.dispatchEvent(new Event('change'));
    expect(container.querySelector('.eventline-live')!.textContent).toBe('2022: 3 events.');
    expect(head(container, 'full-scale-invasion').tabIndex).toBe(0);
  });

  it('draws only the cards near the viewport for a long story, and a far card when it is selected', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${String(i).padStart(5, '0')}`, title: `Event ${i} with a title of some length`, start: new Date(Date.UTC(2000, 0, 1) + i * 36e5).toISOString().slice(0, 16) + 'Z', sources: ['s'],
    }));
    const { container, timeline } = mount({ dataset: { title: 'Many', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events }, layout: 'vertical' });
    expect(cards(container).length).toBeGreaterThan(10);
    expect(cards(container).length).toBeLessThan(STORY_WINDOW_ROWS);
    expect(container.querySelectorAll('*').length).toBeLessThan(3000);
    const list = container.querySelector<HTMLElement>('.eventline-story-list')!;
    // The rows not drawn are padding of their estimated height below the cards.
    expect(parseFloat(list.style.paddingBottom)).toBeGreaterThan(9000 * 80);
    timeline.select('e09000');
    expect(head(container, 'e09000').getAttribute('aria-expanded')).toBe('true');
    expect(cards(container).length).toBeLessThan(STORY_WINDOW_ROWS);
    expect(parseFloat(list.style.paddingTop)).toBeGreaterThan(8000 * 80);
    expect(container.querySelector('.eventline-story-list')!.getAttribute('aria-label')).toBe('10000 events in time order');
  });

  it('stands in for the chart as its list view at any width, and gives way to the problems of invalid data', () => {
    const { container, timeline } = mount({ dataset: news });
    const root = container.querySelector<HTMLElement>('.eventline')!;
    expect(root.dataset.orientation).toBe('horizontal');
    expect(container.querySelector<HTMLElement>('.eventline-story')!.hidden).toBe(true);
    const toggle = button(container, 'List view');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(root.dataset.orientation).toBe('vertical');
    expect(cards(container)).toHaveLength(28);
    timeline.update({ dataset: { ...raw, events: raw.events.slice(0, 3) } });
    expect(cards(container)).toHaveLength(3);
    timeline.update({ dataset: { ...raw, events: [{ id: 'x', title: 'x', start: '2022-13-01', sources: ['bbc-2025-09-05'] }] } });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(root.dataset.orientation).toBe('horizontal');
    expect(container.querySelector<HTMLElement>('.eventline-story')!.hidden).toBe(true);
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('events[0].start');
  });

  it('follows the container: auto switches to the story below 600 px and back, keeping the selection', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'horizontal' });
    const root = container.querySelector<HTMLElement>('.eventline')!;
    timeline.select('paris-summit');
    timeline.update({ layout: 'vertical' });
    expect(root.dataset.orientation).toBe('vertical');
    expect(head(container, 'paris-summit').getAttribute('aria-expanded')).toBe('true');
    timeline.update({ layout: 'auto' });
    // jsdom has no layout: a container without a width is taken as 800 px wide.
    expect(root.dataset.orientation).toBe('horizontal');
    expect(container.querySelector('.eventline-event.is-selected')!.getAttribute('data-event-id')).toBe('paris-summit');
  });

  it('exports the story it shows: toSVG writes the cards at the story\'s width', () => {
    const { timeline } = mount({ dataset: news, layout: 'vertical' });
    const svg = timeline.toSVG();
    expect(svg).toContain('>60 years 7 months later</text>');
    // jsdom lays nothing out: the story is written 300 px wide, where the title takes two lines.
    expect(svg).toMatch(/>Coalition of the willing summit( in)?<\/tspan><tspan [^>]*>(in )?Paris<\/tspan>/);
    expect(svg).not.toContain('NaN');
    timeline.update({ layout: 'horizontal' });
    expect(timeline.toSVG()).not.toContain('later</text>');
  });

  it('opens the card a deep link names, and writes the link when a card is opened', () => {
    history.replaceState(null, '', '#event=paris-summit');
    const { container } = mount({ dataset: news, layout: 'vertical', hash: true });
    expect(head(container, 'paris-summit').getAttribute('aria-expanded')).toBe('true');
    head(container, 'alaska-summit').click();
    expect(location.hash).toBe('#event=alaska-summit');
    history.replaceState(null, '', location.pathname);
  });

  it('keeps its cards and the keyboard through a theme switch, and closes a card without pointing at its removed details', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'vertical' });
    const paris = head(container, 'paris-summit');
    paris.click();
    paris.focus();
    timeline.update({ theme: 'dark' });
    expect(head(container, 'paris-summit')).toBe(paris);
    expect(document.activeElement).toBe(paris);
    paris.click();
    expect(paris.hasAttribute('aria-controls')).toBe(false);
    // Escape on another card closes the open one and leaves the keyboard where it is.
    paris.click();
    const alaska = head(container, 'alaska-summit');
    alaska.focus();
    key(alaska, 'Escape');
    expect(paris.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(alaska);
  });

  it('says which kind of period the menu jumps to, and offers nothing to jump to without data', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'vertical' });
    const jump = container.querySelector<HTMLSelectElement>('select.eventline-story-control')!;
    const latest = container.querySelector<HTMLButtonElement>('.eventline-button-latest')!;
    expect(jump.getAttribute('aria-label')).toBe('Jump to a year');
    timeline.update({ dataset: { ...raw, events: raw.events.filter((event) => event.start.startsWith('2025')) } });
    expect(jump.getAttribute('aria-label')).toBe('Jump to a month');
    expect([...jump.options].map((option) => option.textContent)).toEqual(['Jump to…', 'August 2025', 'September 2025']);
    timeline.update({ dataset: { ...raw, events: [{ id: 'x', title: 'x', start: '2022-13-01', sources: ['bbc-2025-09-05'] }] } });
    expect(jump.hidden).toBe(true);
    expect(latest.hidden).toBe(true);
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
  });

  it('keeps the list button\'s state true to what shows when the list view is left in a vertical layout', () => {
    const { container, timeline } = mount({ dataset: news, layout: 'vertical' });
    const toggle = button(container, 'List view');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector<HTMLElement>('.eventline')!.dataset.orientation).toBe('vertical');
    timeline.update({ layout: 'horizontal' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('numbers the cards of a long story within the whole list, and keeps a drawn card as the tab stop', () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({ id: `e${String(i).padStart(4, '0')}`, title: `Event ${i}`, start: new Date(Date.UTC(1990, 0, 1 + 7 * i)).toISOString().slice(0, 10), sources: ['s'] }));
    const { container, timeline } = mount({ dataset: { title: 'Many', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events }, layout: 'vertical' });
    const first = cards(container)[0]!;
    expect(first.getAttribute('aria-posinset')).toBe('1');
    expect(Number(first.getAttribute('aria-setsize'))).toBeGreaterThanOrEqual(1000);
    // A far card opened from the API is drawn and becomes the tab stop; the one before is gone from the page.
    timeline.select('e0900');
    expect(head(container, 'e0000')).toBeNull();
    const stops = [...container.querySelectorAll<HTMLButtonElement>('.eventline-card-head')].filter((candidate) => candidate.tabIndex === 0);
    expect(stops.map((stop) => stop.parentElement!.dataset.eventId)).toEqual(['e0900']);
  });
});
