import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measureSizes } from '../../scripts/size.mjs';

/**
 * A ratchet, not yet the budgets: the budgets (40 KB gzip for the IIFE with its stylesheet,
 * 20 KB for dist/index.js minified) are not met. These ceilings are the sizes reached on 2026-11-29
 * plus about 1%, so that the cuts made so far cannot quietly come back. Lower them as the files
 * shrink, and put the budgets here once they are met. The one-tag script carries its stylesheet (it
 * adopts it when the page has none), so its own size is the one with the stylesheet.
 */
const CEILINGS: Record<string, number> = {
  'dist/eventline.iife.js (its stylesheet built in)': 42_100,
  'dist/index.js, minified': 33_950,
  'dist/eventline-importers.js (add-on)': 5_250,
};

describe('bundle sizes', () => {
  it('stay at or below what they have been cut to (gzip bytes)', async () => {
    const sizes = new Map((await measureSizes()).map((row) => [row.file, row.bytes]));
    const over = Object.entries(CEILINGS).filter(([file, ceiling]) => (sizes.get(file) ?? Infinity) > ceiling);
    expect(over.map(([file, ceiling]) => `${file}: ${sizes.get(file)} B gzip, ceiling ${ceiling} B`)).toEqual([]);
  });

  it('keep d3-transition out of the one-tag script (the timeline animates on its own frames)', () => {
    const iife = readFileSync(new URL('../../dist/eventline.iife.js', import.meta.url), 'utf8');
    // d3-transition keeps its schedules on nodes as __transition; d3-color's named colours start with aliceblue.
    expect(iife).not.toContain('__transition');
    expect(iife).not.toContain('aliceblue');
  });

  it('keep date-fns date parsing out of the one-tag script (its English only writes dates)', () => {
    const iife = readFileSync(new URL('../../dist/eventline.iife.js', import.meta.url), 'utf8');
    // en-US match.js reads ordinals with /^(\d+)(th|st|nd|rd)?/i; the writer's ordinals are in localize.js.
    expect(iife).not.toContain('(th|st|nd|rd)');
    expect(iife).toContain('its built-in English locale has no date-fns match');
  });
});
