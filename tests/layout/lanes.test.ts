import { describe, expect, it } from 'vitest';
import { laneOrder, packIntervals } from '../../src/layout/lanes.js';
import type { TimelineEvent } from '../../src/types.js';

const event = (id: string, group?: string, era = false): TimelineEvent =>
  ({ id, title: id, start: new Date(0), precision: 'day', importance: 1, sources: ['s'], ...(group ? { group } : {}), ...(era ? { era } : {}) });

describe('packIntervals', () => {
  it('puts overlapping intervals in different rows and reuses a row once it is free', () => {
    expect(packIntervals([
      { start: 0, end: 10 }, { start: 5, end: 15 }, { start: 10, end: 20 }, { start: 12, end: 13 }, { start: 16, end: 30 },
    ])).toEqual([0, 1, 0, 2, 1]);
  });

  it('uses as few rows as the deepest overlap needs', () => {
    const intervals = Array.from({ length: 50 }, (_, i) => ({ start: i, end: i + 3 }));
    expect(Math.max(...packIntervals(intervals)) + 1).toBe(3);
  });

  it('lets an interval that ends where the next starts share its row, and zero-length ones too', () => {
    expect(packIntervals([{ start: 0, end: 5 }, { start: 5, end: 9 }, { start: 9, end: 9 }])).toEqual([0, 0, 0]);
  });
});

describe('laneOrder', () => {
  const events = [event('a', 'War'), event('b', 'Diplomacy'), event('c'), event('d', 'War'), event('e', 'Eras', true)];

  it('orders groups by their first event and puts ungrouped events in "Events"; eras get no lane', () => {
    expect(laneOrder(events)).toEqual(['War', 'Diplomacy', 'Events']);
  });

  it('follows an explicit order and appends groups it does not name, so no event is lost', () => {
    expect(laneOrder(events, ['Diplomacy', 'Economy'])).toEqual(['Diplomacy', 'Economy', 'War', 'Events']);
  });
});
