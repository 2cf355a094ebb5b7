import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importSpreadsheetCSV, importTimelineJS } from '../../src/importers/index.js';
import { htmlToText } from '../../src/importers/htmlText.js';
import { parseDataset } from '../../src/model/parseDataset.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/importers/${name}`, import.meta.url), 'utf8');
const lines = (report: ReadonlyArray<{ path: string; message: string }>): string[] => report.map((note) => `${note.path}: ${note.message}`);

describe('a TimelineJS file in every shape TimelineJS shows', () => {
  const { dataset, report } = importTimelineJS(JSON.parse(fixture('timelinejs-shapes.json')), { today: '2026-12-02' });
  const byTitle = new Map(dataset.events.map((event) => [event.title, event]));

  it('imports every slide eventline can hold, and the result parses', () => {
    expect(dataset.events.map((event) => event.title)).toEqual([
      'Big Bang', 'Early humans', 'Paris summit', 'Putin in Vladivostok', 'Western troops would be legitimate targets.', 'Beijing parade', 'Untitled', 'Crimea', 'Full-scale war',
    ]);
    expect(parseDataset(dataset).events).toHaveLength(9);
    expect(dataset.title).toBe('Deep time and the war');
  });

  it('carries deep-time slides as their years, with their display date', () => {
    expect(byTitle.get('Big Bang')).toMatchObject({ start: '-13800000000', displayDate: '13.8 billion years ago' });
    expect(byTitle.get('Early humans')!.start).toBe('-249999');
    expect(parseDataset(dataset).events[0]!.start.getUTCFullYear()).toBe(-13_800_000_000);
    expect(lines(report).filter((line) => line.startsWith('events[0]') || line.startsWith('scale'))).toEqual([]);
  });

  it('leaves out a deep end before its start and a year of more than twelve digits, slide by slide, and says so', () => {
    const { dataset: deep, report: notes } = importTimelineJS({ events: [
      { start_date: { year: '-13800000000' }, end_date: { year: '-14000000000' }, text: { headline: 'Backwards' } },
      { start_date: { year: '-13800000000000' }, text: { headline: 'A slip of the keyboard' } },
      { start_date: { year: '-4600000000' }, text: { headline: 'Solar System' } },
    ] });
    expect(deep.events.map((event) => [event.title, event.start, event.end])).toEqual([['Backwards', '-13800000000', undefined], ['Solar System', '-4600000000', undefined]]);
    expect(lines(notes)).toEqual([
      'events[0].end_date: -14000000000 is before the start, -13800000000: the end is left out',
      'events[1].start_date.year: "-13800000000000" is not a year eventline can hold (twelve digits at most): the slide is left out',
    ]);
    expect(parseDataset(deep).events).toHaveLength(2);
  });

  it('keeps a deep-time year given with a month as the year, and says so', () => {
    const { dataset: deep, report: notes } = importTimelineJS({ events: [{ start_date: { year: '-4600000000', month: 3, day: 2 }, end_date: { year: -4_500_000_000 }, text: { headline: 'Solar System' } }] });
    expect(deep.events[0]).toMatchObject({ start: '-4600000000', end: '-4500000000' });
    expect(lines(notes)).toEqual(['events[0].start_date: past ±270000 eventline counts whole years: the month, day and time are left out']);
  });

  it('carries location, unique_id, group, display date and a Commons image; reports the background', () => {
    expect(byTitle.get('Paris summit')).toMatchObject({
      id: 'paris',
      group: 'Diplomacy',
      summary: 'Macron hosted the coalition.',
      location: { name: 'Élysée Palace, Paris', lat: 48.8704, lon: 2.3167 },
      displayDate: 'Thursday 4 September',
      media: { url: "https://commons.wikimedia.org/wiki/Special:FilePath/Palais_de_l%27%C3%89lys%C3%A9e.jpg", alt: 'The Élysée', credit: 'Wikimedia Commons' },
    });
    expect(lines(report)).toEqual(expect.arrayContaining([
      'events[2].background.color: background colour not supported: left out',
      'events[2].background.url: background image not supported: left out',
      'events[2].media: Commons page URL converted to its image',
    ]));
    // Coordinates off the globe are left out (and said so); the name is what remains, here none at all.
    expect(byTitle.get('Crimea')!.location).toBeUndefined();
    expect(lines(report)).toContain('events[7].location.lat: 95 is not a latitude: left out');
  });

  it('titles media-only slides from caption, then quote, else "Untitled", each with a note', () => {
    expect(byTitle.get('Putin in Vladivostok')!.media).toEqual({ url: 'https://example.org/vladivostok.jpg', alt: 'Putin in Vladivostok', credit: 'Kremlin pool' });
    expect(byTitle.get('Western troops would be legitimate targets.')!.quotes).toEqual([{ text: 'Western troops would be legitimate targets.', speaker: 'Vladimir Putin', source: 'imported' }]);
    expect(lines(report)).toEqual(expect.arrayContaining([
      'events[3].text.headline: is empty: the title is taken from the media caption',
      'events[4].media: blockquote media kept as a quote by Vladimir Putin',
      'events[4].text.headline: is empty: the title is taken from the quote',
      'events[6].text.headline: is empty and nothing else names the event: titled “Untitled”',
    ]));
  });

  it('reports a video it cannot show, fields it does not use, and an era without an end', () => {
    expect(byTitle.get('Beijing parade')!.media).toBeUndefined();
    expect(lines(report)).toEqual(expect.arrayContaining([
      'events[5].media: https://www.youtube.com/watch?v=abc is not an image (a video, map or page eventline cannot show): left out',
      'events[5].custom: is not used by eventline: left out',
      'eras[1].end_date: is missing (an era spans a range): the era is left out',
    ]));
    expect(lines(report).some((line) => line.startsWith('events[5].autolink'))).toBe(false);
  });
});

