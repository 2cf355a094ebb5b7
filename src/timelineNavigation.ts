import type { KeyAction, NavigationTarget } from './interact/keymap.js';
import { firstEventIn, navigate } from './interact/navigate.js';
import { eventEnd, type PreparedModel } from './layout/prepare.js';
import { findEventMark } from './layout/findMark.js';
import type { Layout } from './layout/types.js';
import type { TimelineEvent } from './types.js';
import { eventMarkElement, setRovingStop } from './render/frame.js';

/** What keyboard navigation needs from the timeline. */
export interface NavigationHost {
  svg: SVGSVGElement;
  model(): PreparedModel | null;
  layout(): Layout | null;
  /** The visible range in display time (ms of real time, less what shortened gaps leave out). */
  domain(): [number, number];
  /** Real time (ms) to display time. */
  toDisplay(time: number): number;
  /** Display time to real time (ms). */
  toTime(display: number): number;
  /** The narrowest range the zoom allows, in ms. */
  minSpan(): number;
  /** Moves the view (display time; clamped, not animated) and draws it at once. */
  show(range: [number, number]): void;
  /** The view `range` would really give (clamped to the zoom limits). */
  clamp(range: [number, number]): [number, number];
  /** The layout the view `range` would have, computed but not drawn. */
  layoutFor(range: [number, number]): Layout | null;
  /** Zooms in or out (by 2) around `centre` (the view's middle when null), or back to everything; drawn at once unless animated. */
  zoom(to: 'in' | 'out' | 'fit', centre: number | null, animate: boolean): void;
  select(id: string | null): void;
  selected(): string | null;
  /** Closes the detail panel (Escape); returns the event focus goes back to, or null when none was open. */
  closeSelection(): string | null;
  /** Closes a cluster list shown in the detail panel; returns whether one was open. */
  closeList(): boolean;
  activateCluster(cluster: Element): void;
}

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
 * Keyboard navigation and focus: moves between events, keeping exactly one mark in the tab order, and
 * reveals the focused event (panning it into view, then zooming in until it is drawn on its own; an
 * event that no zoom can separate is reached through its cluster).
 */
export function createNavigation(host: NavigationHost): { run(action: KeyAction, target: Element): boolean; reveal(id: string): Element | null; noteFocus(id: string | null): void } {
  /** The event the keyboard is on (it may be inside the focused cluster). */
  let focusedId: string | null = null;

  function reveal(id: string): Element | null {
    const model = host.model();
    const event = model?.byId.get(id);
    if (!model || !event) return null;
    const start = host.toDisplay(event.start.getTime());
    const end = Math.max(start, host.toDisplay(eventEnd(event)));
    // Aim at the middle of the event's period (or of a span's first screenful), where it is drawn.
    const [a, b] = host.domain();
    const aim = (start + Math.min(end, start + (b - a))) / 2;
    let view: [number, number] = end < a || start > b ? host.clamp([aim - (b - a) / 2, aim + (b - a) / 2]) : [a, b];
    // Zoom in a quarter at a time until the event stands alone, trying each view with the layout
    // alone: only the view chosen is drawn.
    const showsAlone = (range: [number, number]): boolean => {
      const trial = host.layoutFor(range);
      return trial !== null && findEventMark(trial, id) !== undefined;
    };
    for (let step = 0; step < MAX_REVEAL_STEPS && !showsAlone(view); step++) {
      const span = Math.max((view[1] - view[0]) / 4, host.minSpan());
      if (span >= view[1] - view[0]) break;
      view = host.clamp([aim - span / 2, aim + span / 2]);
    }
    if (view[0] !== a || view[1] !== b) host.show(view);
    const element = eventMarkElement(host.svg, id);
    const layout = host.layout();
    return element ?? (layout ? clusterOf(host.svg, layout, event) : null);
  }

  /**
   * Focuses `element`, or, when there is none (the mark left the view), the chart's tab stop, or the
   * chart itself on a screen without marks: focus never drops to the page.
   */
  function focusElement(element: Element | null): void {
    const target = element ?? host.svg.querySelector('[tabindex="0"]') ?? host.svg.querySelector('.eventline-event, .eventline-cluster');
    if (target) setRovingStop(host.svg, target);
    ((target ?? host.svg) as SVGElement).focus();
  }

  function focus(id: string | null): void {
    if (id === null) return;
    const element = reveal(id);
    focusedId = id;
    focusElement(element);
  }

  function moveTo(to: NavigationTarget): void {
    const model = host.model();
    if (model) focus(navigate(model, focusedId ?? host.selected(), to));
  }

  return {
    reveal,
    noteFocus(id) {
      if (id !== null) focusedId = id;
    },
    run(action, target) {
      const model = host.model();
      switch (action.kind) {
        case 'move':
          moveTo(action.to);
          return true;
        case 'page': {
          const [a, b] = host.domain();
          const shift = action.direction * (b - a);
          host.show([a + shift, b + shift]);
          const [from, to] = host.domain();
          const first = model ? firstEventIn(model, host.toTime(from), host.toTime(to)) : null;
          if (first !== null) focus(first);
          else focusElement(null);
          return true;
        }
        case 'activate': {
          const cluster = target.closest('.eventline-cluster');
          if (cluster) host.activateCluster(cluster);
          const id = cluster ? null : target.closest('[data-event-id]')?.getAttribute('data-event-id');
          if (id) host.select(id);
          return cluster !== null || Boolean(id);
        }
        case 'close': {
          const closedList = host.closeList();
          const selected = host.closeSelection();
          const back = selected ?? (closedList ? focusedId : null);
          // In list view the chart is hidden: the list keeps the keyboard.
          if (back !== null && !host.svg.closest('[hidden]')) focus(back);
          // Escape that closed nothing stays the page's (a dialog around the timeline may want it).
          return selected !== null || closedList;
        }
        case 'zoom': {
          const event = focusedId === null ? undefined : model?.byId.get(focusedId);
          host.zoom(action.to, event ? host.toDisplay(event.start.getTime()) : null, false);
          // Keep the keyboard where it was: on the event, or on the cluster it has joined.
          const layout = host.layout();
          const focused = focusedId === null ? undefined : model?.byId.get(focusedId);
          focusElement(focused ? eventMarkElement(host.svg, focused.id) ?? (layout ? clusterOf(host.svg, layout, focused) : null) : null);
          return true;
        }
      }
    },
  };
}
