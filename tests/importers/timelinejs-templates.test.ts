import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSpreadsheetCSV, importTimelineJS } from '../../src/importers/index.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { formatEventWhen } from '../../src/layout/formatDate.js';

// TimelineJS's own templates and examples, from its npm package (a devDependency, for the comparison bench).
const template = (name: string): string => readFileSync(new URL(`../../node_modules/@knight-lab/timelinejs/src/${name}`, import.meta.url), 'utf8');

describe('TimelineJS’s own template files', () => {
  it.each(['template/all-media-types.json', 'template/eras.json', 'template/cosmo-mixed.json', 'template/cosmo.json'])('%s: every slide imports, deep time included, and the result parses', (name) => {
    const json = JSON.parse(template(name)) as { events: unknown[]; eras?: unknown[] };
    const { dataset, report } = importTimelineJS(json);
    const slides = json.events.length + (json.eras?.length ?? 0);
    expect(dataset.events.length).toBe(slides);
    expect(report.filter((note) => note.message.includes('the slide is left out'))).toEqual([]);
    const leftOut = new Set<string>();
    expect(parseDataset(dataset).events).toHaveLength(dataset.events.length);
    // No media goes quietly: each slide's media is carried (an image or a quote) or has its note.
    const withMedia = (json.events as Array<{ media?: { url?: string } }>)
      .map((slide, index) => (slide.media?.url?.trim() ? `events[${index}]` : null))
      .filter((path): path is string => path !== null && !leftOut.has(path));
    const carried = dataset.events.filter((event) => event.media !== undefined || event.quotes !== undefined).length;
    const dropped = withMedia.filter((path) => report.some((note) => note.path === `${path}.media` && note.message.endsWith('left out')));
    expect(carried + dropped.length).toBe(withMedia.length);
  });

  it('imports every slide of the media, eras, mixed and cosmological files, each deep year as written', () => {
    const imported = (name: string): number => importTimelineJS(JSON.parse(template(name))).dataset.events.length;
    expect([imported('template/all-media-types.json'), imported('template/eras.json'), imported('template/cosmo-mixed.json'), imported('template/cosmo.json')]).toEqual([41, 23, 11, 7]);
    const cosmos = parseDataset(importTimelineJS(JSON.parse(template('template/cosmo.json'))).dataset);
    expect(cosmos.events.map((event) => event.start.getUTCFullYear())).toEqual([-13_800_000_000, -13_799_630_000, -12_800_000_000, -4_600_000_000, -538_800_000, -315_000, -3499]);
    // Written as TimelineJS writes them: deep time as years ago, -3500 as 3500 BCE (astronomical -3499).
    expect(cosmos.events.map((event) => formatEventWhen(event))).toEqual([
      '13.8 billion years ago', '13.79963 billion years ago', '12.8 billion years ago', '4.6 billion years ago',
      '538.8 million years ago – 251.902 million years ago', '315,000 years ago', '3500 BCE',
    ]);
    expect(cosmos.events[4]!.end!.getUTCFullYear()).toBe(-251_902_000);
  });

  it('imports every row of the spreadsheet template, its blockquote as a quote', () => {
    const { dataset, report } = importSpreadsheetCSV(template('template/my-own-timeline.csv'));
    expect(dataset.events).toHaveLength(10);
    expect(dataset.events.filter((event) => event.quotes?.length === 1)).toHaveLength(1);
    expect(report.filter((note) => note.message.includes('left out') && !note.message.includes('is not an image') && !note.message.includes('background'))).toEqual([]);
    expect(parseDataset(dataset).events).toHaveLength(10);
  });
});
