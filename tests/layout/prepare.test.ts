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
