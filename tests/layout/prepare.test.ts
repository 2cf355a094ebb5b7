import { describe, expect, it } from 'vitest';
import { prepareModel } from '../../src/layout/prepare.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import type { TimelineEventInput } from '../../src/types.js';

function modelOf(events: Partial<TimelineEventInput>[]): ReturnType<typeof prepareModel> {
  return prepareModel(parseDataset({
    title: 't',
    sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }],
    events: events.map((event, index) => ({ id: `e${index}`, title: `Event ${index}`, start: '2000-01-01', sources: ['s'], ...event })),
  }));
}

const extentOf = (events: Partial<TimelineEventInput>[]): string[] | null =>
  modelOf(events).extent?.map((time) => new Date(time).toISOString().slice(0, 10)) ?? null;

describe('prepareModel extent', () => {
  it('runs from the first start to the end of the latest period, whichever lane, point or span it is in', () => {
    // A year-precision date covers all of 2025, past a later day in another lane.
    expect(extentOf([{ start: '2025', group: 'A' }, { start: '2025-12-20', group: 'B' }, { start: '2001-05-02' }])).toEqual(['2001-05-02', '2026-01-01']);
    // A span's end month is covered whole; an era counts as well.
    expect(extentOf([{ start: '2003-01-01', end: '2004-02' }, { start: '2003-06-01' }])).toEqual(['2003-01-01', '2004-03-01']);
    expect(extentOf([{ start: '2003-01-01' }, { start: '2002-01-01', end: '2010-12-31', era: true }])).toEqual(['2002-01-01', '2011-01-01']);
  });

  it('is null without events', () => {
    expect(extentOf([])).toBeNull();
  });
});

describe('prepareModel spans that hand over', () => {
  const day = (time: number): string => new Date(time).toISOString().slice(0, 10);

  it('draws "600–650" then "650–700" edge to edge: the first ends where the second starts, in one row', () => {
    const model = modelOf([
      { start: '0600', end: '0650', era: true },
      { start: '0650', end: '0700', era: true },
      { start: '2017', end: '2021', group: 'Office' },
      { start: '2021', end: '2025', group: 'Office' },
    ]);
    const [first, second] = model.eras;
    expect([day(first!.start), day(first!.end), day(second!.start), day(second!.end)]).toEqual(['0600-01-01', '0650-01-01', '0650-01-01', '0701-01-01']);
    expect([first!.row, second!.row]).toEqual([0, 0]);
    const office = model.lanes.find((lane) => lane.name === 'Office')!;
    expect(office.spanRows.flat().map((span) => [day(span.start), day(span.end), span.row])).toEqual([['2017-01-01', '2021-01-01', 0], ['2021-01-01', '2026-01-01', 0]]);
  });

  it('keeps an end inclusive when nothing starts in its period, and keeps real overlaps overlapping', () => {
    const model = modelOf([
      { start: '0600', end: '0650', era: true },
      { start: '0651', end: '0700', era: true },
      { start: '2000-01', end: '2000-06', group: 'A' },
      { start: '2000-03', end: '2000-09', group: 'A' },
      { start: '2001-01-01', end: '2001-02-01', group: 'B' },
      { start: '2001-01-01', end: '2001-01-15', group: 'B' },
    ]);
    expect(model.eras.map((era) => day(era.end))).toEqual(['0651-01-01', '0701-01-01']);
    const a = model.lanes.find((lane) => lane.name === 'A')!;
    // "2000-03" starts before the first span's end month: a true overlap, two rows, June whole.
    expect(a.spanRows.flat().map((span) => [day(span.end), span.row])).toEqual([['2000-07-01', 0], ['2000-10-01', 1]]);
    // Spans starting together never clip each other.
    const b = model.lanes.find((lane) => lane.name === 'B')!;
    expect(b.spanRows.flat().map((span) => day(span.end)).sort()).toEqual(['2001-01-16', '2001-02-02']);
  });
});

describe('prepareModel with more lanes than a chart can show', () => {
  it('draws the first 49 lanes and the rest as one lane, "Other (N lanes)", its events in time order', () => {
    // Lane gN's first event is in year 2000 + N, so "auto" order (by first event) is g0, g1, … g59.
    const events = Array.from({ length: 60 }, (_, index) => ({ start: String(2000 + index), group: `g${index}` }));
    const model = modelOf([...events, { start: '2070', group: 'g3' }, { start: '2060', end: '2061', group: 'g55' }, { start: '2050-06', group: 'g59' }]);
    expect(model.lanes).toHaveLength(50);
    expect(model.lanes.slice(0, 49).map((lane) => lane.name)).toEqual(Array.from({ length: 49 }, (_, index) => `g${index}`));
    const other = model.lanes.at(-1)!;
    expect(other.name).toBe('Other (11 lanes)');
    expect(other.points.map((event) => `${event.group} ${event.start.toISOString().slice(0, 7)}`)).toEqual([
      'g49 2049-01', 'g50 2050-01', 'g59 2050-06', 'g51 2051-01', 'g52 2052-01', 'g53 2053-01', 'g54 2054-01', 'g55 2055-01', 'g56 2056-01', 'g57 2057-01', 'g58 2058-01', 'g59 2059-01',
    ]);
    expect(other.spanRows.flat().map((span) => span.event.group)).toEqual(['g55']);
    expect(model.lanes[3]!.points).toHaveLength(2);
    const byGroup = (group: string) => model.dataset.events.find((event) => event.group === group)!;
    expect([model.laneOf(byGroup('g3')), model.laneOf(byGroup('g48')), model.laneOf(byGroup('g49'))]).toEqual(['g3', 'g48', 'Other (11 lanes)']);
  });

  it('keeps every lane up to 50, and gives each category its slot by lookup', () => {
    const model = modelOf(Array.from({ length: 50 }, (_, index) => ({ start: String(2000 + index), group: `g${index}`, category: `c${index % 14}` })));
    expect(model.lanes.map((lane) => lane.name)).toEqual(Array.from({ length: 50 }, (_, index) => `g${index}`));
    const slots = Object.fromEntries(model.dataset.events.map((event) => [event.category, model.slotOf(event)]));
    // Twelve slots: the first eleven categories their own, the rest share the last ("Other").
    expect(slots).toEqual({ ...Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`c${index}`, index])), c11: 11, c12: 11, c13: 11 });
  });
});
