/**
 * `eventline/react`: the `<Timeline>` component. React is an optional peer dependency of eventline,
 * needed only by this subpath; the chart itself comes from `eventline` (`dist/index.js`), not a copy.
 */
export { Timeline, type TimelineProps } from './Timeline.js';
// The component takes the name `Timeline`, which `eventline` gives the handle: here the handle has its own.
export type { Timeline as TimelineHandle } from '../index.js';
export type { EventTimelineJSXProps } from './elementJSX.js';
