import { afterEach, describe, expect, it, vi } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { createTimeline } from '../../src/timeline/index.js';
import type { Timeline } from '../../src/timeline/types.js';

/**
 * The mistakes of #25: a container that is not an element (a selector that matched nothing), and
 * createTimeline called twice on one container.
 */
const timelines: Timeline[] = [];
afterEach(() => {
  for (const timeline of timelines.splice(0)) timeline.destroy();
  document.body.replaceChildren();
  history.replaceState(null, '', location.pathname);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function containerInPage(): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  return container;
}

function create(container: HTMLElement, options: Parameters<typeof createTimeline>[1] = { dataset: news }): Timeline {
  const timeline = createTimeline(container, options);
  timelines.push(timeline);
  return timeline;
}

/** ResizeObservers as a fake that remembers each one made and whether it was disconnected. */
function fakeResizeObservers(): { connected: boolean }[] {
  const made: { connected: boolean }[] = [];
  vi.stubGlobal('ResizeObserver', class {
    readonly state = { connected: true };
    constructor() {
      made.push(this.state);
    }
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {
      this.state.connected = false;
    }
  });
  return made;
}

describe('a container that is not an element', () => {
  it.each([
    [null, 'createTimeline: the container is null, not an element (did a selector match nothing?)'],
    [undefined, 'createTimeline: the container is undefined, not an element (did a selector match nothing?)'],
    ['#timeline', `createTimeline: the container is the string "#timeline", not an element; pass the element, e.g. document.querySelector('#timeline')`],
    [{}, `createTimeline: the container is an object, not an element; pass the element, e.g. document.querySelector('#timeline')`],
    [[document.body], `createTimeline: the container is an array, not an element; pass the element, e.g. document.querySelector('#timeline')`],
  ])('throws a TypeError naming %j, and draws nothing', (container, message) => {
    const page = (): string => new XMLSerializer().serializeToString(document);
    const before = page();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    // Checked before the options: the container is the first thing wrong.
    expect(() => createTimeline(container as unknown as HTMLElement, { dataset: news, height: -1 })).toThrow(new TypeError(message));
    expect(() => createTimeline(container as unknown as HTMLElement, { dataset: news })).toThrow(TypeError);
    expect(page()).toBe(before);
    expect(document.querySelector('.eventline')).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });

  it('takes an element of another document (another window) as an element', () => {
    const other = document.implementation.createHTMLDocument('other');
    const container = other.createElement('div');
    other.body.append(container);
    create(container);
    expect(container.querySelectorAll('.eventline')).toHaveLength(1);
  });
});

describe('createTimeline twice on one container', () => {
  it('destroys the first timeline (its DOM, listeners and ResizeObservers) with one warning, and leaves one chart', () => {
    const observers = fakeResizeObservers();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = containerInPage();
    const added = vi.spyOn(EventTarget.prototype, 'addEventListener');
    // With deep links: the first chart listens to the window's popstate, outside its own elements.
    const first = create(container, { dataset: news, hash: true });
    const firstSignals = added.mock.calls.map((call) => (call[2] as AddEventListenerOptions | undefined)?.signal).filter((signal) => signal !== undefined);
    added.mockRestore();
    const firstObservers = observers.splice(0);
    const firstRoot = container.querySelector('.eventline')!;
    const heard: (string | null)[] = [];
    first.on('select', ({ id }) => heard.push(id));
    first.select('alaska-summit');
    expect(heard).toEqual(['alaska-summit']);
    expect(warn).not.toHaveBeenCalled();

    const second = create(container);
    expect(container.querySelectorAll('.eventline')).toHaveLength(1);
    expect(container.querySelector('.eventline')).not.toBe(firstRoot);
    expect(firstRoot.isConnected).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toBe('createTimeline: replaced the timeline in this container; call destroy() or update() instead');
    expect(firstObservers.length).toBeGreaterThan(0);
    expect(firstObservers.every((observer) => !observer.connected)).toBe(true);
    expect(observers.length).toBeGreaterThan(0);
    expect(observers.every((observer) => observer.connected)).toBe(true);
    expect(firstSignals.length).toBeGreaterThan(3);
    expect(firstSignals.every((signal) => signal!.aborted)).toBe(true);

    // The second chart selecting, a click on its marks, and a deep link the first chart would have
    // followed: the first handle hears none of them.
    second.select('paris-summit');
    container.querySelector('.eventline-event')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    history.replaceState(null, '', `${location.pathname}#event=crimea-annexation`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(heard).toEqual(['alaska-summit']);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('leaves the first handle harmless: its methods change nothing, and destroy() may be called again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = containerInPage();
    const first = create(container);
    const second = create(container);
    const secondRoot = container.querySelector('.eventline')!;
    const before = second.getState();
    expect(() => {
      first.select('paris-summit');
      first.update({ height: 300, theme: 'dark' });
      first.zoomTo([new Date('2022-01-01'), new Date('2022-06-01')]);
      first.fit();
      first.getState();
      first.destroy();
      first.destroy();
    }).not.toThrow();
    expect(first.toSVG()).toBe('');
    expect(container.querySelectorAll('.eventline')).toHaveLength(1);
    expect(container.querySelector('.eventline')).toBe(secondRoot);
    expect(second.getState()).toEqual(before);
    second.select('paris-summit');
    expect(second.getState().selected).toBe('paris-summit');
    // The first handle's destroy() left the second registered: a third call replaces it, with a warning.
    create(container);
    expect(secondRoot.isConnected).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('keeps the first timeline when the second call throws for its options', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = containerInPage();
    const first = create(container);
    const root = container.querySelector('.eventline');
    expect(() => createTimeline(container, { dataset: news, height: -1 })).toThrow(RangeError);
    expect(warn).not.toHaveBeenCalled();
    expect(container.querySelector('.eventline')).toBe(root);
    first.select('paris-summit');
    expect(first.getState().selected).toBe('paris-summit');
  });

  it('does not warn for create, destroy, create', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = containerInPage();
    create(container).destroy();
    create(container);
    expect(warn).not.toHaveBeenCalled();
    expect(container.querySelectorAll('.eventline')).toHaveLength(1);
  });

  it('keeps charts in different containers apart', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const a = containerInPage();
    const b = containerInPage();
    create(a);
    create(b);
    expect(warn).not.toHaveBeenCalled();
    expect(document.querySelectorAll('.eventline')).toHaveLength(2);
  });
});
