import { act, cleanup, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { createElement, createRef, type ReactElement, type Ref, StrictMode, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import type { Timeline as TimelineHandle } from '../../src/index.js';
import { Timeline, type TimelineProps } from '../../src/react/index.js';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

// createTimeline replaces a chart left in its container with a warning: a component that did not
// destroy its chart (StrictMode's first mount, an unmount) would show one chart and still warn.
let warnings: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warnings = vi.spyOn(console, 'warn');
});
afterEach(() => {
  expect(warnings.mock.calls).toEqual([]);
  warnings.mockRestore();
});

const LANES = ['War', 'Diplomacy', 'Security guarantees'];

/** `<Timeline>` inside StrictMode, which mounts, unmounts and mounts again on the first commit. */
const strict = (props: TimelineProps, ref?: Ref<TimelineHandle>): ReactElement =>
  createElement(StrictMode, null, createElement(Timeline, { ...props, ...(ref ? { ref } : {}) }));

/** The chart's roots in `container`. */
const roots = (container: Element): Element[] => [...container.querySelectorAll('.eventline')];

/** The mark of event `id`. */
const mark = (container: Element, id: string): SVGElement => container.querySelector<SVGElement>(`.eventline-event[data-event-id="${id}"]`)!;

/** The selected event as the chart shows it: its detail panel's title (null while the panel is hidden). */
const detailTitle = (container: Element): string | null => {
  const detail = container.querySelector<HTMLElement>('.eventline-detail')!;
  return detail.hidden ? null : detail.querySelector('.eventline-detail-title')!.textContent;
};

