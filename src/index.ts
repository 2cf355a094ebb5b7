export type {
  DataIssue, Dataset, DatasetInput, DatePrecision, EventLocation, EventMedia, EventQuote, Source, SourceInput,
  TimelineEvent, TimelineEventInput,
} from './types.js';
export { DATE_PRECISIONS } from './types.js';
export { parseDataset, validateDataset } from './model/parseDataset.js';
export { EventlineDataError, formatIssues } from './model/errors.js';
export { parseISODate, formatISODate, type ParsedDate, type UnparsedDate } from './model/time.js';
export { isAllowedLinkUrl, LINK_SCHEMES } from './model/urls.js';
export { createTimeline } from './timeline/index.js';
export { optionProblem, type OptionProblem, TIMELINE_DEFAULTS, type TimelineOptions } from './timeline/options.js';
export type { GapCompression } from './layout/gaps.js';
export type { Timeline, TimelineEventMap, TimelineState } from './timeline/types.js';
export { formatDayRange, formatEventDate, formatEventWhen, formatTimeLength, formatYear } from './layout/formatDate.js';
export { renderToSVGString, type StaticRenderOptions } from './ssr/renderToString.js';
export { registerSvgWriter } from './embed/svgWriterSlot.js';
