/**
 * Registers `<event-timeline>` (a registration side effect; `eventline/element` and the IIFE build
 * include it). Defining twice is harmless: a page may load both builds.
 */
import type { EventTimelineAttributes } from './elementTypes.js';
import type { EventTimelineData } from './loadDataset.js';
import { EventTimelineElement } from './EventTimelineElement.js';

export { EventTimelineElement } from './EventTimelineElement.js';
export type { EventTimelineAttributes, EventTimelineEventMap, EventTimelineSwitch } from './elementTypes.js';
export type { EventTimelineData } from './loadDataset.js';
export { registerLocale } from './locales.js';
export { registerDataImporters, type DataImporters } from './loadDataset.js';

// What makes `document.createElement('event-timeline').data` and `<event-timeline src="…">` type-check
// with no declarations of the user's own.
declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimelineElement;
  }

  // The global JSX namespace, for setups that read it. Preact and Solid keep theirs in their modules, and
  // React 19's come with eventline/react; React 18's types make React.JSX extend this one, so what
  // eventline/react declares there must fit what is declared here (hence `unknown` for style, and no
  // index signatures).
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': EventTimelineAttributes & MarkupAttributes;
    }
  }

  // Svelte's markup types (svelte-check) read this namespace.
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace svelteHTML {
    interface IntrinsicElements {
      'event-timeline': EventTimelineAttributes & MarkupAttributes & {
        data?: EventTimelineData | null;
        [aria: `aria-${string}`]: unknown;
        [data: `data-${string}`]: unknown;
      };
    }
  }
}

/** What markup may give any element besides `<event-timeline>`'s own attributes. */
interface MarkupAttributes {
  id?: string;
  class?: string;
  style?: unknown;
  slot?: string;
  title?: string;
  hidden?: boolean;
  children?: unknown;
}

/** The tag name the element is registered under. */
export const EVENT_TIMELINE_TAG = 'event-timeline';

if (typeof customElements !== 'undefined' && !customElements.get(EVENT_TIMELINE_TAG)) {
  customElements.define(EVENT_TIMELINE_TAG, EventTimelineElement);
}
