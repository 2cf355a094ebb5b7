import type { KeyAction, NavigationTarget } from '../interact/keymap.js';
import { firstEventIn, navigate, positionOf } from '../interact/navigate.js';
import { findEventMark } from '../layout/findMark.js';
import { eventEnd } from '../layout/prepare.js';
import { KEY_HELP } from '../interact/keymap.js';
import { markOf, setRovingStop } from '../render/frame.js';
import type { ChartCommands, ChartState } from './state.js';

/** Most zoom steps taken to separate an event from its cluster (each shows a quarter of the last). */
const MAX_REVEAL_STEPS = 24;

/**
 * Reveals event `id` in the chart: pans it into view, then (`alone`) zooms in until it is drawn on its
 * own (an event that no zoom can separate stays in its cluster); without `alone`, until it is drawn,
 * on its own or in a cluster. Returns its mark, or the cluster holding it.
 */
export function revealEvent(state: ChartState, commands: ChartCommands, svg: SVGSVGElement, id: string, alone = true): Element | null {
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
  const time = event.start.getTime();
  const showsAlone = (range: [number, number]): boolean => {
    const trial = commands.layoutFor(range);
    return trial !== null && (findEventMark(trial, id) !== undefined ||
      (!alone && trial.clusters.some((cluster) => cluster.start <= time && cluster.end >= time && cluster.memberIds().includes(id))));
  };
  for (let step = 0; step < MAX_REVEAL_STEPS && !showsAlone(view); step++) {
    const span = Math.max((view[1] - view[0]) / 4, state.minSpan());
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
 * tab order, and pans the focused event into view. A cluster is a stop of its own: arrows land on it
 * (it holds the event they went to) and go on past its events. `commands.zoom` is the zoom the keys
 * use (the controls pass one that also has the new range announced).
 */
export function createNavigation(state: ChartState, commands: ChartCommands, svg: SVGSVGElement): KeyboardNavigation {
  /** The event the keyboard is on (it may be inside the focused cluster). */
  let focusedId: string | null = null;
  /** The events of the cluster the keyboard is on. */
  let within: ReadonlySet<string> = new Set();
  const reveal = (id: string): Element | null => revealEvent(state, commands, svg, id, false);

  /**
   * Focuses `element`, or, when there is none (the mark left the view), the chart's tab stop, or the
   * chart itself on a screen without marks: focus never drops to the page.
   */
  function focusElement(element: Element | null): void {
    // Every frame with marks has a tab stop (frame.ts).
    const target = element ?? svg.querySelector('[tabindex="0"]');
    if (target) setRovingStop(svg, target);
    ((target ?? svg) as SVGElement).focus();
  }

  /**
   * The keyboard is on `target`: an event's mark, or a cluster (on the event it went to in it, else its
   * first). A cluster says which events it holds and, as its position, where in time the reader is.
   */
  function note(target: Element): void {
    const key = target.getAttribute('data-cluster-key');
    const cluster = key ? state.layout?.clusters.find((candidate) => candidate.key === key) : undefined;
    const members = cluster?.memberIds() ?? [];
    within = new Set(members);
    focusedId = target.getAttribute('data-event-id') ?? (within.has(focusedId ?? '') ? focusedId : members[0] ?? focusedId);
    const model = state.model;
    const event = model?.byId.get(focusedId ?? '');
    if (!cluster || !model || !event) return;
    // Said when the reader is on it: building the list for every cluster drawn would cost each frame.
    const titles = members.slice(0, 3).map((id) => model.byId.get(id)?.title);
    target.setAttribute('aria-description', `${titles.join('; ')}${members.length > 3 ? `; and ${members.length - 3} more` : ''}`);
    target.setAttribute('aria-posinset', String(positionOf(model.dataset.events, event) + 1));
  }

  function focus(id: string | null): void {
    if (id === null) return;
    const element = reveal(id);
    focusedId = id;
    focusElement(element);
    // Focus that stays on a cluster moves no focus event: the keyboard is on another of its events all the same.
    if (element) note(element);
  }

  function moveTo(to: NavigationTarget): void {
    const model = state.model;
    if (!model) return;
    let id = navigate(model, focusedId ?? state.selected, to);
    // Left and right go past the cluster's own events: they are in it, not beside it.
    while ((to === 'next' || to === 'previous') && id !== null && within.has(id)) {
      const next = navigate(model, id, to);
      // The story's end: the keyboard stays on the cluster.
      if (next === id) break;
      id = next;
    }
    focus(id);
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
