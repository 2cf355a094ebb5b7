/**
 * `eventline/vue`: Vue's types for `<event-timeline>`, so that vue-tsc checks its attributes, `:data`
 * and `@eventline:*` listeners in templates, and the compiler option that tells Vue the tag is a custom
 * element. Vue still creates the element itself; the element comes from `eventline/element`.
 */
import type { AllowedComponentProps } from 'vue';
import type { EventTimelineAttributes, EventTimelineData, EventTimelineEventMap } from '../embed/define.js';

/** What a Vue template may give `<event-timeline>`: its attributes, the `data` property and its events' listeners. */
export type EventTimelineVueProps = EventTimelineAttributes & AllowedComponentProps & {
  /** The dataset, set as the element's property (eventline JSON, a parsed `Dataset`, or the bundled one). */
  data?: EventTimelineData | null;
  /** `@eventline:select`: the reader selected an event or cleared the selection. */
  'onEventline:select'?: (event: EventTimelineEventMap['eventline:select']) => void;
  /** `@eventline:zoom`: the visible range changed. */
  'onEventline:zoom'?: (event: EventTimelineEventMap['eventline:zoom']) => void;
  /** `@eventline:error`: the data could not be loaded or read. */
  'onEventline:error'?: (event: EventTimelineEventMap['eventline:error']) => void;
};

/**
 * For Vue's template compiler, which would otherwise look for a Vue component called `event-timeline`:
 * `vue({ template: { compilerOptions: { isCustomElement } } })` in `vite.config.ts`.
 */
export const isCustomElement = (tag: string): boolean => tag === 'event-timeline';

declare module 'vue' {
  interface GlobalComponents {
    'event-timeline': new () => { $props: EventTimelineVueProps };
  }
}
