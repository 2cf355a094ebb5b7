import { describe, expect, it } from 'vitest';
import { fromTimelineJS, importTimelineJS } from '../../src/importers/timelinejs.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { formatEventWhen } from '../../src/layout/formatDate.js';

const timeline = {
  title: { text: { headline: 'Ukraine <em>security</em> guarantees', text: '<p>From the invasion to the Paris summit.</p>' } },
  events: [
    {
      start_date: { year: 2022, month: 2, day: 24 },
      text: { headline: 'Russia launches full-scale invasion', text: '<p>Troops cross the border &amp; missiles hit Kyiv.<br>It&#8217;s the largest war in Europe since 1945.</p><script>alert(1)</script>' },
      group: 'War',
      unique_id: 'full scale invasion!',
      media: { url: 'https://example.org/kyiv.jpg', caption: 'Kyiv, <b>24 February</b>', credit: 'Photo: <i>Agency</i>' },
    },
    { start_date: { year: '2025', month: '9', day: '4', hour: '14', minute: '30' }, text: { headline: 'Paris summit' }, display_date: 'Thursday afternoon' },
    { start_date: { year: 2025, month: 8 }, end_date: { year: 2025, month: 9 }, text: { headline: 'Coalition drafts guarantees' }, media: { url: 'https://www.youtube.com/watch?v=x' } },
    // TimelineJS shows year -44 as "44 BCE": the Ides of March of Caesar's death, astronomical -43.
    { start_date: { year: -44, month: 3, day: 15 }, text: { headline: 'Ides of March' } },
  ],
  eras: [{ start_date: { year: 2014, month: 4 }, end_date: { year: 2022, month: 2 }, text: { headline: 'War in the east' } }],
};

