import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EventlineDataError, parseDataset, renderToSVGString, validateDataset, type StaticRenderOptions } from '../../src/index.js';
import { anyInput, runs, validDatasetInput } from './arbitraries.js';
import { undrawableDates } from './dateRange.js';

/** Words a number or a missing value turns into when it is written unchecked. */
const BROKEN_VALUE = /NaN|Infinity|undefined/;

/** Options as a page passes them: every one right (a wrong option is a RangeError by design, tested in tests/timeline/options.test.ts). */
const staticOptions: fc.Arbitrary<StaticRenderOptions> = fc.record({
  // Below 600 px the story of cards is written instead of the chart.
  width: fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 600, max: 1600 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 599 }) }),
  height: fc.integer({ min: 1, max: 900 }),
  theme: fc.constantFrom('light', 'dark', 'auto'),
  // Mostly the chart, which draws dates on an axis; the story of cards sometimes.
  layout: fc.constantFrom('auto', 'auto', 'horizontal', 'horizontal', 'vertical'),
  compressGaps: fc.oneof(fc.boolean(), fc.integer({ min: 1, max: 1e12 }).map((minGap) => ({ minGap }))),
  timeScale: fc.constantFrom('density', 'linear'),
  lanes: fc.constantFrom<'auto' | string[]>('auto', ['Desk 3', 'Events']),
  // Mostly the whole dataset, as a static chart is usually asked for.
  range: fc.tuple(fc.integer({ min: -4e12, max: 4e12 }), fc.integer({ min: 1, max: 4e12 })).map(([from, length]): [Date, Date] => [new Date(from), new Date(from + length)]),
}, { requiredKeys: [] }).chain((options) => fc.nat({ max: 3 }).map((die) => {
  const { range, ...rest } = options;
  return die === 0 && range ? options : rest;
}));

/** Parses `svg` as XML, as a browser opening the file would; returns every element's attributes that hold a broken value. */
function brokenAttributes(svg: string): string[] {
  const document = new JSDOM(svg, { contentType: 'image/svg+xml' }).window.document;
  expect(document.querySelector('parsererror')).toBeNull();
  expect(document.documentElement.localName).toBe('svg');
  return [...document.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => BROKEN_VALUE.test(attribute.value)).map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`));
}

describe('renderToSVGString on arbitrary datasets (properties)', () => {
  it('writes well-formed SVG with no NaN, Infinity or undefined for a dataset validateDataset accepts, and throws EventlineDataError for one it does not', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, validDatasetInput, validDatasetInput), staticOptions, (input, options) => {
        const valid = validateDataset(input).length === 0;
        // An accepted date past what a Date holds is a known bug that can make the layout loop forever: fail here instead.
        if (valid) expect(undrawableDates(parseDataset(input)), 'dates accepted that a chart cannot draw').toEqual([]);
        let svg: string;
        try {
          svg = renderToSVGString(input as Record<string, unknown>, options);
        } catch (error) {
          // An invalid dataset is reported as parseDataset reports it; a valid one is drawn.
          expect(error).toBeInstanceOf(EventlineDataError);
          expect(valid).toBe(false);
          return;
        }
        expect(valid).toBe(true);
        expect(brokenAttributes(svg)).toEqual([]);
      }),
      runs(80, 10),
    );
  }, 60_000);
});
