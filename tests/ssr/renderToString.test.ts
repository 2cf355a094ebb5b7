import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };
import { renderToSVGString } from '../../src/ssr/renderToString.js';
import { paletteFor } from '../../src/ssr/palette.js';
import { STORY_METRICS } from '../../src/layout/story.js';
import { textWidth } from '../../src/layout/textWidth.js';
import { EVENTLINE_CSS } from '../../src/styles/stylesheet.js';

/** Parses `svg` as XML (a malformed document throws) and returns its root. */
function parseSvg(svg: string): Element {
  const dom = new JSDOM(svg, { contentType: 'image/svg+xml' });
  const root = dom.window.document.documentElement;
  expect(root.querySelector('parsererror')).toBeNull();
  return root;
}

describe('renderToSVGString (Node, no DOM)', () => {
  it('runs without a DOM', () => {
    expect(typeof document).toBe('undefined');
    expect(() => renderToSVGString(raw)).not.toThrow();
  });

  it('renders the news dataset as well-formed SVG holding the events in range, with its title and the axis', () => {
    const svg = renderToSVGString(raw, { width: 1000, height: 420 });
    const root = parseSvg(svg);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-label')).toBe(raw.title);
    // A two-line label is one text with a tspan a line.
    const texts = [...root.querySelectorAll('text')].map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((line) => line.textContent);
      return lines.length > 0 ? lines.join(' ') : text.textContent;
    });
    // The same layout as the chart: the named events with their whole titles, the gaps' lengths under their cuts.
    for (const title of ['Korean War armistice fixes the demarcation line', 'Russia annexes Crimea', 'Russia launches full-scale invasion', 'Trump–Putin summit in Alaska', 'Coalition of the willing summit in Paris']) {
      expect(texts).toContain(title);
    }
    expect(texts).toEqual(expect.arrayContaining(['War', 'Diplomacy', '60 years', 'July 1953', 'September 2025']));
    // One marker a point event, in its category's shape.
    expect(root.querySelectorAll('path[transform^="translate("]').length).toBeGreaterThan(20);
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
  });

  it('shows only the events of a given range', () => {
    const svg = renderToSVGString(raw, { width: 800, range: [new Date('2025-09-03T00:00:00Z'), new Date('2025-09-06T00:00:00Z')], compressGaps: false });
    const texts = [...parseSvg(svg).querySelectorAll('text')].map((text) => text.textContent).join('|');
    expect(texts).not.toMatch(/Crimea|armistice|Alaska/);
    expect(texts).toMatch(/Putin/);
  });

  it('escapes text from data, so a hostile title stays text', () => {
    const hostile = {
      title: '<script>alert("x")</script> & co',
      sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }],
      events: [{ id: 'a', title: '</text><script>alert(1)</script>', start: '2025-01-01', sources: ['s'] }],
    };
    const svg = renderToSVGString({ ...hostile, events: [...hostile.events, { id: 'b', title: 'Line\u000Bbreak from Word', start: '2025-02-01', sources: ['s'] }] });
    const root = parseSvg(svg);
    expect(svg.includes('\u000B')).toBe(false);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('title')?.textContent).toBe('<script>alert("x")</script> & co');
  });

  it('writes the theme’s colours from the stylesheet, light or dark', () => {
    const light = paletteFor('light');
    const dark = paletteFor('dark');
    expect(light.bg).toBe('#ffffff');
    expect(dark.bg).toBe('#15171b');
    expect(light.era).toBe('rgba(120,110,90,0.06)');
    // The embedded text is the stylesheet minified (scripts/rollup/cssText.mjs).
    expect(EVENTLINE_CSS).toContain('--eventline-bg:light-dark(#ffffff,#15171b);');
    expect(renderToSVGString(raw, { theme: 'dark' })).toContain('fill="#15171b"');
  });

  it('is exactly the asked-for height, its background covering all of it and the axis labels inside', () => {
    for (const height of [500, 333]) {
      const root = parseSvg(renderToSVGString(raw, { width: 800, height, theme: 'dark' }));
      expect(root.getAttribute('height')).toBe(String(height));
      expect(root.getAttribute('viewBox')).toBe(`0 0 800 ${height}`);
      const background = root.querySelector('rect')!;
      expect([background.getAttribute('width'), background.getAttribute('height'), background.getAttribute('fill')]).toEqual(['800', String(height), '#15171b']);
      const axis = root.querySelector('g[transform^="translate(0,"]')!;
      const axisY = Number(/translate\(0,([\d.]+)\)/.exec(axis.getAttribute('transform')!)![1]);
      const lowest = Math.max(...[...axis.querySelectorAll('text')].map((text) => Number(text.getAttribute('y'))));
      // The lowest baseline plus an 11 px font's descent stays on the background.
      expect(axisY + lowest + 4).toBeLessThanOrEqual(height);
    }
  });

  it('reports an invalid dataset like parseDataset', () => {
    expect(() => renderToSVGString({ title: 'x', sources: [], events: [{ id: 'a', title: 'A', start: '2022-13-01', sources: [] }] })).toThrow(/events\[0\]\.start/);
  });

  it('writes the phone layout, the story of cards, at a narrow width or when asked: every title whole, cards top to bottom', () => {
    const svg = renderToSVGString(raw, { width: 390 });
    expect(renderToSVGString(raw, { width: 390, layout: 'vertical' })).toBe(svg);
    expect(svg).not.toContain('NaN');
    const root = parseSvg(svg);
    expect(root.getAttribute('width')).toBe('390');
    const height = Number(root.getAttribute('height'));
    expect(height).toBeGreaterThan(28 * 60);
    const titleTexts = [...root.querySelectorAll('text[font-size="16"]')];
    const titles = titleTexts.map((text) => [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' '));
    expect(new Set(titles)).toEqual(new Set(raw.events.map((event) => event.title)));
    // Top to bottom in time order, and inside the width.
    const tops = titleTexts.map((text) => Number(text.querySelector('tspan')!.getAttribute('y')));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    expect(Math.max(...tops)).toBeLessThan(height);
    expect(svg).toContain('>60 years 7 months later</text>');
    // Wide: the chart, however asked for in auto.
    expect(renderToSVGString(raw, { width: 390, layout: 'horizontal' })).not.toContain('later</text>');
    expect(parseSvg(renderToSVGString(raw, { width: 800, theme: 'dark' })).querySelector('rect')!.getAttribute('fill')).toBe(paletteFor('dark').bg);
  });

  it('writes an event\'s displayDate as its card\'s date, cut to one line inside the card when it is long', () => {
    const long = 'In the small hours of a long Thursday night, Paris time, after the leaders had dined';
    const events = raw.events.map((event) => (event.id === 'paris-summit' ? { ...event, displayDate: long } : event.id === 'alaska-summit' ? { ...event, displayDate: 'Friday' } : event));
    const root = parseSvg(renderToSVGString({ ...raw, events }, { width: 390 }));
    const dates = [...root.querySelectorAll('text[font-size="13"][font-weight="700"]')].map((text) => text.textContent ?? '');
    expect(dates).toContain('\u2068Friday\u2069');
    const cut = dates.find((date) => date.startsWith('\u2068In the small hours'))!;
    expect(cut.endsWith('\u2026')).toBe(true);
    expect(textWidth(cut, 13, true)).toBeLessThanOrEqual(390 - STORY_METRICS.rail - 2 * STORY_METRICS.padX);
  });
});