describe('fromTimelineJS', () => {
  const dataset = fromTimelineJS(timeline, { today: '2026-11-29' });

  it('maps the title slide, headlines, text, groups and dates with their precision', () => {
    expect(dataset.title).toBe('Ukraine security guarantees');
    expect(dataset.description).toBe('From the invasion to the Paris summit.');
    const [invasion, paris, coalition, ides, era] = dataset.events;
    expect(invasion).toMatchObject({ id: 'full-scale-invasion', title: 'Russia launches full-scale invasion', start: '2022-02-24', group: 'War' });
    expect(paris).toMatchObject({ id: 'event-2', start: '2025-09-04T14:30Z', displayDate: 'Thursday afternoon' });
    expect(paris).not.toHaveProperty('note');
    expect(coalition).toMatchObject({ start: '2025-08', end: '2025-09' });
    expect(ides!.start).toBe('-000043-03-15');
    expect(era).toMatchObject({ id: 'era-1', title: 'War in the east', start: '2014-04', end: '2022-02', era: true });
  });

  it('writes display dates as TimelineJS does: the slide\u2019s for the whole date, a date\u2019s own for a point event; a span\u2019s per-end words go to its note, reported', () => {
    const slides = {
      events: [
        { start_date: { year: 1850 }, display_date: 'Spring 1850', text: { headline: 'Whole' } },
        { start_date: { year: 1850, display_date: 'About 1850' }, text: { headline: 'Point' } },
        { start_date: { year: 2014, month: 4, display_date: 'Spring 2014' }, end_date: { year: 2022, month: 2, display_date: 'the invasion' }, text: { headline: 'Span' } },
        { start_date: { year: 2014 }, end_date: { year: 2022, display_date: 'the invasion' }, text: { headline: 'End only' } },
        { start_date: { year: 2014, display_date: 'Spring' }, end_date: { year: 2022 }, display_date: 'Eight years', text: { headline: 'Slide wins' } },
      ],
    };
    const { dataset, report } = importTimelineJS(slides, { today: '2026-12-02' });
    const [whole, point, span, endOnly, slideWins] = dataset.events;
    expect(whole).toMatchObject({ displayDate: 'Spring 1850' });
    expect(point).toMatchObject({ displayDate: 'About 1850' });
    expect(span).not.toHaveProperty('displayDate');
    expect(span!.note).toBe('Dated in the original as \u201cSpring 2014\u201d to \u201cthe invasion\u201d.');
    expect(endOnly!.note).toBe('Dated in the original as \u201c2014\u201d to \u201cthe invasion\u201d.');
    expect(slideWins).toMatchObject({ displayDate: 'Eight years' });
    expect(slideWins).not.toHaveProperty('note');
    expect(report.map((entry) => `${entry.path}: ${entry.message}`)).toEqual([
      'events[2].start_date.display_date: a span\u2019s ends written in their own words: kept in the event\u2019s note',
      'events[2].end_date.display_date: a span\u2019s ends written in their own words: kept in the event\u2019s note',
      'events[3].end_date.display_date: a span\u2019s ends written in their own words: kept in the event\u2019s note',
    ]);
    expect(parseDataset(dataset).events).toHaveLength(5);
  });

  it('turns HTML into plain text: tags stripped, scripts dropped, entities decoded', () => {
    expect(dataset.events[0]!.summary).toBe('Troops cross the border & missiles hit Kyiv. It’s the largest war in Europe since 1945.');
    expect(JSON.stringify(dataset)).not.toMatch(/<|alert/);
  });

  it('keeps image media with alt text and credit, and drops what the panel cannot show', () => {
    expect(dataset.events[0]!.media).toEqual({ url: 'https://example.org/kyiv.jpg', alt: 'Kyiv, 24 February', credit: 'Photo: Agency' });
    expect(dataset.events[2]!.media).toBeUndefined();
  });

  it('cites a source for every event: the caller’s, or one that says none was given', () => {
    expect(dataset.sources).toEqual([{ id: 'imported', publisher: 'Not stated', title: 'Ukraine security guarantees (imported from TimelineJS; the original sources are not given)', published: '2026-11-29' }]);
    for (const event of dataset.events) expect(event.sources).toEqual(['imported']);
    const source = { id: 'bbc', publisher: 'BBC News', title: 'Timeline', published: '2025-09-05', url: 'https://www.bbc.co.uk/news' };
    expect(fromTimelineJS(timeline, { source }).events.every((event) => event.sources[0] === 'bbc')).toBe(true);
  });

  it('produces a dataset that parses, BCE dates included and read as TimelineJS shows them', () => {
    const parsed = parseDataset(dataset);
    expect(parsed.events.map((event) => event.id)).toEqual(['event-4', 'era-1', 'full-scale-invasion', 'event-3', 'event-2']);
    expect(parsed.events[0]!.start.getUTCFullYear()).toBe(-43);
    expect(formatEventWhen(parsed.events[0]!)).toBe('15 March 44 BCE');
    // A year alone too, and a leap day checked in the year TimelineJS means: 5 BCE (astronomical -4) has a 29 February.
    const bce = fromTimelineJS({ events: [{ start_date: { year: -500 }, text: { headline: 'A' } }, { start_date: { year: -5, month: 2, day: 29 }, text: { headline: 'B' } }] });
    expect(bce.events.map((event) => event.start)).toEqual(['-000499', '-000004-02-29']);
    expect(parseDataset(bce).events.map((event) => formatEventWhen(event))).toEqual(['500 BCE', '29 February 5 BCE']);
  });

  it('makes slug ids of unique_id, never starting or ending with a dash or underscore', () => {
    const imported = fromTimelineJS({ events: [{ unique_id: '_intro_', start_date: { year: 2020 }, text: { headline: 'A' } }, { unique_id: '__', start_date: { year: 2021 }, text: { headline: 'B' } }] });
    expect(imported.events.map((event) => event.id)).toEqual(['intro', 'event-2']);
    expect(() => parseDataset(imported)).not.toThrow();
  });

  it('leaves out slides it cannot date, naming each by its TimelineJS path, and keeps the rest', () => {
    const broken = { events: [{ start_date: { year: 2022, month: 13 }, text: { headline: 'A' } }, { text: { headline: 'B' } }, { start_date: { year: 2022 }, text: {} }, 'slide', { start_date: { year: 2023 }, text: { headline: 'E' } }] };
    const { dataset, report } = importTimelineJS(broken);
    expect(report.map((note) => `${note.path}: ${note.message}`)).toEqual([
      'events[0].start_date.month: 13 is not a month (1–12): the slide is left out',
      'events[1].start_date: is missing (every slide but the title needs a date with at least a year): the slide is left out',
      'events[2].text.headline: is empty and nothing else names the event: titled “Untitled”',
      'events[3]: is not a slide object: left out',
    ]);
    expect(dataset.events.map((event) => [event.id, event.title])).toEqual([['event-3', 'Untitled'], ['event-5', 'E']]);
    expect(() => fromTimelineJS({ title: 'no events' })).toThrow(/events: is missing/);
  });
});