describe('a TimelineJS spreadsheet in the shapes producers send', () => {
  const { dataset, report } = importSpreadsheetCSV(fixture('sheet-shapes.csv'), undefined, { today: '2026-12-02' });

  it('keeps a blockquote-only row as a quote, titled from its credit', () => {
    expect(dataset.events[0]).toMatchObject({
      title: 'Volodymyr Zelensky',
      quotes: [{ text: 'We will not be intimidated.', speaker: 'Volodymyr Zelensky', source: 'imported' }],
      group: 'Security guarantees',
    });
    expect(lines(report)).toEqual(expect.arrayContaining([
      'row 3, column Media: blockquote media kept as a quote by Volodymyr Zelensky',
      'row 3, column Headline: is empty: the title is taken from the media credit',
    ]));
  });

  it('converts a Commons page, reports background and thumbnail, a deep-time row, a second Group column, bytes that are not UTF-8 and an unclosed quote', () => {
    expect(dataset.events[1]).toMatchObject({ title: 'Paris summit', media: { url: 'https://commons.wikimedia.org/wiki/Special:FilePath/Paris.jpg', alt: 'The Élysée', credit: 'Agency' } });
    expect(lines(report)).toEqual(expect.arrayContaining([
      'row 7: has a quoted cell that is never closed: the rest of the file was read into it',
      'row 1, column Group: appears twice: the first one is read',
      'row 6: has bytes that are not UTF-8 (shown as \uFFFD): save the sheet as UTF-8',
      'row 4, column Media: Commons page URL converted to its image',
      'row 4, column Background: background not supported: left out',
      'row 4, column Media Thumbnail: not used (eventline shows the media itself): left out',
    ]));
    expect(dataset.events.map((event) => event.title)).toEqual(['Volodymyr Zelensky', 'Paris summit', 'Big Bang', 'Invasion with a stray byte \uFFFD', expect.stringMatching(/^Istanbul talks,+ 2023,+Lost in the open quote/)]);
    expect(dataset.events[2]!.start).toBe('-13800000000');
    expect(lines(report).some((line) => line.startsWith('row 5'))).toBe(false);
    expect(parseDataset(dataset).events).toHaveLength(5);
  });
});

