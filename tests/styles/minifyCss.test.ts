import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss } from '../../scripts/rollup/cssText.mjs';
import { EVENTLINE_CSS, themeProperties } from '../../src/styles/stylesheet.js';

const written = readFileSync(new URL('../../src/styles/eventline.css', import.meta.url), 'utf8');

describe('the stylesheet text the bundles embed', () => {
  it('is the stylesheet minified: shorter, without comments', () => {
    expect(EVENTLINE_CSS).toBe(minifyCss(written));
    expect(EVENTLINE_CSS.length).toBeLessThan(written.length * 0.9);
    expect(EVENTLINE_CSS).not.toContain('/*');
  });

  it('keeps what changes meaning: a space before a colon, spaces inside strings and values', () => {
    expect(minifyCss('.a :focus-visible { outline: 3px solid red; }')).toBe('.a :focus-visible{outline:3px solid red;}');
    expect(minifyCss('.b::before { content: "· "; }\n/* note */ .c > .d , .e { width: calc(100% - 2px); }')).toBe('.b::before{content:"· ";}.c>.d,.e{width:calc(100% - 2px);}');
    expect(written).toContain('.eventline-detail :focus-visible');
    expect(EVENTLINE_CSS).toContain('.eventline-detail :focus-visible');
  });

  it('declares the same theme properties, values equal but for spaces after commas', () => {
    const normalise = (pairs: Array<[string, string]>) => pairs.map(([name, value]) => [name, value.replace(/,\s+/g, ',')]);
    expect(themeProperties(EVENTLINE_CSS)).toEqual(normalise(themeProperties(written)));
    expect(themeProperties(EVENTLINE_CSS).length).toBeGreaterThan(20);
  });
});
