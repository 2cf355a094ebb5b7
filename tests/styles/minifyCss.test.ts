import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minifyCss, themePairs } from '../../scripts/rollup/cssText.mjs';
import { EVENTLINE_CSS } from '../../src/styles/stylesheet.js';
import { THEME_PROPERTIES } from '../../src/styles/theme.js';

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

  it('gives the theme as the stylesheet declares it on .eventline: every custom property, in order', () => {
    const declared = [...written.slice(written.indexOf('.eventline {'), written.indexOf('}')).matchAll(/--eventline-([a-z0-9-]+):/g)].map((match) => match[1]);
    expect(THEME_PROPERTIES.map(([name]) => name)).toEqual(declared);
    expect(THEME_PROPERTIES.length).toBeGreaterThan(20);
    expect(THEME_PROPERTIES.find(([name]) => name === 'bg')?.[1]).toBe('light-dark(#ffffff,#15171b)');
    expect(themePairs('.x{--eventline-a:1}.eventline{--eventline-b: 2;}')).toEqual([['b', '2']]);
  });
});
