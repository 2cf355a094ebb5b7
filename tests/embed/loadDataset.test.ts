import { describe, expect, it } from 'vitest';
import { es } from 'date-fns/locale/es';
import { datasetFromText, kindOf } from '../../src/embed/loadDataset.js';
import { localeFor, registerLocale } from '../../src/embed/locales.js';
import { hostThemeRules } from '../../src/embed/shadowStyles.js';
import { EventlineDataError } from '../../src/model/errors.js';

describe('what <event-timeline src> reads', () => {
  it('tells CSV from JSON by content type, then by file extension', () => {
    expect(kindOf('https://example.org/data', 'text/csv; charset=utf-8')).toBe('csv');
    expect(kindOf('https://example.org/data.csv', 'application/json')).toBe('json');
    expect(kindOf('https://example.org/sheet.csv?v=2', null)).toBe('csv');
    expect(kindOf('https://example.org/sheet.csv', 'application/octet-stream')).toBe('csv');
    expect(kindOf('https://example.org/timeline.json', null)).toBe('json');
  });

  it('reads eventline JSON as it is, converts TimelineJS JSON and template CSV', () => {
    const eventline = { title: 't', sources: [], events: [{ id: 'a', title: 'A', start: '2025', sources: [] }] };
    expect(datasetFromText(JSON.stringify(eventline), 'json', 'x.json')).toEqual(eventline);
    const timelinejs = { events: [{ start_date: { year: 2025 }, text: { headline: '<b>A</b>' } }] };
    expect(datasetFromText(JSON.stringify(timelinejs), 'json', 'x.json')).toMatchObject({ events: [{ title: 'A', start: '2025' }] });
    const csv = 'Year,Headline\n2022,Invasion\n';
    expect(datasetFromText(csv, 'csv', 'x.csv')).toMatchObject({ events: [{ title: 'Invasion', start: '2022' }] });
  });

  it('names the data when it does not parse, and passes the importers’ located problems on', () => {
    expect(() => datasetFromText('{"title": ', 'json', 'https://example.org/x.json')).toThrow(/^The timeline data in https:\/\/example\.org\/x\.json is not valid JSON \(/);
    expect(() => datasetFromText('[1, 2]', 'json', 'x.json')).toThrow(/x\.json is not a dataset object/);
    expect(() => datasetFromText('Year,Headline\n2022,\n', 'csv', 'x.csv')).toThrow(EventlineDataError);
  });
});

describe('locales for the locale attribute', () => {
  it('knows the bundled codes, falls back from a region to its language, and takes new ones', () => {
    expect(localeFor('de')?.code).toBe('de');
    expect(localeFor('DE-at')?.code).toBe('de');
    expect(localeFor('en')?.code).toBe('en-GB');
    expect(localeFor('en-US')?.code).toBe('en-US');
    expect(localeFor('ar')?.code).toBe('ar');
    expect(localeFor('es')).toBeUndefined();
    registerLocale('es', es);
    expect(localeFor('es-MX')?.code).toBe('es');
  });
});

describe('the stylesheet inside a shadow root', () => {
  it('declares the theme on :host, where the page can override it, and the chart inherits it', () => {
    const rules = hostThemeRules();
    expect(rules).toMatch(/:host \{ display: block; --eventline-font: [^;]+; --eventline-bg: light-dark\(#ffffff, #15171b\);/);
    expect(rules).toContain('.eventline { --eventline-font: inherit; --eventline-bg: inherit;');
    expect(rules).toContain('--eventline-category-7: inherit;');
  });
});