describe('<Timeline> (eventline/react)', () => {
  it('draws one chart in its div under StrictMode, with the div\'s id, class and style', () => {
    const { container } = render(strict({ dataset: news, lanes: LANES, id: 'news', className: 'wide', style: { width: 900 } }));
    expect(container.children).toHaveLength(1);
    const div = container.firstElementChild as HTMLElement;
    expect([div.id, div.className, div.style.width]).toEqual(['news', 'wide', '900px']);
    expect(roots(container)).toHaveLength(1);
    expect(div.children).toHaveLength(1);
    expect(roots(div)[0]!.getAttribute('aria-label')).toBe(news.title);
    expect([...container.querySelectorAll('.eventline-lane')].map((lane) => lane.getAttribute('data-lane'))).toEqual(LANES);
    expect(mark(container, 'paris-summit')).not.toBeNull();
  });

  it('gives the live chart\'s handle through the ref, and null after unmount', () => {
    const ref = createRef<TimelineHandle>();
    expect(ref.current).toBeNull();
    const { container, unmount } = render(strict({ dataset: news }, ref));
    const [start, end] = ref.current!.getState().range;
    expect(start.getTime()).toBeLessThan(news.events[0]!.start.getTime());
    expect(end.getTime()).toBeGreaterThan(news.events.at(-1)!.start.getTime());
    // The chart StrictMode destroyed would ignore this; the one on the page shows it.
    ref.current!.select('alaska-summit');
    expect(detailTitle(container)).toBe(news.events.find((event) => event.id === 'alaska-summit')!.title);
    unmount();
    expect(ref.current).toBeNull();
  });

  it('calls onSelect once per selection, under StrictMode, from the ref and from a click', () => {
    const ref = createRef<TimelineHandle>();
    const onSelect = vi.fn();
    const { container } = render(strict({ dataset: news, onSelect }, ref));
    expect(onSelect).not.toHaveBeenCalled();
    act(() => ref.current!.select('paris-summit'));
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]![0]).toMatchObject({ id: 'paris-summit', event: { id: 'paris-summit', title: news.events.find((event) => event.id === 'paris-summit')!.title } });
    act(() => {
      mark(container, 'alaska-summit').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(onSelect.mock.calls.map(([detail]) => detail.id)).toEqual(['paris-summit', 'alaska-summit']);
    expect(ref.current!.getState().selected).toBe('alaska-summit');
  });

  it('calls onFocus once as the keyboard moves between marks', () => {
    const onFocus = vi.fn();
    const { container } = render(strict({ dataset: news, onFocus }));
    container.querySelector<SVGElement>('.eventline-event[tabindex="0"]')!.focus();
    act(() => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, cancelable: true }));
    });
    const first = document.activeElement!.getAttribute('data-event-id');
    expect(first).not.toBeNull();
    expect(onFocus.mock.calls.map(([detail]) => detail.id)).toEqual([first]);
  });

  it('applies a changed prop to the same chart: the root stays, and so do the selection and the zoom', () => {
    const ref = createRef<TimelineHandle>();
    const onSelect = vi.fn();
    // Linear time, so the range shown is the range asked for to the millisecond.
    const { container, rerender } = render(strict({ dataset: news, onSelect, compressGaps: false, theme: 'light', height: 420 }, ref));
    const root = roots(container)[0]!;
    const range: [Date, Date] = [new Date('2025-08-01T00:00:00Z'), new Date('2025-09-05T00:00:00Z')];
    act(() => {
      ref.current!.zoomTo(range);
      ref.current!.select('paris-summit');
    });
    const before = ref.current!.getState();
    rerender(strict({ dataset: news, onSelect, compressGaps: false, theme: 'dark', height: 300 }, ref));
    expect(roots(container)).toEqual([root]);
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(container.querySelector('svg.eventline-svg, .eventline svg')!.getAttribute('height')).toBe('300');
    expect(ref.current!.getState()).toEqual(before);
    expect(before.range.map((date) => date.toISOString())).toEqual(range.map((date) => date.toISOString()));
    expect(detailTitle(container)).toBe(news.events.find((event) => event.id === 'paris-summit')!.title);
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('loads a new dataset object through update(): the selection stays while its event does, and clears (once) when it goes', () => {
    const ref = createRef<TimelineHandle>();
    const onSelect = vi.fn();
    const { container, rerender } = render(strict({ dataset: news, onSelect }, ref));
    const root = roots(container)[0]!;
    act(() => ref.current!.select('paris-summit'));
    const fewer = { ...raw, events: raw.events.filter((event) => event.id !== 'healey-praises-trump') };
    rerender(strict({ dataset: fewer, onSelect }, ref));
    expect(roots(container)).toEqual([root]);
    expect(mark(container, 'healey-praises-trump')).toBeNull();
    expect(mark(container, 'alaska-summit')).not.toBeNull();
    expect(ref.current!.getState().selected).toBe('paris-summit');
    expect(onSelect).toHaveBeenCalledTimes(1);
    const withoutParis = { ...raw, events: raw.events.filter((event) => event.id !== 'paris-summit') };
    rerender(strict({ dataset: withoutParis, onSelect }, ref));
    expect(ref.current!.getState().selected).toBeNull();
    expect(onSelect.mock.calls.map(([detail]) => detail.id)).toEqual(['paris-summit', null]);
  });

  it('calls the onSelect of the latest render, not an earlier one', () => {
    const ref = createRef<TimelineHandle>();
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = render(strict({ dataset: news, onSelect: first }, ref));
    rerender(strict({ dataset: news, onSelect: second }, ref));
    act(() => ref.current!.select('alaska-summit'));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    expect(second.mock.calls[0]![0].id).toBe('alaska-summit');
  });

  it('destroys the chart on unmount: the container empties and the handle calls no handler any more', () => {
    const ref = createRef<TimelineHandle>();
    const onSelect = vi.fn();
    const { container, unmount } = render(strict({ dataset: news, onSelect }, ref));
    const handle = ref.current!;
    const root = roots(container)[0]!;
    unmount();
    expect(container.childNodes).toHaveLength(0);
    expect(root.isConnected).toBe(false);
    handle.select('paris-summit');
    root.querySelector('.eventline-event')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('hydrates the div a server printed, drawing the chart in it without a mismatch', () => {
    const element = createElement(Timeline, { dataset: news, id: 'news' });
    const container = document.createElement('div');
    document.body.append(container);
    // The server's HTML, parsed as a page would be (no innerHTML: text is text in this code base).
    const printed = new DOMParser().parseFromString(renderToString(element), 'text/html').body.firstElementChild!;
    container.append(printed);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let root: ReturnType<typeof hydrateRoot> | undefined;
    act(() => {
      root = hydrateRoot(container, createElement(StrictMode, null, element));
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    expect(container.firstElementChild).toBe(printed);
    expect(roots(printed)).toHaveLength(1);
    act(() => root!.unmount());
    expect(printed.isConnected).toBe(false);
    container.remove();
  });

  it('leaves as many DOM nodes after 20 mounts and unmounts as after the first', () => {
    let toggle: () => void = () => {};
    function Toggler(): ReactElement | null {
      const [shown, setShown] = useState(true);
      toggle = () => setShown((value) => !value);
      return shown ? createElement(Timeline, { dataset: news }) : null;
    }
    const { container } = render(createElement(StrictMode, null, createElement(Toggler)));
    const count = (): number => document.getElementsByTagName('*').length;
    const first = count();
    expect(roots(container)).toHaveLength(1);
    for (let i = 0; i < 20; i++) {
      act(() => toggle());
      if (i % 2 === 0) expect(container.childNodes).toHaveLength(0);
    }
    expect(roots(document.body)).toHaveLength(1);
    expect(count()).toBe(first);
  });
});
