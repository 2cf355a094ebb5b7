import { describe, expect, it } from 'vitest';
import { fromSpreadsheetCSV, importSpreadsheetCSV } from '../../src/importers/csv.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { htmlToText, decodeEntities } from '../../src/importers/htmlText.js';

const HEADER = 'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';
const template = [
  HEADER,
  ',,,,,,,,,Security guarantees,"<p>What the coalition offered, &amp; why.</p>",,,,,title,,',
  '2022,2,24,,,,,,,Russia launches full-scale invasion,"Troops cross the border, in force.",https://example.org/a.png,Agency,Kyiv,,,War,',
  '2025,9,4,2:30 PM,,,,,Thursday,Paris summit,,,,,,,Security guarantees,',
  '2014,4,,,2022,2,,,,War in the east,,,,,,era,,',
  ',,,,,,,,,,,,,,,,,',
  '1953,7,27,,,,,,c. July 1953,Korean War armistice,,,,,,,Precedent,',
].join('\n');

describe('fromSpreadsheetCSV with the TimelineJS template', () => {
  const dataset = fromSpreadsheetCSV(template, undefined, { today: '2026-11-29' });

  it('reads the title row, events, times, eras and groups; blank rows are skipped', () => {
    expect(dataset.title).toBe('Security guarantees');
    expect(dataset.description).toBe('What the coalition offered, & why.');
    expect(dataset.events.map((event) => [event.id, event.start, event.end, event.era, event.group])).toEqual([
      ['row-3', '2022-02-24', undefined, undefined, 'War'],
      ['row-4', '2025-09-04T14:30Z', undefined, undefined, 'Security guarantees'],
      ['row-5', '2014-04', '2022-02', true, undefined],
      ['row-7', '1953-07-27', undefined, undefined, 'Precedent'],
    ]);
    expect(dataset.events[0]).toMatchObject({ summary: 'Troops cross the border, in force.', media: { url: 'https://example.org/a.png', alt: 'Kyiv', credit: 'Agency' } });
    expect(parseDataset(dataset).events).toHaveLength(4);
  });

  it('carries the Display Date column as the event\'s displayDate, and no empty one', () => {
    expect(dataset.events.map((event) => event.displayDate)).toEqual([undefined, 'Thursday', undefined, 'c. July 1953']);
    expect(parseDataset(dataset).events.find((event) => event.id === 'row-4')?.displayDate).toBe('Thursday');
  });

  it('leaves out rows it cannot date, naming the row and column of each, and keeps the rest', () => {
    const broken = [HEADER, '2022,13,1,,,,,,,A,,,,,,,,', '2022,2,30,,,,,,,B,,,,,,,,', 'soon,,,,,,,,,C,,,,,,,,', '2022,2,1,25:00,,,,,,D,,,,,,,,', '2022,,,,,,,,,,,,,,,,,', '2023,,,,,,,,,E,,,,,,,,'].join('\n');
    const { dataset, report } = importSpreadsheetCSV(broken);
    expect(report.map((note) => `${note.path}: ${note.message}`)).toEqual([
      'row 2, column Month: "13" is not a month (1–12): the row is left out',
      'row 3, column Day: "30" is not a day of that month: the row is left out',
      'row 4, column Year: "soon" is not a year: the row is left out',
      'row 5, column Time: "25:00" is not a time of day (HH:MM): the row is left out',
      'row 6, column Headline: is empty and nothing else names the event: titled “Untitled”',
    ]);
    expect(dataset.events.map((event) => [event.id, event.title, event.start])).toEqual([['row-6', 'Untitled', '2022'], ['row-7', 'E', '2023']]);
  });

  it('says which template columns are missing', () => {
    expect(() => fromSpreadsheetCSV('Date,Event\n2022-02-24,Invasion')).toThrow(/row 1, column Year: is missing: without a column mapping/);
  });
});

describe('fromSpreadsheetCSV with a column mapping', () => {
  const sheet = 'ID,When,Until,What,Notes,Lane\ninvasion,2022-02-24,,Invasion,"Quoted ""text""",War\n,2025-08,2025-09,Drafting,,Diplomacy\n';
  const mapping = { id: 'ID', start: 'When', end: 'Until', title: 'What', summary: 'Notes', group: 'Lane' };

  it('reads any sheet with ISO dates through the mapping', () => {
    const dataset = fromSpreadsheetCSV(sheet, mapping, { title: 'Mapped', today: '2026-11-29' });
    expect(dataset.title).toBe('Mapped');
    expect(dataset.events).toEqual([
      { id: 'invasion', title: 'Invasion', start: '2022-02-24', summary: 'Quoted "text"', group: 'War', sources: ['imported'] },
      { id: 'row-3', title: 'Drafting', start: '2025-08', end: '2025-09', group: 'Diplomacy', sources: ['imported'] },
    ]);
  });

  it('names a mapped column the sheet lacks, and bad dates by row and column', () => {
    expect(() => fromSpreadsheetCSV(sheet, { ...mapping, group: 'Section' })).toThrow(/row 1, column Section: is not in the sheet \(mapping\.group\)/);
    const { dataset, report } = importSpreadsheetCSV('When,What\n2022-13-01,Bad\n2022-12-01,Good\n', { start: 'When', title: 'What' });
    expect(report).toEqual([{ path: 'row 2, column When', message: '"2022-13-01" is not a valid date (there is no month 13): the row is left out' }]);
    expect(dataset.events.map((event) => event.title)).toEqual(['Good']);
  });
});

describe('htmlToText', () => {
  it('strips tags and comments, drops scripts and styles, decodes entities, collapses space', () => {
    expect(htmlToText('<p>A&nbsp;<b>bold</b> move</p><!-- hidden --><style>p{}</style><p>Next&hellip;</p>')).toBe('A bold move Next…');
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<script>alert(1)</script>');
    expect(decodeEntities('&#x1F600; &#128512; &bogus; &#0;')).toBe('😀 😀 &bogus; &#0;');
    // Control characters are not text (and XML cannot hold them): left as written.
    expect(decodeEntities('a&#8;b&#x1B;c&#9;d')).toBe('a&#8;b&#x1B;c\td');
  });
});
