import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asFetched, syntheticDataset } from '../../bench/synthetic.mjs';
import { parseDataset } from '../../src/model/parseDataset.js';

describe('the bench\'s synthetic datasets', () => {
  it('dates the timestamped kind by the minute, as wire feeds write it, in bursts of hours over 2015–2025', () => {
    const input = syntheticDataset({ count: 2000, seed: 4, kind: 'timestamps' });
    const dataset = parseDataset(input);
    expect(dataset.events).toHaveLength(2000);
    expect(dataset.events.every((event) => event.precision === 'minute')).toBe(true);
    const starts = input.events.map((event) => event.start as string);
    // Three written forms: minutes in UTC, seconds in UTC, and a local offset.
    expect(starts.filter((start) => /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/.test(start)).length).toBeGreaterThan(1000);
    expect(starts.filter((start) => /T\d\d:\d\d:\d\dZ$/.test(start)).length).toBeGreaterThan(250);
    expect(starts.filter((start) => /[+-]\d\d:\d\d$/.test(start)).length).toBeGreaterThan(250);
    const times = dataset.events.map((event) => event.start.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.UTC(2015, 0, 1));
    expect(Math.max(...times)).toBeLessThan(Date.UTC(2026, 0, 1));
    // Bursty: half the events have a neighbour in time within an hour.
    const closeNeighbours = times.filter((time, index) => index > 0 && time - times[index - 1]! < 3_600_000).length;
    expect(closeNeighbours).toBeGreaterThan(1000);
    // About 15% spans, of a day to about four years.
    const spans = dataset.events.filter((event) => event.end);
    expect(spans.length).toBeGreaterThan(200);
    expect(spans.length).toBeLessThan(400);
    for (const span of spans) {
      expect(span.end!.getTime() - span.start.getTime()).toBeGreaterThanOrEqual(86_400_000);
      expect(span.end!.getTime() - span.start.getTime()).toBeLessThanOrEqual(1500 * 86_400_000);
    }
  });

  it('gives the bench its data as a page fetches it: the same dataset, a new copy parsed from JSON', () => {
    const dataset = syntheticDataset({ count: 50, seed: 4, kind: 'timestamps' });
    const fetched = asFetched(dataset);
    expect(fetched).toEqual(dataset);
    expect(fetched).not.toBe(dataset);
    expect(fetched.events[0]).not.toBe(dataset.events[0]);
  });

  it('keeps the calendar-day kind as it was, and both the same for the same seed', () => {
    // The events the generator gave before it had kinds (15e3228), so earlier bench figures compare.
    const before = syntheticDataset({ count: 1000, seed: 1 });
    expect(before.events.slice(0, 2)).toEqual([
      { id: 'e0', title: 'In region protest mayor first sanctions emergency', start: '2015-11-04', group: 'Conflict', category: 'announcement', importance: 2, sources: ['synthetic'] },
      { id: 'e1', title: 'Over bank protest strike with rates treaty inquiry energy union', start: '2006-05-21', end: '2006-06-09', group: 'Conflict', category: 'announcement', importance: 1, sources: ['synthetic'] },
    ]);
    expect(createHash('sha256').update(JSON.stringify(before)).digest('hex')).toBe('d6ea8eb09d7fd3857f196ffbc8a8cd599bf78aa6e22dc25bfcb28d7f9993d01b');
    const days = parseDataset(syntheticDataset({ count: 500, seed: 2 }));
    expect(days.events.every((event) => event.precision === 'day')).toBe(true);
    expect(syntheticDataset({ count: 300, seed: 9, kind: 'timestamps' })).toEqual(syntheticDataset({ count: 300, seed: 9, kind: 'timestamps' }));
    expect(syntheticDataset({ count: 300, seed: 9 })).toEqual(syntheticDataset({ count: 300, seed: 9, kind: 'days' }));
    expect(() => syntheticDataset({ count: 3, kind: 'hours' as 'days' })).toThrow(/kind must be 'days' or 'timestamps'/);
  });
});
