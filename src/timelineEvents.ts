import type { TimelineEventMap } from './timelineTypes.js';

/** The timeline's event hub: `on()` handlers, plus bubbling `eventline:select` / `eventline:zoom` DOM events. */
export interface TimelineEmitter {
  /** Tells every handler of `type`, after `before` has seen it; select and zoom also bubble from `root` (composed: out of a shadow root too). */
  emit<K extends keyof TimelineEventMap>(type: K, detail: TimelineEventMap[K]): void;
  /** Adds a handler; returns the function that removes it. */
  on<K extends keyof TimelineEventMap>(type: K, handler: (detail: TimelineEventMap[K]) => void): () => void;
  /** Drops every handler. */
  clear(): void;
}

/** Creates the event hub; `before` runs first for every event (the timeline's own reactions). */
export function createEmitter(root: HTMLElement, before: <K extends keyof TimelineEventMap>(type: K, detail: TimelineEventMap[K]) => void): TimelineEmitter {
  const handlers: { [K in keyof TimelineEventMap]: Set<(detail: TimelineEventMap[K]) => void> } = {
    select: new Set(), focus: new Set(), zoom: new Set(), render: new Set(),
  };
  return {
    emit(type, detail) {
      before(type, detail);
      for (const handler of handlers[type]) handler(detail);
      if (type === 'select' || type === 'zoom') root.dispatchEvent(new CustomEvent(`eventline:${type}`, { bubbles: true, composed: true, detail }));
    },
    on(type, handler) {
      handlers[type].add(handler);
      return () => handlers[type].delete(handler);
    },
    clear() {
      for (const set of Object.values(handlers)) set.clear();
    },
  };
}
