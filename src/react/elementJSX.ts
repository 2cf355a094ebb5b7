/**
 * React's JSX types for `<event-timeline>`. They live here, not with the element, because they name
 * React's types, which only a React app has: `eventline/react` (or `import type {} from 'eventline/react'`)
 * brings them. React 19 sets `data` as the element's property and attaches `oneventline:*` listeners.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { EventTimelineAttributes, EventTimelineData, EventTimelineElement, EventTimelineEventMap } from '../embed/define.js';

/** The props of `<event-timeline>` in React 19's JSX: its attributes, the `data` property and its events. */
export type EventTimelineJSXProps = Omit<DetailedHTMLProps<HTMLAttributes<EventTimelineElement>, EventTimelineElement>, keyof EventTimelineAttributes>
  & EventTimelineAttributes
  & {
    /** The dataset, set as the element's property (eventline JSON, a parsed `Dataset`, or the bundled one). */
    data?: EventTimelineData | null;
    /** The reader selected an event or cleared the selection. */
    'oneventline:select'?: (event: EventTimelineEventMap['eventline:select']) => void;
    /** The visible range changed. */
    'oneventline:zoom'?: (event: EventTimelineEventMap['eventline:zoom']) => void;
    /** The data could not be loaded or read. */
    'oneventline:error'?: (event: EventTimelineEventMap['eventline:error']) => void;
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'event-timeline': EventTimelineJSXProps;
    }
  }
}
