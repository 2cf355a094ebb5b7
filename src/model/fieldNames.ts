/**
 * The fields each object of the dataset format may have, in the JSON Schema's order (schema.ts, which
 * the package ships apart as `eventline/schema`; a test keeps the two the same). The validator reports
 * any other key; it reads these short lists so that the chart does not carry the whole schema.
 */

/** Slug pattern for ids: usable in URLs (`#event=…`) and DOM attributes without escaping. */
export const ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';

const fields = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** The dataset's own fields. */
export const DATASET_FIELDS = fields('$schema title description sources events');
/** A source's fields. */
export const SOURCE_FIELDS = fields('id publisher title published url');
/** An event's fields. */
export const EVENT_FIELDS = fields('id title start end precision approximate displayDate group category summary location actors quotes sources importance era tags note media');
/** An event location's fields. */
export const LOCATION_FIELDS = fields('name lat lon');
/** An event media's fields. */
export const MEDIA_FIELDS = fields('url alt credit');
/** A quote's fields. */
export const QUOTE_FIELDS = fields('text speaker source');

export { VISIBLE_CHARACTER } from './visibleCharacter.js';
