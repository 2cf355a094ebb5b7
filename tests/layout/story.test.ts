import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { cardHeight, estimateHeights, jumpChoices, layoutStory, orientationFor, rowPeriods, STORY_METRICS, storyRows, VERTICAL_BELOW, wrapText } from '../../src/layout/story.js';
import { textWidth } from '../../src/layout/textWidth.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';

const model = prepareModel(news);
const rows = storyRows(model, true);

describe('the vertical story', () => {
  it('is chosen below 600 px in auto, and always when asked', () => {
    expect(VERTICAL_BELOW).toBe(600);
    expect(orientationFor('auto', 599)).toBe('vertical');
    expect(orientationFor('auto', 600)).toBe('horizontal');
    expect(orientationFor('horizontal', 320)).toBe('horizontal');
    expect(orientationFor('vertical', 1280)).toBe('vertical');
  });

  it('lists every event once in time order, with a separator after each long empty stretch', () => {
    const events = rows.flatMap((row) => (row.kind === 'event' ? [row.event.id] : []));
    expect(events).toEqual(news.events.map((event) => event.id));
    const gaps = rows.filter((row) => row.kind === 'gap');
    expect(gaps.length).toBeGreaterThan(0);
    // The first: between the 1953 armistice and the annexation of Crimea in 2014, right after the armistice.
    expect(rows[0]).toMatchObject({ kind: 'event', event: { id: 'korean-armistice' } });
    expect(rows[1]!.kind).toBe('gap');
    for (const [index, row] of rows.entries()) {
      if (row.kind !== 'gap') continue;
      const before = rows[index - 1];
      const after = rows.slice(index + 1).find((next) => next.kind === 'event' && !next.event.era);
      expect(before?.kind).toBe('event');
      expect(after && after.kind === 'event' && after.event.start.getTime()).toBe(row.end);
      expect(row.end - row.start).toBeGreaterThan(0);
    }
    expect(storyRows(model, false).every((row) => row.kind === 'event')).toBe(true);
  });

  it('wraps titles at spaces into lines that fit, keeping every word', () => {
    const title = 'Coalition of the willing summit in Paris on security guarantees for Ukraine';
    for (const width of [120, 200, 320]) {
      const lines = wrapText(title, width, 16, true);
      expect(lines.join(' ')).toBe(title);
      for (const line of lines) if (line.includes(' ')) expect(textWidth(line, 16, true)).toBeLessThanOrEqual(width);
      // Greedy: each line's next word would not have fitted on it.
      for (let index = 0; index < lines.length - 1; index++) expect(textWidth(`${lines[index]} ${lines[index + 1]!.split(' ')[0]}`, 16, true)).toBeGreaterThan(width);
    }
    expect(wrapText('Supercalifragilistic', 20, 16, false)).toEqual(['Supercalifragilistic']);
    expect(wrapText('', 100, 16, false)).toEqual(['']);
  });

  it('places rows top to bottom, a card as tall as its title needs, and narrower widths make taller stories', () => {
    const wide = layoutStory(rows, 600);
    const narrow = layoutStory(rows, 320);
    for (const story of [wide, narrow]) {
      let y = 0;
      for (const item of story.items) {
        expect(item.y).toBe(y);
        expect(item.height).toBe(item.row.kind === 'gap' ? STORY_METRICS.gapRow : cardHeight(item.lines.length));
        y += item.height + STORY_METRICS.rowGap;
      }
      expect(story.height).toBe(y - STORY_METRICS.rowGap);
    }
    expect(narrow.height).toBeGreaterThan(wide.height);
    // The quick estimate the browser takes for cards it has not drawn: never more lines than the title has words, within a line of the wrap.
    const estimated = estimateHeights(rows, 320);
    narrow.items.forEach((item, index) => {
      expect(estimated[index]).toBeLessThanOrEqual(item.height);
      expect(estimated[index]).toBeGreaterThanOrEqual(item.height - STORY_METRICS.titleLine);
    });
    const paris = narrow.items.find((item) => item.row.kind === 'event' && item.row.event.id === 'paris-summit')!;
    expect(paris.lines.join(' ')).toBe('Coalition of the willing summit in Paris');
  });

  it('names each row by its year, or its month when the events span under two years; separators take the next event\'s', () => {
    const periods = rowPeriods(rows, DEFAULT_LOCALE);
    expect(periods[0]).toBe('1953');
    expect(periods[1]).toBe('2014');
    expect(periods[rows.length - 1]).toBe('2025');
    const short = prepareModel(parseDataset({
      title: 't', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }],
      events: [{ id: 'a', title: 'a', start: '2025-01-03', sources: ['s'] }, { id: 'b', title: 'b', start: '2025-01-20', sources: ['s'] }, { id: 'c', title: 'c', start: '2025-09-04', sources: ['s'] }],
    }));
    const shortRows = storyRows(short, false);
    const monthly = rowPeriods(shortRows, DEFAULT_LOCALE);
    expect(monthly).toEqual(['January 2025', 'January 2025', 'September 2025']);
    expect(jumpChoices(shortRows, monthly)).toEqual([{ period: 'January 2025', id: 'a', count: 2 }, { period: 'September 2025', id: 'c', count: 1 }]);
  });

  it('offers each year once in the jump menu, with its first event and how many it holds (eras aside)', () => {
    const choices = jumpChoices(rows, rowPeriods(rows, DEFAULT_LOCALE));
    expect(choices.map((choice) => choice.period)).toEqual(['1953', '2014', '2022', '2025']);
    expect(choices[2]).toEqual({ period: '2022', id: 'full-scale-invasion', count: 3 });
    expect(choices.reduce((sum, choice) => sum + choice.count, 0)).toBe(news.events.filter((event) => !event.era).length);
  });
});
