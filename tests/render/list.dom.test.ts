import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { useMount } from '../support/mount.js';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

const mount = useMount();

const button = (container: Element, name: string): HTMLButtonElement =>
  [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;

describe('the list view', () => {
  it('shows every event in time order with date, title and lane, and shares selection with the chart', () => {
    const { container, timeline } = mount({ dataset: news });
    const toggle = button(container, 'List view');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(container.querySelector<HTMLElement>('.eventline-chart')!.hidden).toBe(true);
    expect(button(container, '+ Zoom in').disabled).toBe(true);
    const items = [...container.querySelectorAll('.eventline-list li')];
    expect(items.map((li) => li.getAttribute('data-event-id'))).toEqual(news.events.map((event) => event.id));
    const invasion = items.find((li) => li.getAttribute('data-event-id') === 'crimea-annexation')!;
    expect(invasion.querySelector('time')!.textContent).toMatch(/\d{4}/);
    expect(invasion.querySelector('time')!.getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}){0,2}/);
    expect(invasion.querySelector('.eventline-list-lane')!.textContent).not.toBe('');

    // Selecting from the list opens the detail panel; selecting from the API marks the list item.
    const id = invasion.getAttribute('data-event-id')!;
    invasion.querySelector<HTMLButtonElement>('.eventline-list-title')!.click();
    expect(timeline.getState().selected).toBe(id);
    expect(container.querySelector<HTMLElement>('.eventline-detail')!.hidden).toBe(false);
    expect(container.querySelector('.eventline-list [aria-current="true"]')!.getAttribute('data-event-id')).toBe(id);
    timeline.select(news.events[0]!.id);
    expect(container.querySelector('.eventline-list [aria-current="true"]')!.getAttribute('data-event-id')).toBe(news.events[0]!.id);

    toggle.click();
    expect(container.querySelector('.eventline-list')).toBeNull();
    expect(container.querySelector<HTMLElement>('.eventline-chart')!.hidden).toBe(false);
  });

  it('adds long lists a page at a time, says how many are left, and reaches a selected event further down', () => {
    const events = Array.from({ length: 1200 }, (_, i) => ({
      id: `e${String(i).padStart(4, '0')}`, title: `Event ${i}`, start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), sources: ['s'],
    }));
    const { container, timeline } = mount({ dataset: { title: 'Many', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events } });
    button(container, 'List view').click();
    expect(container.querySelectorAll('.eventline-list li')).toHaveLength(500);
    const more = container.querySelector<HTMLButtonElement>('.eventline-list-more')!;
    expect(more.textContent).toBe('Show 500 more (700 not shown yet)');
    more.click();
    expect(container.querySelectorAll('.eventline-list li')).toHaveLength(1000);
    timeline.select('e1100');
    expect(container.querySelectorAll('.eventline-list li')).toHaveLength(1200);
    expect(more.hidden).toBe(true);
    expect(container.querySelector('.eventline-list [aria-current="true"]')!.getAttribute('data-event-id')).toBe('e1100');
  });

  it('shows only the page of a far event when it is selected, numbered by its place in time, with "Show earlier"', () => {
    const events = Array.from({ length: 3000 }, (_, i) => ({
      id: `e${String(i).padStart(4, '0')}`, title: `Event ${i}`, start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), sources: ['s'],
    }));
    const { container, timeline } = mount({ dataset: { title: 'Many', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events } });
    button(container, 'List view').click();
    timeline.select('e2700');
    const list = container.querySelector<HTMLOListElement>('.eventline-list ol')!;
    expect(container.querySelectorAll('.eventline-list li')).toHaveLength(500);
    expect(list.start).toBe(2501);
    expect(container.querySelector('.eventline-list [aria-current="true"]')!.getAttribute('data-event-id')).toBe('e2700');
    const earlier = container.querySelector<HTMLButtonElement>('.eventline-list-earlier')!;
    expect(earlier.hidden).toBe(false);
    expect(earlier.textContent).toBe('Show 500 earlier (2500 not shown yet)');
    expect(container.querySelector<HTMLButtonElement>('.eventline-list-more')!.hidden).toBe(true);
    earlier.click();
    expect(list.start).toBe(2001);
    const ids = [...container.querySelectorAll('.eventline-list li')].map((li) => li.getAttribute('data-event-id'));
    expect(ids).toHaveLength(1000);
    expect(ids[0]).toBe('e2000');
    expect(ids[999]).toBe('e2999');
    // Back to the start: the first page again, and "Show more" to go on.
    timeline.select('e0001');
    expect(list.start).toBe(1);
    expect(container.querySelector<HTMLButtonElement>('.eventline-list-earlier')!.hidden).toBe(true);
  });

  it('follows a new dataset while it is shown', () => {
    const { container, timeline } = mount({ dataset: news });
    button(container, 'List view').click();
    timeline.update({ dataset: { ...raw, events: raw.events.slice(0, 3) } });
    expect(container.querySelectorAll('.eventline-list li')).toHaveLength(3);
  });

  it('gives way to the error state when an invalid dataset arrives while it is shown', () => {
    const { container, timeline } = mount({ dataset: news });
    button(container, 'List view').click();
    timeline.update({ dataset: { ...raw, events: [{ id: 'x', title: 'x', start: '2022-13-01', sources: ['bbc-2025-09-05'] }] } });
    expect(container.querySelector('.eventline-list')).toBeNull();
    expect(container.querySelector<HTMLElement>('.eventline-chart')!.hidden).toBe(false);
    expect(button(container, 'List view').getAttribute('aria-pressed')).toBe('false');
    expect(container.querySelector('[role="alert"]')!.textContent).toContain('events[0].start');
    // The overview of the old data is gone too.
    expect(container.querySelector<SVGElement>('.eventline-overview')!.style.display).toBe('none');
  });
});
