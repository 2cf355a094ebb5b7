// Entry of the one-tag script build (`dist/eventline.iife.js`): everything public, as the global
// `eventline`, and the `<event-timeline>` element registered.
export * from '../index.js';
export { EVENT_TIMELINE_TAG, EventTimelineElement, registerLocale } from './element.js';
