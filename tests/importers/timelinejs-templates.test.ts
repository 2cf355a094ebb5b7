import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSpreadsheetCSV, importTimelineJS } from '../../src/importers/index.js';
import { parseDataset } from '../../src/model/parseDataset.js';

// TimelineJS's own templates and examples, from its npm package (a devDependency, for the comparison bench).
const template = (name: string): string => readFileSync(new URL(`../../node_modules/@knight-lab/timelinejs/src/${name}`, import.meta.url), 'utf8');

describe('TimelineJS’s own template files', () => {
  it.each(['template/all-media-types.json', 'template/eras.json', 'template/cosmo-mixed.json', 'template/cosmo.json'])('%s: every slide eventline can hold imports, the rest is reported by path, and the result parses', (name) => {
    const json = JSON.parse(template(name)) as { events: unknown[]; eras?: unknown[] };
    const { dataset, report } = importTimelineJS(json);
    const slides = json.events.length + (json.eras?.length ?? 0);
    // Every slide is either imported or reported as left out, by its own path.
    const leftOut = new Set(report.filter((note) => note.message.endsWith('the slide is left out')).map((note) => note.path.replace(/\.(start|end)_date.*$/, '')));
    expect(dataset.events.length + leftOut.size).toBe(slides);
    for (const path of leftOut) expect(path).toMatch(/^events\[\d+\]$/);
    // What was left out is only what eventline cannot hold: years beyond ±270,000 (deep time).
    for (const note of report.filter((entry) => entry.message.endsWith('the slide is left out'))) {
      expect(note.message).toMatch(/is outside the years eventline can hold \(-270000 to 270000\)/);
    }
    expect(parseDataset(dataset).events).toHaveLength(dataset.events.length);
    // No media goes quietly: each slide's media is carried (an image or a quote) or has its note.
    const withMedia = (json.events as Array<{ media?: { url?: string } }>)
      .map((slide, index) => (slide.media?.url?.trim() ? `events[${index}]` : null))
      .filter((path): path is string => path !== null && !leftOut.has(path));
    const carried = dataset.events.filter((event) => event.media !== undefined || event.quotes !== undefined).length;
    const dropped = withMedia.filter((path) => report.some((note) => note.path === `${path}.media` && note.message.endsWith('left out')));
    expect(carried + dropped.length).toBe(withMedia.length);
  });

  it('imports every slide of the media, eras and mixed files, and the in-range slide of the cosmological one', () => {
    const imported = (name: string): number => importTimelineJS(JSON.parse(template(name))).dataset.events.length;
    expect([imported('template/all-media-types.json'), imported('template/eras.json'), imported('template/cosmo-mixed.json'), imported('template/cosmo.json')]).toEqual([41, 23, 7, 1]);
  });

  it('imports every row of the spreadsheet template, its blockquote as a quote', () => {
    const { dataset, report } = importSpreadsheetCSV(template('template/my-own-timeline.csv'));
    expect(dataset.events).toHaveLength(10);
    expect(dataset.events.filter((event) => event.quotes?.length === 1)).toHaveLength(1);
    expect(report.filter((note) => note.message.includes('left out') && !note.message.includes('is not an image') && !note.message.includes('background'))).toEqual([]);
    expect(parseDataset(dataset).events).toHaveLength(10);
  });
});
