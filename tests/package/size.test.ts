import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPS, BUDGETS, measureApps, measureSizes } from '../../scripts/size.mjs';

/** The budgets of #20: the one-tag script with its stylesheet, and dist/index.js minified (dependencies not counted). */
const LIMITS: Record<string, number> = {
  'dist/eventline.iife.js (its stylesheet built in)': 48 * 1024,
  'dist/index.js, minified': 38 * 1024,
};

/**
 * Ratchets on the add-ons (no budget of their own): the sizes reached on 2026-12-01 plus about 2%, so
 * that what they have been cut to cannot quietly come back. Lower them as the files shrink.
 */
const CEILINGS: Record<string, number> = {
  // On 2026-12-02 (#19) it gained the import report, leniency slide by slide (media-only titles,
  // quotes from blockquotes, Commons images, locations, CSV checks) and an htmlToText that reads in
  // one pass: 6,706 B; then the review's fixes (no pattern that backtracks on long input, quotes read as
  // d3-dsv reads them, reversed ends, invisible titles, a capped report): 7,305 B. On 2026-12-03 deep
  // time came in whole (no range check; a month given with a deep year is reported) and negative years
  // read as TimelineJS shows them: 7,460 B.
  'dist/eventline-importers.js (add-on)': 7_520,
  // Since 2026-12-01 it takes the date formatting from the eventline script instead of a copy. On
  // 2026-12-02 it took over the theme's colours, the chart's snapshot and the PNG drawing from the
  // script, and gained the phone story's writer and the wrapping of its titles (with a copy of the
  // text-width table): 4,485 B. On 2026-12-02 it took over the download buttons and toPNG() from the
  // script, to make room there for the screen-reader work (#24): 4,928 B.
  'dist/eventline-export.js (add-on)': 5_025,
};

describe('bundle sizes', () => {
  it('keep the one-tag script and index.js within their budgets, and the add-ons at or below what they have been cut to (gzip bytes)', async () => {
    const rows = await measureSizes();
    const sizes = new Map(rows.map((row) => [row.file, row.bytes]));
    // The report and this test name the same budgets.
    expect(BUDGETS).toEqual({ iife: 48 * 1024, index: 38 * 1024 });
    expect(Object.fromEntries(rows.filter((row) => row.budget !== undefined).map((row) => [row.file, row.budget]))).toEqual(LIMITS);
    const over = Object.entries({ ...LIMITS, ...CEILINGS }).filter(([file, limit]) => (sizes.get(file) ?? Infinity) > limit);
    expect(over.map(([file, limit]) => `${file}: ${sizes.get(file)} B gzip, limit ${limit} B`)).toEqual([]);
  });

  it('let a bundler app that only validates data leave the chart out: parseDataset alone is a fraction of createTimeline (gzip bytes)', async () => {
    const apps = new Map((await measureApps()).map((app) => [app.file, app]));
    expect([...apps.keys()]).toEqual(Object.keys(APPS));
    const chart = apps.get('an app calling createTimeline, with the stylesheet')!;
    const validator = apps.get('an app calling parseDataset alone')!;
    // The chart app ships index.js (minified, 38 KB at most), d3-selection and date-fns's parts, and the stylesheet.
    expect(chart.css).toBeGreaterThan(3000);
    expect(chart.javascript).toBeGreaterThan(36_000);
    expect(chart.bytes).toBeLessThan(48 * 1024);
    // 7,949 B on 2026-12-02: the validator, its messages and the date parsing, no DOM code and no date-fns.
    expect(validator.css).toBe(0);
    expect(validator.bytes).toBeLessThan(8_400);
  }, 60_000);

  it('keep d3-transition out of the one-tag script (the timeline animates on its own frames)', () => {
    const iife = readFileSync(new URL('../../dist/eventline.iife.js', import.meta.url), 'utf8');
    // d3-transition keeps its schedules on nodes as __transition; d3-color's named colours start with aliceblue.
    expect(iife).not.toContain('__transition');
    expect(iife).not.toContain('aliceblue');
  });

  it('keep the SVG writer out of the one-tag script and index.js, and the library out of its add-ons', () => {
    const read = (name: string): string => readFileSync(new URL(`../../dist/${name}`, import.meta.url), 'utf8');
    // The writer's XML escaping is its own; the script says what to load instead.
    for (const file of ['eventline.iife.js', 'index.js']) {
      expect(read(file)).not.toContain('&apos;');
      expect(read(file)).toContain('needs the export add-on');
    }
    expect(read('export.js')).toContain('&apos;');
    // The add-ons extend the global: no second copy of the validator's messages or the date formatting.
    for (const addOn of ['eventline-importers.js', 'eventline-export.js']) {
      expect(read(addOn)).not.toContain('is not a valid date');
      expect(read(addOn)).not.toContain(' BCE');
    }
  });
});
