import { afterEach, describe, expect, it, vi } from 'vitest';
import { es } from 'date-fns/locale/es';
import { datasetFromText, importNotice, kindOf, registerDataImporters } from '../../src/embed/loadDataset.js';
import { importSpreadsheetCSV, importTimelineJS } from '../../src/importers/index.js';
import { localeFor, missingLocaleMessage, onLocaleRegistered, registerLocale } from '../../src/embed/locales.js';
import { hostThemeRules, themeOf } from '../../src/embed/shadowStyles.js';
import { EVENTLINE_CSS } from '../../src/styles/stylesheet.js';
import { THEME_PROPERTIES } from '../../src/styles/theme.js';
import { EventlineDataError } from '../../src/model/errors.js';

describe('what <event-timeline src> reads', () => {
  it('tells CSV from JSON by content type, then by file extension', () => {
    expect(kindOf('https://example.org/data', 'text/csv; charset=utf-8')).toBe('csv');
    expect(kindOf('https://example.org/data.csv', 'application/json')).toBe('json');
    expect(kindOf('https://example.org/sheet.csv?v=2', null)).toBe('csv');
    expect(kindOf('https://example.org/sheet.csv', 'application/octet-stream')).toBe('csv');
    expect(kindOf('https://example.org/timeline.json', null)).toBe('json');
  });

  it('reads eventline JSON as it is, converts TimelineJS JSON and template CSV once the importers are registered', () => {
    const eventline = { title: 't', sources: [], events: [{ id: 'a', title: 'A', start: '2025', sources: [] }] };
    expect(datasetFromText(JSON.stringify(eventline), 'json', 'x.json')).toEqual(eventline);
    const timelinejs = { events: [{ start_date: { year: 2025 }, text: { headline: '<b>A</b>' } }] };
    // The one-tag script without its importers add-on: the reader is told what to load.
    expect(() => datasetFromText(JSON.stringify(timelinejs), 'json', 'https://example.org/t.json')).toThrow(
      "The timeline data in https://example.org/t.json is TimelineJS JSON: load the importers (dist/eventline-importers.js after the eventline script, or import 'eventline/element', which includes them)",
    );
    expect(() => datasetFromText('Year,Headline\n2022,Invasion\n', 'csv', 'x.csv')).toThrow(/^The timeline data in x\.csv is a spreadsheet \(CSV\): load the importers/);
    registerDataImporters({ importTimelineJS, importSpreadsheetCSV });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const clean = datasetFromText(JSON.stringify(timelinejs), 'json', 'x.json');
    expect(clean).toMatchObject({ events: [{ title: 'A', start: '2025' }] });
    // Nothing changed: nothing said.
    expect(importNotice(clean)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
    const csv = 'Year,Headline\n2022,Invasion\n';
    expect(datasetFromText(csv, 'csv', 'x.csv')).toMatchObject({ events: [{ title: 'Invasion', start: '2022' }] });
  });

  afterEach(() => vi.restoreAllMocks());

  it('says in short that an import changed something, and lists every change in the console', () => {
    registerDataImporters({ importTimelineJS, importSpreadsheetCSV });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const changed = { events: [
      { start_date: { year: 2025 }, text: { headline: 'A' }, background: { color: '#000' } },
      { start_date: { year: '-13800000000', month: 3 }, text: { headline: 'Big Bang' } },
    ] };
    const data = datasetFromText(JSON.stringify(changed), 'json', 'https://example.org/t.json');
    expect(data).toMatchObject({ events: [{ title: 'A' }, { title: 'Big Bang', start: '-13800000000' }] });
    expect(importNotice(data)).toBe('Imported from TimelineJS with 2 changes (listed in the browser console).');
    expect(warn.mock.calls).toEqual([[
      'eventline: https://example.org/t.json was imported from TimelineJS with 2 changes:\n'
      + 'events[0].background.color: background colour not supported: left out\n'
      + 'events[1].start_date: past ±270000 eventline counts whole years: the month, day and time are left out',
    ]]);
    const sheet = datasetFromText('Year,Headline,Headline\n2022,Invasion,x\n', 'csv', 'x.csv');
    expect(importNotice(sheet)).toBe('Imported from a spreadsheet with 1 change (listed in the browser console).');
  });

  it('still takes importers registered in the shape from before the report (the dataset alone)', () => {
    registerDataImporters({ fromTimelineJS: () => ({ title: 'Old', sources: [], events: [] }), fromSpreadsheetCSV: () => ({ title: 'Old sheet', sources: [], events: [] }) });
    expect(datasetFromText('{"events": [{"start_date": {"year": 2020}}]}', 'json', 'x.json')).toEqual({ title: 'Old', sources: [], events: [] });
    expect(datasetFromText('Year\n2020\n', 'csv', 'x.csv')).toMatchObject({ title: 'Old sheet' });
    registerDataImporters({ importTimelineJS, importSpreadsheetCSV });
  });

  it('names the data when it does not parse, and passes the importers’ located problems on', () => {
    expect(() => datasetFromText('{"title": ', 'json', 'https://example.org/x.json')).toThrow(/^The timeline data in https:\/\/example\.org\/x\.json is not valid JSON \(/);
    expect(() => datasetFromText('[1, 2]', 'json', 'x.json')).toThrow(/x\.json is not a dataset object/);
    expect(() => datasetFromText('Year,Month\n2022,\n', 'csv', 'x.csv')).toThrow(EventlineDataError);
  });
});

describe('locales for the locale attribute', () => {
  it('has English built in, falls back from a region to its language, and takes new ones, telling listeners', () => {
    expect(localeFor('en')?.code).toBe('en-GB');
    expect(localeFor('en-US')?.code).toBe('en-US');
    expect(localeFor('EN-au')?.code).toBe('en-GB');
    expect(localeFor('es')).toBeUndefined();
    expect(missingLocaleMessage('es-MX')).toBe('locale="es-MX" is not loaded (English is built in): load dist/locales/es.js after the eventline script, or call registerLocale("es", locale) with a date-fns locale');
    expect(missingLocaleMessage('tlh')).toBe('locale="tlh" is not loaded (English is built in): call registerLocale("tlh", locale) with a date-fns locale');
    const heard: string[] = [];
    const stop = onLocaleRegistered(() => heard.push(localeFor('es-MX')?.code ?? 'none'));
    registerLocale('es', es);
    stop();
    registerLocale('ES', es);
    expect(heard).toEqual(['es']);
    expect(localeFor('es-MX')?.code).toBe('es');
  });
});

describe('the stylesheet inside a shadow root', () => {
  it('declares the theme on :host, where the page can override it, and the chart inherits it', () => {
    const rules = hostThemeRules();
    expect(rules).toMatch(/:host \{ display: block; --eventline-bg: light-dark\(#ffffff,#15171b\);/);
    expect(rules).toContain('.eventline { --eventline-bg: inherit;');
    expect(rules).toContain('--eventline-category-7: inherit;');
  });

  it('reads the theme from the stylesheet it adopts: the pairs the build reads for the SVG writer', () => {
    expect(themeOf(EVENTLINE_CSS)).toEqual(THEME_PROPERTIES);
    expect(hostThemeRules()).toBe(hostThemeRules(THEME_PROPERTIES));
  });
});
