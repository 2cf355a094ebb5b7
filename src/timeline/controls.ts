import { attachKeyboard } from '../interact/keyboard.js';
import { describeEvent, formatDayRange } from '../layout/formatDate.js';
import { type ControlElements, createControls } from '../render/controls.js';
import type { RootElements } from '../render/root.js';
import { createNavigation, revealEvent } from './navigation.js';
import type { ChartCommands, ChartState } from './state.js';

/** How long zooming must pause before the new range is announced (a wheel gesture is many zoom events). */
const ZOOM_ANNOUNCE_DELAY = 600;

/**
 * Adds the toolbar (previous/next event, zoom in/out, show all, gaps, list view: one tab stop, arrow
 * keys between the buttons), the key help, and keyboard navigation. It follows the chart through
 * `state.on`, so each action is announced once, briefly, in the live region; returns the bar (where
 * export and the story add their controls).
 */
export function attachControls(elements: RootElements, state: ChartState, commands: ChartCommands, signal: AbortSignal): ControlElements {
  const { root, svg, chart, detail } = elements;
  const doc = root.ownerDocument;
  const controls = createControls(doc);
  const { bar } = controls;
  root.prepend(bar);
  chart.after(controls.help);

  // The toolbar's one tab stop (roving tabindex) is the control last focused; arrows move along the
  // controls shown, wrapping. A new orientation or dataset that hides that control starts it again.
  const rove = (stop: Element): void => {
    for (const control of bar.querySelectorAll<HTMLElement>('button, select')) control.tabIndex = control === stop ? 0 : -1;
  };
  bar.addEventListener('focusin', (event) => rove(event.target as Element), { signal });
  const isShown = (control: HTMLElement): boolean => !control.hidden && doc.defaultView?.getComputedStyle(control).display !== 'none';
  bar.addEventListener('keydown', (event) => {
    const shown = [...bar.querySelectorAll<HTMLElement>('button, select')].filter(isShown);
    const at = shown.indexOf(event.target as HTMLElement);
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: -1 }[event.key];
    // Keys held with a modifier are the browser's (Alt+← is Back); the jump menu keeps its own keys.
    if (to === undefined || at < 0 || event.altKey || event.ctrlKey || event.metaKey || (event.target as Element).tagName === 'SELECT') return;
    event.preventDefault();
    shown.at(to % shown.length)!.focus();
  }, { signal });
  // After the other parts have shown or hidden their controls for the change.
  const restart = (): void => queueMicrotask(() => {
    const stop = bar.querySelector<HTMLElement>('[tabindex="0"]');
    if (!stop || !isShown(stop)) rove(controls.buttons.previous);
  });
  state.on('orientation', restart);
  state.on('dataset', restart);

  // Zoom is announced when the reader asked for it (wheel, drag, buttons, keys), not when the view
  // merely follows keyboard focus: the focused mark's own name says where they are.
  let zoomRequested = false;
  const zoom: ChartCommands['zoom'] = (to, centre, animate) => {
    zoomRequested = true;
    commands.zoom(to, centre, animate);
  };
  const navigation = createNavigation(state, { ...commands, zoom }, svg);
  attachKeyboard(root, svg, navigation.run, signal);
  svg.addEventListener('focusin', (event) => {
    const target = event.target as Element;
    if (target !== svg) navigation.noteFocus(target);
  }, { signal });
  // The close button does what Escape does: the keyboard goes back to the event, not to the page. An
  // event picked from a cluster's list opens in the panel in its place: the keyboard goes to its title.
  detail.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (target.closest('.eventline-detail-close')) navigation.run({ kind: 'close' }, target);
    else if (target.closest('.eventline-detail-pick')) queueMicrotask(() => detail.querySelector<HTMLElement>('h2')?.focus());
  }, { signal });

  const { buttons } = controls;
  const acts = (button: HTMLButtonElement): boolean => button.getAttribute('aria-disabled') !== 'true';
  // The list view is the vertical story, shown in place of the chart at any width (story.ts); the
  // chart's root says whether it is on (the command may refuse, without valid data).
  const pressList = (): void => buttons.list.setAttribute('aria-pressed', String(root.dataset.list === 'true'));
  const zooms: Partial<Record<string, 'in' | 'out' | 'fit'>> = { zoomIn: 'in', zoomOut: 'out', fit: 'fit' };
  // One listener for the toolbar's own buttons (a button that cannot act does nothing).
  bar.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-control]');
    const name = button?.dataset.control;
    if (!button || !name || !acts(button)) return;
    // What a toggle (gaps, list) turns to.
    const on = button.getAttribute('aria-pressed') !== 'true';
    if (name === 'previous' || name === 'next') {
      // Storytelling: the previous or next event in time, selected so that the detail panel follows.
      const id = commands.step(name);
      // In the vertical story the card opens where it is; the chart's view has nothing to reveal.
      if (id !== null && state.orientation === 'horizontal') revealEvent(state, commands, svg, id);
    } else if (name === 'gaps') {
      commands.setFullGaps(on);
      commands.announce(on ? 'Time drawn to scale: every stretch at its real length.' : 'Busy stretches drawn wider, long gaps shortened.');
    } else if (name === 'list') {
      commands.listView(on);
      pressList();
      commands.announce(on ? `List view: ${state.model?.dataset.events.length} events, after these controls.` : 'Chart view.');
    } else if (zooms[name]) zoom(zooms[name], null, true);
  }, { signal });

  let zoomTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(zoomTimer));
  const updateButtons = (): void => {
    const events = state.model?.dataset.events ?? [];
    // aria-disabled, not disabled: a disabled button drops keyboard focus at the end of the story.
    const notSelected = (event: { id: string } | undefined): boolean => event !== undefined && event.id !== state.selected;
    canAct(buttons.previous, notSelected(events[0]));
    canAct(buttons.next, notSelected(events.at(-1)));
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
    const limits = state.limits();
    const valid = limits !== null;
    canAct(buttons.zoomIn, valid && b - a > limits.minSpan * 1.001);
    canAct(buttons.zoomOut, valid && b - a < limits.maxSpan * 0.999);
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
    if (!event) return commands.announce('Details closed.');
    const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
    // From the event itself its name was just read: the news is what the details say (the start of
    // the summary), and how to read them. From elsewhere (previous/next, a link) the event is named first.
    commands.announce(`${active?.closest('.eventline-chart, .eventline-story') ? 'Tab for details:' : `Selected: ${describeEvent(event, state.options.locale)}.`} ${event.summary ?? ''}`.trimEnd());
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
