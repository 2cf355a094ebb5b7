import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as dataset } from '../../src/datasets/ukraine.js';
import { formatISODate } from '../../src/model/time.js';
import { validateDataset } from '../../src/model/parseDataset.js';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

/** The two articles the dataset is built from, beside the project as ../shared/seeds. */
const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seedFileBySource: Record<string, string> = {
  'bbc-2025-09-05': '000_e2ba4d0859f14317.txt',
  'aljazeera-2025-09-05': '002_c9f39e2717e5de1d.txt',
};
const seedsPresent = Object.values(seedFileBySource).every((file) => existsSync(new URL(file, seedsDir)));
if (!seedsPresent) console.warn('Seed articles not found at ../shared/seeds: skipping the verbatim-quote and own-words checks.');
const seedText = (sourceId: string): string => readFileSync(new URL(seedFileBySource[sourceId]!, seedsDir), 'utf8');

const LANES = ['War', 'Diplomacy', 'Security guarantees'];
const byId = new Map(dataset.events.map((event) => [event.id, event]));

/** Start (and end) in ISO form at the event's precision. */
function when(id: string): string {
  const event = byId.get(id);
  if (!event) throw new Error(`the dataset has no event ${id}`);
  const start = formatISODate(event.start, event.precision);
  return event.end ? `${start}/${formatISODate(event.end, event.endPrecision ?? event.precision)}` : start;
}

describe('the news dataset', () => {
  it('passes the library’s own validator', () => {
    expect(validateDataset(raw)).toEqual([]);
  });

  it('cites both articles, published on Friday 5 September 2025', () => {
    expect(dataset.sources.map((source) => [source.id, source.publisher, formatISODate(source.published, source.publishedPrecision)])).toEqual([
      ['bbc-2025-09-05', 'BBC News', '2025-09-05'],
      ['aljazeera-2025-09-05', 'Al Jazeera', '2025-09-05'],
    ]);
  });

  it.each([
    ['korean-armistice', '1953-07-27'],
    ['crimea-annexation', '2014-03-18'],
    ['donbas-war', '2014-04/2022-02'],
    ['full-scale-invasion', '2022-02-24'],
    ['full-scale-war', '2022-02-24/2025-09-05'],
    ['istanbul-talks', '2022-03-29'],
    ['annexation-four-regions', '2022-09-30'],
    ['alaska-summit', '2025-08-15'],
    ['tianjin-summit', '2025-08-31/2025-09-01'],
    ['beijing-parade', '2025-09-03'],
    ['paris-summit', '2025-09-04'],
    ['rutte-no-veto', '2025-09-04'],
    ['vladivostok-remarks', '2025-09-05'],
    ['trump-lost-india-russia-post', '2025-09-05'],
  ])('dates %s to %s', (id, expected) => {
    expect(when(id)).toBe(expected);
  });

  it('draws the two wars as eras and keeps the most important events at importance 3', () => {
    expect(dataset.events.filter((event) => event.era).map((event) => event.id).sort()).toEqual(['donbas-war', 'full-scale-war']);
    expect(dataset.events.filter((event) => event.importance === 3).map((event) => event.id).sort()).toEqual([
      'alaska-summit', 'full-scale-invasion', 'paris-summit', 'vladivostok-remarks',
    ]);
  });

  it.each(dataset.events.map((event) => [event.id, event] as const))('%s is complete enough to show a reader', (_id, event) => {
    expect(LANES).toContain(event.group);
    expect(event.category).toMatch(/^[a-z]+$/);
    const sentences = event.summary?.split(/(?<=[.!?])\s+(?=[A-Z‘“])/) ?? [];
    expect(sentences.length).toBeGreaterThanOrEqual(1);
    expect(sentences.length).toBeLessThanOrEqual(3);
    expect(event.actors?.length).toBeGreaterThan(0);
    expect(event.quotes?.length ?? 0).toBeLessThanOrEqual(3);
    // A date that is inferred or uncertain must say how it was established.
    if (event.approximate) expect(event.note).toMatch(/approximate/);
    expect(event.note?.length ?? 0).toBeGreaterThan(20);
  });
});

describe.skipIf(!seedsPresent)('the news dataset against its seed articles', () => {
  const quotes = dataset.events.flatMap((event) => (event.quotes ?? []).map((quote) => [event.id, quote] as const));

  it.each(quotes)('%s quotes "%s.text" verbatim from its source', (_id, quote) => {
    expect(seedText(quote.source)).toContain(quote.text);
  });

  // Summaries and titles are our own words: no run of eight words may match an article.
  const words = (text: string): string[] =>
    text.toLowerCase().replace(/[’‘]/g, "'").replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
  let articles: string[] | undefined;
  const copiedRun = (text: string, length = 8): string | undefined => {
    // Read lazily: vitest collects this block even when the seeds are absent and it is skipped.
    articles ??= Object.keys(seedFileBySource).map((id) => ` ${words(seedText(id)).join(' ')} `);
    const list = words(text);
    for (let i = 0; i + length <= list.length; i++) {
      const run = list.slice(i, i + length).join(' ');
      if (articles.some((article) => article.includes(` ${run} `))) return run;
    }
    return undefined;
  };

  it('can recognise a copied sentence (the check itself works)', () => {
    expect(copiedRun('Specific countries involved were not detailed by Macron at all')).toBe('specific countries involved were not detailed by macron');
    expect(copiedRun('Macron did not say which countries would send their troops')).toBeUndefined();
  });

  it.each(dataset.events.map((event) => [event.id, event] as const))('%s is summarised in our own words', (_id, event) => {
    expect(copiedRun(event.title)).toBeUndefined();
    expect(copiedRun(event.summary ?? '')).toBeUndefined();
  });
});
