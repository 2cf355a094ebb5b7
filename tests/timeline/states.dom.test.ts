import { afterEach, describe, expect, it, vi } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { useMount } from '../support/mount.js';

const mount = useMount();
const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
afterEach(() => vi.restoreAllMocks());

describe('the states a reader sees', () => {
  it('shows invalid data as a panel with a heading, the first 20 problems and how many more, and logs them all once', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = Array.from({ length: 25 }, (_, index) => ({ id: `e${index}`, title: 'Bad', start: '2025-02-30', sources: ['s'] }));
    const { container } = mount({ dataset: { title: 'Broken', sources: [source], events } });
    const panel = container.querySelector('.eventline-message')!;
    expect(panel.classList.contains('is-error')).toBe(true);
    expect(panel.querySelector('[role="alert"] h2')?.textContent).toBe('This timeline cannot be shown');
    expect(panel.querySelector('.eventline-error-count')?.textContent).toBe('Its data has 25 problems:');
    const items = [...panel.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('events[0].start: "2025-02-30" is not a valid date (February 2025 has no day 30)');
    expect(panel.querySelector('.eventline-error-more')?.textContent).toMatch(/^and 5 more/);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toContain('events[24].start');
  });

  it('shows a bounded panel for a feed of 200,000 broken events: 20 problems, why checking stopped, over 1000', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events = Array.from({ length: 200_000 }, (_, index) => ({ id: `e${index}`, title: 'Bad', start: '2025-02-30', sources: ['s'] }));
    const { container } = mount({ dataset: { title: 'Broken', sources: [source], events } });
    const panel = container.querySelector('.eventline-message')!;
    expect(panel.querySelector('.eventline-error-count')?.textContent).toBe('Its data has over 1000 problems:');
    const items = [...panel.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toHaveLength(20);
    expect(items[0]).toBe('events: checking stopped after 1000 problems: 1000 of 200000 events checked');
    expect(panel.querySelector('.eventline-error-more')?.textContent).toBe('and 981 more (the browser console lists them).');
    expect(String(error.mock.calls[0]![0]).split('\n')).toHaveLength(1002);
  });

  it('reports a null dataset as an error, not as an empty timeline', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container } = mount({ dataset: null as unknown as Record<string, unknown> });
    expect(container.querySelector('[role="alert"] li')?.textContent).toBe('dataset: expected a dataset object with title, sources and events, got null');
    expect(container.querySelector('.eventline-empty')).toBeNull();
  });

  it('says so when the dataset is a Promise or a fetch Response, not data yet', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const pending = mount({ dataset: Promise.resolve(news) as unknown as Record<string, unknown> }).container;
    expect(pending.querySelector('[role="alert"] li')?.textContent).toMatch(/^dataset: is a Promise, not a dataset: await it first/);
    const response = new Response('{}', { headers: { 'content-type': 'application/json' } });
    const fetched = mount({ dataset: response as unknown as Record<string, unknown> }).container;
    expect(fetched.querySelector('[role="alert"] li')?.textContent).toBe('dataset: is a fetch Response, not a dataset: pass await response.json()');
  });

  it('disables the controls that cannot act: everything for invalid data, zoom at its limits', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { container, timeline } = mount({ dataset: { title: 'Broken', sources: [], events: [{ id: 'a' }] } });
    const button = (name: string): HTMLButtonElement => container.querySelector(`.eventline-button-${name}`)!;
    const disabled = (name: string): boolean => button(name).getAttribute('aria-disabled') === 'true';
    expect(['previous', 'next', 'zoomIn', 'zoomOut', 'fit', 'list'].filter((name) => !disabled(name))).toEqual([]);
    timeline.update({ dataset: news });
    // The whole story in view: nothing to zoom out to or show all of.
    expect(['zoomOut', 'fit'].every(disabled)).toBe(true);
    expect(disabled('zoomIn')).toBe(false);
    timeline.zoomTo([new Date('2025-09-04T00:00:00Z'), new Date('2025-09-04T00:00:01Z')]);
    expect(disabled('zoomIn')).toBe(true);
    expect(['zoomOut', 'fit'].some(disabled)).toBe(false);
    // A click on a disabled button does nothing.
    const before = timeline.getState().range[1].getTime() - timeline.getState().range[0].getTime();
    button('zoomIn').click();
    expect(timeline.getState().range[1].getTime() - timeline.getState().range[0].getTime()).toBe(before);
  });
});
