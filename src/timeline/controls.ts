import { attachKeyboard } from '../interact/keyboard.js';
import { describeEvent, formatDayRange } from '../layout/formatDate.js';
import { type ControlElements, createControls } from '../render/controls.js';
import type { RootElements } from '../render/root.js';
import { createNavigation, revealEvent } from './navigation.js';
import type { ChartCommands, ChartState } from './state.js';

/** How long zooming must pause before the new range is announced (a wheel gesture is many zoom events). */
const ZOOM_ANNOUNCE_DELAY = 600;

/**
 * Adds the button bar (previous/next event, zoom in/out, show all, gaps, list view), the key help the
 * chart is described by, and keyboard navigation. It follows the chart through `state.on`, so each
 * action is announced once, briefly, in the live region; returns the bar (where export adds its buttons).
 */
export function attachControls(elements: RootElements, state: ChartState, commands: ChartCommands, signal: AbortSignal): ControlElements {
  const { root, svg, chart } = elements;
  const doc = root.ownerDocument;
  const controls = createControls(doc);
  root.prepend(controls.bar);
  chart.after(controls.help);
  root.setAttribute('aria-describedby', controls.help.id);

  // Zoom is announced when the reader asked for it (wheel, drag, buttons, keys), not when the view
  // merely follows keyboard focus: the focused mark's own name says where they are.
  let zoomRequested = false;
  const zoom: ChartCommands['zoom'] = (to, centre, animate) => {
    zoomRequested = true;
    commands.zoom(to, centre, animate);
  };
  const navigation = createNavigation(state, { ...commands, zoom }, svg);
  attachKeyboard(root, svg, navigation, signal);
  svg.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    // On a cluster, the keyboard stands on its first event: arrows and zoom keys go on from there.
    const key = target.getAttribute?.('data-cluster-key');
    const cluster = key ? state.layout?.clusters.find((candidate) => candidate.key === key) : undefined;
    const id = target.getAttribute?.('data-event-id') ?? cluster?.memberIds()[0];
    if (id) navigation.noteFocus(id);
  }, { signal });

  /** Storytelling: the previous or next event in time, selected so that the detail panel follows. */
  const step = (to: 'previous' | 'next'): void => {
    if (buttons[to].getAttribute('aria-disabled') === 'true') return;
    const id = commands.step(to);
    // In the vertical story the card opens where it is; the chart's view has nothing to reveal.
    if (id !== null && state.orientation === 'horizontal') revealEvent(state, commands, svg, id);
  };
  const { buttons } = controls;
  buttons.previous.addEventListener('click', () => step('previous'), { signal });
  buttons.next.addEventListener('click', () => step('next'), { signal });
  const acts = (button: HTMLButtonElement): boolean => button.getAttribute('aria-disabled') !== 'true';
  for (const [name, to] of [['zoomIn', 'in'], ['zoomOut', 'out'], ['fit', 'fit']] as const) {
    buttons[name].addEventListener('click', () => {
      if (acts(buttons[name])) zoom(to, null, true);
    }, { signal });
  }
  buttons.gaps.addEventListener('click', () => {
    const on = buttons.gaps.getAttribute('aria-pressed') !== 'true';
    commands.setFullGaps(on);
    commands.announce(on ? 'Time drawn to scale: every stretch at its real length.' : 'Busy stretches drawn wider, long gaps shortened.');
  }, { signal });

  // The list view is the vertical story, shown in place of the chart at any width (story.ts); the
  // chart's root says whether it is on (the command may refuse, without valid data).
  const pressList = (): void => buttons.list.setAttribute('aria-pressed', String(root.dataset.list === 'true'));
  buttons.list.addEventListener('click', () => {
    if (!acts(buttons.list)) return;
    commands.listView(buttons.list.getAttribute('aria-pressed') !== 'true');
    pressList();
  }, { signal });

  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(zoomTimer));
  const updateButtons = (): void => {
    const selected = state.selected;
    const events = state.model?.dataset.events ?? [];
    // aria-disabled, not disabled: a disabled button drops keyboard focus at the end of the story.
    const atStart = events.length === 0 || (selected !== null && events[0]?.id === selected);
    const atEnd = events.length === 0 || (selected !== null && events[events.length - 1]?.id === selected);
    buttons.previous.setAttribute('aria-disabled', String(atStart));
    buttons.next.setAttribute('aria-disabled', String(atEnd));
  };
  state.on('gaps', ({ available, full }) => {
    // Shown when some gap is (or could be) shortened, pressed when all are at full length.
    buttons.gaps.setAttribute('aria-pressed', String(full));
    buttons.gaps.hidden = !available;
  });
  // Buttons that cannot act say so (aria-disabled keeps them focusable): zoom at its limits, and
  // everything while the data has problems.
  const canAct = (button: HTMLButtonElement, can: boolean): void => {
    if (acts(button) !== can) button.setAttribute('aria-disabled', String(!can));
  };
  const updateZoomButtons = (): void => {
    const [a, b] = state.domain();
    const [w0, w1] = state.fitted();
    const valid = state.model !== null;
    canAct(buttons.zoomIn, valid && b - a > state.minSpan() * 1.001);
    canAct(buttons.zoomOut, valid && b - a < state.maxSpan() * 0.999);
    canAct(buttons.fit, valid && Math.abs(a - w0) + Math.abs(b - w1) > (w1 - w0) * 0.001);
    canAct(buttons.list, valid);
  };
  state.on('render', updateZoomButtons);
  state.on('dataset', ({ valid }) => {
    updateZoomButtons();
    updateButtons();
    // Without a valid dataset there is no list: the chart area shows the problems instead.
    if (!valid) commands.listView(false);
    pressList();
  });
  state.on('orientation', pressList);
  state.on('select', ({ event }) => {
    updateButtons();
    commands.announce(event ? `Selected: ${describeEvent(event, state.options.locale)}.` : 'Details closed.');
  });
  state.on('zoom', ({ userInput }) => {
    if (!userInput && !zoomRequested) return;
    clearTimeout(zoomTimer);
    zoomTimer = setTimeout(() => {
      zoomRequested = false;
      const [a, b] = state.domain();
      commands.announce(`Showing ${formatDayRange(state.warp.toTime(a), state.warp.toTime(b), state.options.locale)}.`);
    }, ZOOM_ANNOUNCE_DELAY);
  });
  return controls;
}
