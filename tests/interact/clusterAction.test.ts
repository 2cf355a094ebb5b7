import { describe, expect, it } from 'vitest';
import { clusterAction } from '../../src/interact/clusterAction.js';
import type { TimelineEvent } from '../../src/types.js';

const HOUR = 3_600_000;
const event = (id: string, iso: string, precision: TimelineEvent['precision']): TimelineEvent =>
  ({ id, title: id, start: new Date(iso), precision, importance: 1, sources: ['s'] });

describe('clusterAction', () => {
  it('zooms to the whole days of day-precision events, padded, so they can spread apart', () => {
    const action = clusterAction([event('a', '2025-09-04T00:00:00Z', 'day'), event('b', '2025-09-04T00:00:00Z', 'day')], HOUR, 800, (time) => time);
    expect(action.kind).toBe('zoom');
    if (action.kind !== 'zoom') return;
    expect(action.range[0]).toBeLessThan(Date.parse('2025-09-04T00:00:00Z'));
    expect(action.range[1]).toBeGreaterThan(Date.parse('2025-09-05T00:00:00Z'));
  });

  it('lists events seconds apart, which even a one-hour view cannot show apart', () => {
    const events = ['00', '02', '04'].map((s, i) => event(`m${i}`, `2025-09-05T09:30:${s}Z`, 'minute'));
    const action = clusterAction(events, HOUR, 800, (time) => time);
    expect(action).toMatchObject({ kind: 'list', events });
    // Its events as given (the cluster's, in time order), whatever it does: the keyboard goes to the first when it opens.
    expect(clusterAction([events[1]!, events[2]!], HOUR, 800, (time) => time).events).toEqual([events[1], events[2]]);
    expect(clusterAction(['30', '40'].map((m, i) => event(`z${i}`, `2025-09-05T09:${m}:00Z`, 'minute')), HOUR, 800, (time) => time).events.map((e) => e.id)).toEqual(['z0', 'z1']);
  });

  it('zooms to events minutes apart, which an hour-wide view separates', () => {
    const events = ['30', '40', '50'].map((m, i) => event(`m${i}`, `2025-09-05T09:${m}:00Z`, 'minute'));
    expect(clusterAction(events, HOUR, 800, (time) => time).kind).toBe('zoom');
  });

  it('handles a cluster of 200,000 events (more than a function call takes as arguments)', () => {
    const day = event('d', '2025-09-04T00:00:00Z', 'day');
    const last = event('z', '2025-12-31T00:00:00Z', 'day');
    const events = [...Array.from({ length: 200_000 }, () => day), last];
    const action = clusterAction(events, HOUR, 800, (time) => time);
    expect(action.kind).toBe('zoom');
    if (action.kind === 'zoom') expect(action.range[1]).toBeGreaterThan(Date.parse('2026-01-01T00:00:00Z'));
  });
});

describe('clusterAction across a shortened gap', () => {
  it('measures in display time: a cluster either side of a break zooms to the break’s width, not its decades', () => {
    // 1953 and 2014 with the sixty years between them shortened to one day of display time.
    const gapStart = Date.parse('1953-07-28T00:00:00Z');
    const gapEnd = Date.parse('2014-03-18T00:00:00Z');
    const day = 86_400_000;
    const toDisplay = (time: number): number => (time < gapStart ? time : time >= gapEnd ? time - (gapEnd - gapStart) + day : gapStart + ((time - gapStart) / (gapEnd - gapStart)) * day);
    const events = [event('armistice', '1953-07-27T00:00:00Z', 'day'), event('crimea', '2014-03-18T00:00:00Z', 'day')];
    const action = clusterAction(events, HOUR, 800, toDisplay);
    expect(action.kind).toBe('zoom');
    if (action.kind !== 'zoom') return;
    // Three days of display time, padded: the two events come apart, and the view stays near them.
    expect(action.range[1] - action.range[0]).toBeLessThan(5 * day);
    expect(action.range[0]).toBeGreaterThan(Date.parse('1953-07-20T00:00:00Z'));
  });
});
