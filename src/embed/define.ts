/**
 * Registers `<event-timeline>` (a registration side effect; `eventline/element` and the IIFE build
 * include it). Defining twice is harmless: a page may load both builds.
 */
import { EventTimelineElement } from './EventTimelineElement.js';

export { EventTimelineElement } from './EventTimelineElement.js';
export { registerLocale } from './locales.js';
export { registerDataImporters, type DataImporters } from './loadDataset.js';

/** The tag name the element is registered under. */
export const EVENT_TIMELINE_TAG = 'event-timeline';

if (typeof customElements !== 'undefined' && !customElements.get(EVENT_TIMELINE_TAG)) {
  customElements.define(EVENT_TIMELINE_TAG, EventTimelineElement);
}
