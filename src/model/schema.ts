/**
 * The JSON Schema of the dataset format, shipped as `eventline/schema` (this module) and
 * `eventline/schema.json` so producers can validate files in their editors and tools. The validator
 * takes its known keys from fieldNames.ts (a test keeps both the same), so the chart does not carry
 * this. The schema checks shape; {@link validateDataset} also checks what a schema cannot express
 * (unique ids, impossible days such as 30 February, end before start, references between sources and
 * events, precision against the written date).
 */

import { ID_PATTERN, VISIBLE_CHARACTER } from './fieldNames.js';

const ISO_DATE_PATTERN =
  '^(?:[+-]\\d{4,12}|\\d{4})(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01])(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d))?)?)?$';


const nonEmptyString = { type: 'string', minLength: 1, pattern: VISIBLE_CHARACTER } as const;
const isoDate = { type: 'string', pattern: ISO_DATE_PATTERN, description: 'ISO 8601 date: YYYY, YYYY-MM, YYYY-MM-DD, a date-time with Z or an offset, or ±YYYYYY for BCE (a year alone past ±270000: -13800000000)' } as const;
const linkUrl = { type: 'string', pattern: '^(?:[Hh][Tt][Tt][Pp][Ss]?://|[Mm][Aa][Ii][Ll][Tt][Oo]:)' } as const;
const webUrl = { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' } as const;
const stringList = { type: 'array', items: nonEmptyString } as const;

/** JSON Schema (draft 2020-12) of an eventline dataset file. */
export const datasetSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:eventline:schema:dataset',
  title: 'eventline dataset',
  type: 'object',
  required: ['title', 'sources', 'events'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    title: nonEmptyString,
    description: nonEmptyString,
    sources: { type: 'array', items: { $ref: '#/$defs/source' } },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  },
  $defs: {
    source: {
      type: 'object',
      required: ['id', 'publisher', 'title', 'published'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: ID_PATTERN },
        publisher: nonEmptyString,
        title: nonEmptyString,
        published: isoDate,
        url: linkUrl,
      },
    },
    event: {
      type: 'object',
      required: ['id', 'title', 'start', 'sources'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', pattern: ID_PATTERN },
        title: nonEmptyString,
        start: isoDate,
        end: isoDate,
        precision: { enum: ['year', 'month', 'day', 'minute'] },
        approximate: { type: 'boolean' },
        displayDate: nonEmptyString,
        group: nonEmptyString,
        category: nonEmptyString,
        summary: nonEmptyString,
        location: {
          type: 'object',
          required: ['name'],
          additionalProperties: false,
          properties: {
            name: nonEmptyString,
            lat: { type: 'number', minimum: -90, maximum: 90 },
            lon: { type: 'number', minimum: -180, maximum: 180 },
          },
          dependentRequired: { lat: ['lon'], lon: ['lat'] },
        },
        actors: stringList,
        quotes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['text', 'speaker', 'source'],
            additionalProperties: false,
            properties: { text: nonEmptyString, speaker: nonEmptyString, source: nonEmptyString },
          },
        },
        sources: { type: 'array', minItems: 1, items: nonEmptyString },
        importance: { enum: [1, 2, 3] },
        era: { type: 'boolean' },
        tags: stringList,
        note: nonEmptyString,
        media: {
          type: 'object',
          required: ['url', 'alt'],
          additionalProperties: false,
          properties: { url: webUrl, alt: nonEmptyString, credit: nonEmptyString },
        },
      },
      if: { properties: { era: { const: true } }, required: ['era'] },
      then: { required: ['end'] },
    },
  },
} as const;
