import type { KeyAction, NavigationTarget } from '../interact/keymap.js';
import { firstEventIn, navigate } from '../interact/navigate.js';
import { findEventMark } from '../layout/findMark.js';
import { eventEnd } from '../layout/prepare.js';
import type { Layout } from '../layout/types.js';
import { eventMarkElement, setRovingStop } from '../render/frame.js';
import type { TimelineEvent } from '../types.js';
import type { ChartCommands, ChartState } from './state.js';

/** The cluster mark holding `event`, if any. */
function clusterOf(svg: SVGSVGElement, layout: Layout, event: TimelineEvent): Element | null {
  // A cluster's time range bounds where its events are drawn (inside their periods): only clusters
  // that can hold the event build their member lists, which at full zoom may be long.
  const start = event.start.getTime();
  const end = eventEnd(event);
  const cluster = layout.clusters.find((candidate) => candidate.start <= Math.max(end, start) && candidate.end >= start && candidate.memberIds().includes(event.id));
  if (!cluster) return null;
  for (const element of svg.querySelectorAll('.eventline-cluster')) if (element.getAttribute('data-cluster-key') === cluster.key) return element;
  return null;
}

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
    const span = Math.max((view[1] - view[0]) / 4, state.minSpan());
    if (span >= view[1] - view[0]) break;
    view = commands.clamp([aim - span / 2, aim + span / 2]);
  }
  if (view[0] !== a || view[1] !== b) commands.show(view, { now: true });
  const element = eventMarkElement(svg, id);
  const layout = state.layout;
  return element ?? (layout ? clusterOf(svg, layout, event) : null);
}

/** Keyboard navigation as the keyboard layer drives it. */
export interface KeyboardNavigation {
  /** Runs a key's action with focus on `target`; returns whether it acted. */
  run(action: KeyAction, target: Element): boolean;
  /** The keyboard is on event `id` (focus moved there by Tab or a click). */
  noteFocus(id: string | null): void;
}

/**
 * Keyboard navigation and focus: moves between events, keeping exactly one mark in the tab order, and
 * reveals the focused event. `commands.zoom` is the zoom the keys use (the controls pass one that
 * also has the new range announced).
 */
export function createNavigation(state: ChartState, commands: ChartCommands, svg: SVGSVGElement): KeyboardNavigation {
  /** The event the keyboard is on (it may be inside the focused cluster). */
  let focusedId: string | null = null;
  const reveal = (id: string): Element | null => revealEvent(state, commands, svg, id);

  /**
   * Focuses `element`, or, when there is none (the mark left the view), the chart's tab stop, or the
   * chart itself on a screen without marks: focus never drops to the page.
   */
  function focusElement(element: Element | null): void {
    const target = element ?? svg.querySelector('[tabindex="0"]') ?? svg.querySelector('.eventline-event, .eventline-cluster');
    if (target) setRovingStop(svg, target);
    ((target ?? svg) as SVGElement).focus();
  }

  function focus(id: string | null): void {
    if (id === null) return;
    const element = reveal(id);
    focusedId = id;
    focusElement(element);
  }

  function moveTo(to: NavigationTarget): void {
    const model = state.model;
    if (model) focus(navigate(model, focusedId ?? state.selected, to));
  }

  return {
    noteFocus(id) {
      if (id !== null) focusedId = id;
    },
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
          const layout = state.layout;
          focusElement(event ? eventMarkElement(svg, event.id) ?? (layout ? clusterOf(svg, layout, event) : null) : null);
          return true;
        }
      }
    },
  };
}
