import { attachKeyboard } from './interact/keyboard.js';
import { describeEvent, formatDayRange } from './layout/formatDate.js';
import type { PreparedModel } from './layout/prepare.js';
import { announce, type ControlElements, createControls } from './render/controls.js';
import { buildEventList, type EventList } from './render/list.js';
import type { RootElements } from './render/root.js';
import { createNavigation, type NavigationHost } from './timelineNavigation.js';
import type { Locale } from 'date-fns';
import type { TimelineEvent } from './types.js';

/** What the controls need from the timeline beyond keyboard navigation. */
export interface ControlsHost extends NavigationHost {
  locale(): Locale;
  /** Selects the previous or next event in time (the story buttons); returns it, or null when none is. */
  step(direction: 'previous' | 'next'): string | null;
  /** Draws every gap at full length (`true`) or shortened again. */
  fullGaps(on: boolean): void;
}

/** How long zooming must pause before the new range is announced (a wheel gesture is many zoom events). */
const ZOOM_ANNOUNCE_DELAY = 600;

/**
 * Adds the button bar (previous/next event, zoom in/out, show all), the key help the chart is described
 * by, keyboard navigation and the polite live region. Returns what the timeline calls when the
 * selection or the view changes, so each action is announced once, briefly.
 */
export function attachControls(elements: RootElements, host: ControlsHost, signal: AbortSignal): {
  controls: ControlElements;
  selectionChanged(event: TimelineEvent | null): void;
  datasetChanged(): void;
  viewChanged(userInput: boolean): void;
  reveal(id: string): Element | null;
  /** The gap toggle follows the scale: shown when some gap is (or could be) shortened, pressed when all are at full length. */
  gapsChanged(available: boolean, full: boolean): void;
  /** Says `message` in the live region. */
  announce(message: string): void;
} {
  const { root, svg, chart } = elements;
  const doc = root.ownerDocument;
  const controls = createControls(doc);
  root.prepend(controls.bar);
  chart.after(controls.help);
  root.append(controls.live);
  root.setAttribute('aria-describedby', controls.help.id);

  // Zoom is announced when the reader asked for it (wheel, drag, buttons, keys), not when the view
  // merely follows keyboard focus: the focused mark's own name says where they are.
  let zoomRequested = false;
  const zoom: NavigationHost['zoom'] = (to, centre, animate) => {
    zoomRequested = true;
    host.zoom(to, centre, animate);
  };
  const navigation = createNavigation({ ...host, zoom });
  attachKeyboard(root, svg, navigation, signal);
  svg.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    // On a cluster, the keyboard stands on its first event: arrows and zoom keys go on from there.
    const key = target.getAttribute?.('data-cluster-key');
    const cluster = key ? host.layout()?.clusters.find((candidate) => candidate.key === key) : undefined;
    const id = target.getAttribute?.('data-event-id') ?? cluster?.memberIds()[0];
    if (id) navigation.noteFocus(id);
  }, { signal });

  /** Storytelling: the previous or next event in time, selected so that the detail panel follows. */
  const step = (to: 'previous' | 'next'): void => {
    if (buttons[to].getAttribute('aria-disabled') === 'true') return;
    const id = host.step(to);
    if (id !== null) navigation.reveal(id);
  };
  const { buttons } = controls;
  buttons.previous.addEventListener('click', () => step('previous'), { signal });
  buttons.next.addEventListener('click', () => step('next'), { signal });
  buttons.zoomIn.addEventListener('click', () => zoom('in', null, true), { signal });
  buttons.zoomOut.addEventListener('click', () => zoom('out', null, true), { signal });
  buttons.fit.addEventListener('click', () => zoom('fit', null, true), { signal });
  buttons.gaps.addEventListener('click', () => {
    const on = buttons.gaps.getAttribute('aria-pressed') !== 'true';
    host.fullGaps(on);
    announce(controls.live, on ? 'Gaps drawn at full length.' : 'Long gaps shortened.');
  }, { signal });

  // The list view is built when first shown, and again for a new dataset.
  let list: EventList | null = null;
  const showList = (wanted: boolean): void => {
    const model = host.model();
    // Without a valid dataset there is no list: the chart area shows the error instead.
    const on = wanted && model !== null;
    buttons.list.setAttribute('aria-pressed', String(on));
    for (const name of ['zoomIn', 'zoomOut', 'fit', 'gaps'] as const) buttons[name].disabled = on;
    chart.hidden = on;
    if (!on || !model) {
      list?.element.remove();
      list = null;
      return;
    }
    list ??= buildEventList(doc, model.dataset.events, host.locale(), (id) => host.select(id), signal);
    list.setSelected(host.selected());
    chart.after(list.element);
  };
  buttons.list.addEventListener('click', () => showList(buttons.list.getAttribute('aria-pressed') !== 'true'), { signal });
  const listShown = (): boolean => buttons.list.getAttribute('aria-pressed') === 'true';

  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(zoomTimer));
  const updateButtons = (model: PreparedModel | null): void => {
    const selected = host.selected();
    const events = model?.dataset.events ?? [];
    // aria-disabled, not disabled: a disabled button drops keyboard focus at the end of the story.
    const atStart = events.length === 0 || (selected !== null && events[0]?.id === selected);
    const atEnd = events.length === 0 || (selected !== null && events[events.length - 1]?.id === selected);
    buttons.previous.setAttribute('aria-disabled', String(atStart));
    buttons.next.setAttribute('aria-disabled', String(atEnd));
  };
  return {
    controls,
    reveal: navigation.reveal,
    gapsChanged(available, full) {
      buttons.gaps.setAttribute('aria-pressed', String(full));
      buttons.gaps.hidden = !available;
    },
    announce: (message) => announce(controls.live, message),
    datasetChanged() {
      updateButtons(host.model());
      if (listShown()) {
        list?.element.remove();
        list = null;
        showList(true);
      }
    },
    selectionChanged(event) {
      updateButtons(host.model());
      list?.setSelected(event?.id ?? null);
      announce(controls.live, event ? `Selected: ${describeEvent(event, host.locale())}.` : 'Details closed.');
    },
    viewChanged(userInput) {
      if (!userInput && !zoomRequested) return;
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(() => {
        zoomRequested = false;
        const [a, b] = host.domain();
        announce(controls.live, `Showing ${formatDayRange(host.toTime(a), host.toTime(b), host.locale())}.`);
      }, ZOOM_ANNOUNCE_DELAY);
    },
  };
}
