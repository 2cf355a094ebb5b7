import type { ChartEventMap } from './state.js';

/** The chart's event hub: its own parts and the page's `on()` handlers hear the same events. */
export interface ChartEmitter {
  /** Tells every handler of `type`, in the order they were added; select and zoom also bubble from the root (composed: out of a shadow root too). */
  emit<K extends keyof ChartEventMap>(type: K, detail: ChartEventMap[K]): void;
  /** Adds a handler; returns the function that removes it. */
  on<K extends keyof ChartEventMap>(type: K, handler: (detail: ChartEventMap[K]) => void): () => void;
}

type Handler = (detail: never) => void;

/** Creates the hub for the chart whose root is `root`; it drops every handler when `signal` aborts. */
export function createEmitter(root: HTMLElement, signal: AbortSignal): ChartEmitter {
  const handlers = new Map<keyof ChartEventMap, Set<Handler>>();
  signal.addEventListener('abort', () => handlers.clear());
  const setOf = (type: keyof ChartEventMap): Set<Handler> => {
    let set = handlers.get(type);
    if (!set) handlers.set(type, (set = new Set()));
    return set;
  };
  return {
    emit(type, detail) {
      // Each set holds only handlers of its own type (on() is typed so).
      for (const handler of handlers.get(type) ?? []) (handler as (detail: ChartEventMap[typeof type]) => void)(detail);
      // The public events that also bubble from the root as DOM `CustomEvent`s (`eventline:select`, `eventline:zoom`).
      if (type === 'select' || type === 'zoom') root.dispatchEvent(new CustomEvent(`eventline:${type}`, { bubbles: true, composed: true, detail }));
    },
    on(type, handler) {
      setOf(type).add(handler);
      return () => setOf(type).delete(handler);
    },
  };
}
