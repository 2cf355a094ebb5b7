import type { KeyAction, NavigationTarget } from './interact/keymap.js';
import { firstEventIn, navigate } from './interact/navigate.js';
import { eventEnd, type PreparedModel } from './layout/prepare.js';
import type { Layout } from './layout/types.js';
import { setRovingStop } from './render/frame.js';

/** What keyboard navigation needs from the timeline. */
export interface NavigationHost {
  svg: SVGSVGElement;
  model(): PreparedModel | null;
  layout(): Layout | null;
  /** The visible range in ms. */
  domain(): [number, number];
  /** The narrowest range the zoom allows, in ms. */
  minSpan(): number;
  /** Moves the view (clamped, not animated) and draws it at once. */
  show(range: [number, number]): void;
  /** Zooms in or out (by 2) around `centre` (the view's middle when null), or back to everything; drawn at once unless animated. */
  zoom(to: 'in' | 'out' | 'fit', centre: number | null, animate: boolean): void;
  select(id: string | null): void;
  selected(): string | null;
  /** Closes a cluster list shown in the detail panel; returns whether one was open. */
  closeList(): boolean;
  activateCluster(cluster: Element): void;
}

/** The focusable mark of event `id`, if it is drawn individually. */
function markOf(svg: SVGSVGElement, id: string): Element | null {
  for (const element of svg.querySelectorAll('.eventline-event')) if (element.getAttribute('data-event-id') === id) return element;
  return null;
}

/** The cluster mark holding event `id`, if any. */
function clusterOf(svg: SVGSVGElement, layout: Layout, id: string): Element | null {
  const cluster = layout.clusters.find((candidate) => candidate.memberIds().includes(id));
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
export function createNavigation(host: NavigationHost): { run(action: KeyAction, target: Element): void; reveal(id: string): Element | null; noteFocus(id: string | null): void } {
  /** The event the keyboard is on (it may be inside the focused cluster). */
  let focusedId: string | null = null;

  function reveal(id: string): Element | null {
    const model = host.model();
    const event = model?.byId.get(id);
    if (!model || !event) return null;
    const start = event.start.getTime();
    const end = Math.max(start, eventEnd(event));
    // Aim at the middle of the event's period (or of a span's first screenful), where it is drawn.
    const [a, b] = host.domain();
    const aim = (start + Math.min(end, start + (b - a))) / 2;
    if (end < a || start > b) host.show([aim - (b - a) / 2, aim + (b - a) / 2]);
    let element = markOf(host.svg, id);
    for (let step = 0; !element && step < MAX_REVEAL_STEPS; step++) {
      const [from, to] = host.domain();
      const span = Math.max((to - from) / 4, host.minSpan());
      if (span >= to - from) break;
      host.show([aim - span / 2, aim + span / 2]);
      element = markOf(host.svg, id);
    }
    const layout = host.layout();
    return element ?? (layout ? clusterOf(host.svg, layout, id) : null);
  }

  function focus(id: string | null): void {
    if (id === null) return;
    const element = reveal(id);
    focusedId = id;
    if (!element) return;
    setRovingStop(host.svg, element);
    (element as HTMLElement | SVGElement).focus();
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
          return moveTo(action.to);
        case 'page': {
          const [a, b] = host.domain();
          const shift = action.direction * (b - a);
          host.show([a + shift, b + shift]);
          const [from, to] = host.domain();
          const first = model ? firstEventIn(model, from, to) : null;
          if (first !== null) focus(first);
          return;
        }
        case 'activate': {
          const cluster = target.closest('.eventline-cluster');
          if (cluster) return host.activateCluster(cluster);
          const id = target.closest('[data-event-id]')?.getAttribute('data-event-id');
          if (id) host.select(id);
          return;
        }
        case 'close': {
          const selected = host.selected();
          const closedList = host.closeList();
          if (selected !== null) host.select(null);
          const back = selected ?? (closedList ? focusedId : null);
          if (back !== null) focus(back);
          return;
        }
        case 'zoom': {
          const event = focusedId === null ? undefined : model?.byId.get(focusedId);
          host.zoom(action.to, event ? event.start.getTime() : null, false);
          // Keep the keyboard where it was: on the event, or on the cluster it has joined.
          const layout = host.layout();
          const element = focusedId === null ? null : markOf(host.svg, focusedId) ?? (layout ? clusterOf(host.svg, layout, focusedId) : null);
          if (element) {
            setRovingStop(host.svg, element);
            (element as SVGElement).focus();
          }
          return;
        }
      }
    },
  };
}
