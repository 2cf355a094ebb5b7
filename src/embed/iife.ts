// Entry of the one-tag script build (`dist/eventline.iife.js`): everything public, as the global
// `eventline`, and the `<event-timeline>` element registered. The importers are an add-on script
// (`dist/eventline-importers.js`), other languages (`dist/locales/<code>.js`) and the SVG writer that
// export needs (`dist/eventline-export.js`, see svgWriterSlot.ts) too, to keep it small. The
// stylesheet is built in: the page needs no CSS file (see documentStylesheet.ts).
import { createTimeline as createTimelineWithoutStyles, type Timeline, type TimelineOptions } from '../index.js';
import { adoptDocumentStylesheet } from './documentStylesheet.js';

export * from '../index.js';
export { EVENT_TIMELINE_TAG, EventTimelineElement, registerDataImporters, registerLocale } from './define.js';

/**
 * {@link createTimelineWithoutStyles | createTimeline}, styled without a CSS file: the first chart in a
 * page that does not style `.eventline` itself adopts the built-in stylesheet in the cascade layer
 * `eventline`, which any rule of the page overrides.
 */
export function createTimeline(container: HTMLElement, options: TimelineOptions): Timeline {
  const root = container.getRootNode();
  if (!('host' in root) && container.ownerDocument) adoptDocumentStylesheet(container.ownerDocument);
  return createTimelineWithoutStyles(container, options);
}
