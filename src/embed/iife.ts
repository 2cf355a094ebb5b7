// Entry of the one-tag script build (`dist/eventline.iife.js`): everything public, as the global
// `eventline`, and the `<event-timeline>` element registered. The importers are an add-on script
// (`dist/eventline-importers.js`) and other languages too (`dist/locales/<code>.js`), to keep it small.
export * from '../index.js';
export { EVENT_TIMELINE_TAG, EventTimelineElement, registerDataImporters, registerLocale } from './define.js';
