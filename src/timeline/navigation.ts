import { KEY_HELP, type KeyAction, type NavigationTarget } from '../interact/keymap.js';
import { firstEventIn, navigate } from '../interact/navigate.js';
import { findEventMark } from '../layout/findMark.js';
import { eventEnd } from '../layout/prepare.js';
import { markOf, optionOrder, setRovingStop } from '../render/frame.js';
import type { ChartCommands, ChartState } from './state.js';

/** Most zoom steps taken to separate an event from its cluster (each shows a quarter of the last). */
const MAX_REVEAL_STEPS = 24;

/**
 * Reveals event `id` in the chart: pans it into view, then zooms in until it is drawn on its own (an
 * event that no zoom can separate stays in its cluster). Returns its mark, or the cluster holding it.
 */
export function revealEvent(state: ChartState, commands: ChartCommands, svg: SVGSVGElement, id: string): Element | null {
  const model = state.model;
  const event = model?.byId.get(id);
  if (!model || !event) return null;
  const { warp } = state;
  const start = warp.toDisplay(event.start.getTime());
  const end = Math.max(start, warp.toDisplay(eventEnd(event)));
  // Aim at the middle of the event's period (or of a span's first screenful), where it is drawn.
  const [a, b] = state.domain();
  const aim = (start + Math.min(end, start + (b - a))) / 2;
  let view: [number, number] = end < a || start > b ? commands.clamp([aim - (b - a) / 2, aim + (b - a) / 2]) : [a, b];
  // Zoom in a quarter at a time until the event stands alone, trying each view with the layout
  // alone: only the view chosen is drawn.
  const showsAlone = (range: [number, number]): boolean => {
    const trial = commands.layoutFor(range);
    return trial !== null && findEventMark(trial, id) !== undefined;
  };
  for (let step = 0; step < MAX_REVEAL_STEPS && !showsAlone(view); step++) {
    const span = Math.max((view[1] - view[0]) / 4, state.limits()!.minSpan);
    if (span >= view[1] - view[0]) break;
    view = commands.clamp([aim - span / 2, aim + span / 2]);
  }
  if (view[0] !== a || view[1] !== b) commands.show(view, { now: true });
  return markOf(svg, state.layout, event);
}

/** Keyboard navigation as the keyboard layer drives it. */
export interface KeyboardNavigation {
  /** Runs a key's action with focus on `target`; returns whether it acted. */
  run(action: KeyAction, target: Element): boolean;
  /** Focus moved to `target` in the chart (by Tab, a click, or the keys): the keyboard is on its event, or on the cluster. */
  noteFocus(target: Element): void;
}

/**
 * Keyboard navigation and focus: moves between events in time order, keeping exactly one mark in the
 * tab order, and reveals the focused event. Left and right go through the listbox's options in the
 * order a screen reader reads them (frame.ts: time order, a cluster where its first event starts), so
 * a cluster is one stop; past the view's edge they reveal the next event beyond it. `commands.zoom` is
 * the zoom the keys use (the controls pass one that also has the new range announced).
 */
export function createNavigation(state: ChartState, commands: ChartCommands, svg: SVGSVGElement): KeyboardNavigation {
  /** The event the keyboard is on (the first of the focused cluster's). */
  let focusedId: string | null = null;

  /** Focuses `element`, or, when there is none (the mark left the view), the chart's tab stop: focus never drops to the page. */
  function focusElement(element: Element | null): void {
    // Every frame with marks has a tab stop (frame.ts).
    const target = element ?? svg.querySelector('[tabindex="0"]');
    if (target) setRovingStop(svg, target);
    ((target ?? svg) as SVGElement).focus();
  }

  /** The keyboard is on `target`: an event's mark, or a cluster, which says which events it holds. */
  function note(target: Element): void {
    const key = target.getAttribute('data-cluster-key');
    const cluster = key ? state.layout?.clusters.find((candidate) => candidate.key === key) : undefined;
    const members = cluster?.memberIds() ?? [];
    focusedId = target.getAttribute('data-event-id') ?? members[0] ?? focusedId;
    // Said when the reader is on it: building the list for every cluster drawn would cost each frame.
    const titles = members.slice(0, 3).map((id) => state.model?.byId.get(id)?.title);
    if (cluster) target.setAttribute('aria-description', `${titles.join('; ')}${members.length > 3 ? `; and ${members.length - 3} more` : ''}`);
  }

  function focus(id: string | null): void {
    if (id === null) return;
    const element = revealEvent(state, commands, svg, id);
    focusElement(element);
    // Focus that stays where it was moves no focus event.
    if (element) note(element);
  }

  function moveTo(to: NavigationTarget): void {
    const model = state.model;
    if (!model) return;
    if (to === 'next' || to === 'previous') {
      const order = optionOrder.get(svg) ?? [];
      const at = order.indexOf((svg.getRootNode() as Document | ShadowRoot).activeElement!);
      const step = to === 'next' ? 1 : -1;
      const neighbour = order[at + step];
      if (at >= 0 && neighbour) return focusElement(neighbour);
      if (at >= 0 && step > 0) {
        // The view's end: the first event after it (everything that starts in view is drawn). Back
        // from the first option, the event before it in time is out of view.
        return focus(firstEventIn(model, state.warp.toTime(state.domain()[1]) + 1, Infinity));
      }
    }
    focus(navigate(model, focusedId ?? state.selected, to));
  }

  return {
    noteFocus: note,
    run(action, target) {
      const model = state.model;
      switch (action.kind) {
        case 'move':
          moveTo(action.to);
          return true;
        case 'page': {
          const [a, b] = state.domain();
          const shift = action.direction * (b - a);
          commands.show([a + shift, b + shift], { now: true });
          const [from, to] = state.domain();
          const first = model ? firstEventIn(model, state.warp.toTime(from), state.warp.toTime(to)) : null;
          if (first !== null) focus(first);
          else focusElement(null);
          return true;
        }
        case 'activate': {
          const cluster = target.closest('.eventline-cluster');
          const key = cluster?.getAttribute('data-cluster-key');
          if (key) commands.openCluster(key);
          const id = cluster ? null : target.closest('[data-event-id]')?.getAttribute('data-event-id');
          if (id) commands.select(id);
          return cluster !== null || Boolean(id);
        }
        case 'close': {
          const closedList = commands.closeList();
          const selected = commands.closeSelection();
          const back = selected ?? (closedList ? focusedId : null);
          // In list view the chart is hidden: the list keeps the keyboard.
          if (back !== null && !svg.closest('[hidden]')) focus(back);
          // Escape that closed nothing stays the page's (a dialog around the timeline may want it).
          return selected !== null || closedList;
        }
        case 'zoom': {
          const event = focusedId === null ? undefined : model?.byId.get(focusedId);
          commands.zoom(action.to, event ? state.warp.toDisplay(event.start.getTime()) : null, false);
          // Keep the keyboard where it was: on the event, or on the cluster it has joined.
          focusElement(event ? markOf(svg, state.layout, event) : null);
          return true;
        }
        case 'help':
          commands.announce(KEY_HELP, true);
          return true;
      }
    },
  };
}
