import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/model/parseDataset.js';
import { DATASET_FIELDS, EVENT_FIELDS, ID_PATTERN, LOCATION_FIELDS, MEDIA_FIELDS, QUOTE_FIELDS, SOURCE_FIELDS } from '../../src/model/fieldNames.js';
import { datasetSchema } from '../../src/model/schema.js';
import { fullEvent, validDataset, withEvent } from '../fixtures/datasets.js';

const schemaAccepts = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(datasetSchema);

const event = { id: 'x', title: 'x', start: '2022-02-24', sources: ['bbc'] };

/** Both the editor (schema) and the library (validator) accept these. */
const valid: Record<string, unknown> = {
  'the base fixture': validDataset(),
  'a complete event': { ...validDataset(), events: [fullEvent] },
  'no events': { title: 'x', sources: [], events: [] },
  'a BCE date': withEvent({ ...event, start: '-000043-03-15' }),
  'an offset date-time': withEvent({ ...event, start: '2025-09-05T12:00+03:00' }),
  'a mailto source': { ...validDataset(), sources: [{ id: 'bbc', publisher: 'B', title: 'T', published: '2025', url: 'mailto:desk@example.org' }, validDataset().sources[1]] },
};

/** Shape errors: both must reject them, so producers see in their editor what the library will refuse. */
const shapeInvalid: Record<string, unknown> = {
  'not an object': [],
  'missing title': { sources: [], events: [] },
  'unknown top-level field': { ...validDataset(), author: 'me' },
  'event without id': withEvent({ title: 'x', start: '2022', sources: ['bbc'] }),
  'event without sources': withEvent({ id: 'x', title: 'x', start: '2022' }),
  'event with empty sources': withEvent({ ...event, sources: [] }),
  'month 13': withEvent({ ...event, start: '2022-13-01' }),
  'day 32': withEvent({ ...event, start: '2022-01-32' }),
  'zoneless time': withEvent({ ...event, start: '2022-02-24T05:00' }),
  'not ISO': withEvent({ ...event, start: '24/02/2022' }),
  'numeric date': withEvent({ ...event, start: 2022 }),
  'bad precision': withEvent({ ...event, precision: 'week' }),
  'importance 4': withEvent({ ...event, importance: 4 }),
  'id with space': withEvent({ ...event, id: 'a b' }),
  'empty title': withEvent({ ...event, title: '   ' }),
  'title of only zero-width and bidi marks': withEvent({ ...event, title: '\u200b\u202e\ufeff' }),
  'publisher of only a no-break space': { ...validDataset(), sources: [{ id: 'bbc', publisher: '\u00a0', title: 'T', published: '2025' }] },
  'typo field': withEvent({ ...event, titel: 'x' }),
  'lat out of range': withEvent({ ...event, location: { name: 'x', lat: 120 } }),
  'location without name': withEvent({ ...event, location: { lat: 1, lon: 1 } }),
  'latitude without longitude': withEvent({ ...event, location: { name: 'Kyiv', lat: 50.45 } }),
  'javascript media': withEvent({ ...event, media: { url: 'javascript:alert(1)', alt: 'x' } }),
  'media without alt': withEvent({ ...event, media: { url: 'https://example.org/a.jpg' } }),
  'mailto media': withEvent({ ...event, media: { url: 'mailto:a@example.org', alt: 'x' } }),
  'quote without speaker': withEvent({ ...event, quotes: [{ text: 'x', source: 'bbc' }] }),
  'era without end': withEvent({ ...event, era: true }),
  'javascript source url': { ...validDataset(), sources: [{ id: 'bbc', publisher: 'B', title: 'T', published: '2025', url: 'javascript:alert(1)' }] },
};

/**
 * What a JSON Schema cannot express. The validator rejects these; the schema accepts them. The list
 * documents the boundary: if the schema learns one of these, move it to `shapeInvalid`.
 */
const semanticOnly: Record<string, unknown> = {
  'a month in deep time': withEvent({ ...event, start: '+275760-01' }),
  'impossible day (30 February)': withEvent({ ...event, start: '2022-02-30' }),
  'end before start': withEvent({ ...event, end: '2022-01-01' }),
  'duplicate event id': withEvent({ ...event, id: 'invasion' }),
  'unknown source id': withEvent({ ...event, sources: ['cnn'] }),
  'quote from unknown source': withEvent({ ...event, quotes: [{ text: 'x', speaker: 'y', source: 'cnn' }] }),
  'precision finer than the date': withEvent({ ...event, start: '2022-02', precision: 'day' }),
};

describe('the JSON Schema and the validator agree', () => {
  it.each(Object.entries(valid))('both accept %s', (_name, input) => {
    expect(validateDataset(input)).toEqual([]);
    expect(schemaAccepts(input), JSON.stringify(schemaAccepts.errors)).toBe(true);
  });

  it.each(Object.entries(shapeInvalid))('both reject %s', (_name, input) => {
    expect(validateDataset(input)).not.toEqual([]);
    expect(schemaAccepts(input)).toBe(false);
  });

  it.each(Object.entries(semanticOnly))('only the validator can reject %s', (_name, input) => {
    expect(validateDataset(input)).not.toEqual([]);
    expect(schemaAccepts(input)).toBe(true);
  });
});

describe('the validator\'s field lists', () => {
  it('are the schema\'s fields, in its order, so the editor and the library know the same keys', () => {
    const keys = (part: { properties: object }): string[] => Object.keys(part.properties);
    const event = datasetSchema.$defs.event;
    expect([...DATASET_FIELDS]).toEqual(keys(datasetSchema));
    expect([...SOURCE_FIELDS]).toEqual(keys(datasetSchema.$defs.source));
    expect([...EVENT_FIELDS]).toEqual(keys(event));
    expect([...LOCATION_FIELDS]).toEqual(keys(event.properties.location));
    expect([...MEDIA_FIELDS]).toEqual(keys(event.properties.media));
    expect([...QUOTE_FIELDS]).toEqual(keys(event.properties.quotes.items));
    expect(datasetSchema.$defs.source.properties.id.pattern).toBe(ID_PATTERN);
  });
});