describe('htmlToText on hostile input', () => {
  it('reads 400 KB of unclosed tags in one pass (it took 20 s when it backtracked)', () => {
    const unclosed = '<a '.repeat(140_000);
    const started = performance.now();
    expect(htmlToText(`text ${unclosed}`)).toBe('text');
    expect(htmlToText('<b>x</b> <script>'.repeat(30_000))).toBe('x');
    expect(htmlToText('<!--'.repeat(100_000))).toBe('');
    expect(htmlToText('<a>x'.repeat(100_000))).toBe('x'.repeat(100_000));
    expect(htmlToText('<script></script>'.repeat(25_000) + 'end')).toBe('end');
    // A generous bound for a pass that takes milliseconds: only a return to quadratic time fails it.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still reads what a browser shows: tags out, block tags as spaces, hidden elements dropped to their end tag', () => {
    expect(htmlToText('<p>One</p><p>Two</p>a<b>b</b>c')).toBe('One Two abc');
    expect(htmlToText('before<SCRIPT type="x">alert(1)</script >after')).toBe('before after');
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
    expect(htmlToText('x<style>p{}')).toBe('x');
    expect(htmlToText('2 <3 and 4>1')).toBe('2 <3 and 4>1');
    // Self-closing and look-alike tags hide nothing; a comment closes as a browser closes it.
    expect(htmlToText('a<svg/>b<script:x>c</script:x>d')).toBe('abcd');
    expect(htmlToText('a<!-->b<!--->c<!-- x -->d')).toBe('abcd');
    expect(htmlToText('<textarea>typed</textarea>')).toBe('typed');
  });

  it('reads hostile media URLs, times, ids and headers in time proportional to their length', () => {
    const started = performance.now();
    const url = `http://a${'.png#'.repeat(40_000)} x`;
    const { report } = importTimelineJS({ events: [
      { start_date: { year: 2020 }, text: { headline: 'A' }, media: { url } },
      { start_date: { year: 2020, month: 1, day: 1, time: `12:00${' '.repeat(50_000)}x` }, text: { headline: 'B' } },
      { start_date: { year: 2020 }, text: { headline: 'C' }, unique_id: `a${'-'.repeat(100_000)}b` },
    ] });
    expect(report.map((note) => note.path)).toEqual(['events[0].media', 'events[1].start_date.time']);
    // A URL is quoted in the report only so far.
    expect(report[0]!.message.length).toBeLessThan(200);
    const header = Array.from({ length: 30_000 }, (_, index) => `Column ${index}`).join(',');
    importSpreadsheetCSV(`Year,Headline,${header}\n2020,A\n`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('takes a quote at the start of a cell only, as a spreadsheet does, and an end before the start is left out alone', () => {
    const { dataset, report } = importSpreadsheetCSV('Year,End Year,Headline,Text\n2022,2020,Reversed,"A 12"" record"\n2023,,Next,12" vinyl\n');
    expect(lines(report)).toEqual(['row 2, column End Year: 2020 is before the start, 2022: the end is left out']);
    expect(dataset.events.map((event) => [event.title, event.end, event.summary])).toEqual([['Reversed', undefined, 'A 12" record'], ['Next', undefined, '12" vinyl']]);
    expect(parseDataset(dataset).events).toHaveLength(2);
  });

  it('keeps only a blockquote as a quote; other HTML and text without a scheme are reported, not turned into quotes', () => {
    const { dataset, report } = importTimelineJS({ events: [
      { start_date: { year: 2020 }, text: { headline: 'Relative' }, media: { url: 'images/photo.jpg', credit: 'Desk' } },
      { start_date: { year: 2020 }, text: { headline: 'Frame' }, media: { url: '<iframe src="https://example.org/map"></iframe>' } },
      { start_date: { year: 2020 }, text: { headline: '\u200b\u2066' }, media: { url: '<blockquote>Words.</blockquote>', credit: 'Someone' } },
    ] });
    expect(dataset.events.map((event) => [event.title, event.quotes?.length ?? 0, event.media])).toEqual([['Relative', 0, undefined], ['Frame', 0, undefined], ['Someone', 1, undefined]]);
    expect(lines(report)).toEqual([
      'events[0].media: images/photo.jpg is not an absolute http(s) URL: left out',
      'events[1].media: embedded HTML (an iframe, a picture tag, an empty quote) eventline cannot show: left out',
      'events[2].media: blockquote media kept as a quote by Someone',
      'events[2].text.headline: is empty: the title is taken from the media credit',
    ]);
  });
});
