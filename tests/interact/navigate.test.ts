import { describe, expect, it } from 'vitest';
import { firstEventIn, navigate } from '../../src/interact/navigate.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { parseDataset } from '../../src/model/parseDataset.js';

const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
const model = prepareModel(parseDataset({
  title: 't',
  sources: [source],
  events: [
    { id: 'war', title: 'War', start: '2022-02-24', end: '2025-09-05', era: true },
    { id: 'a1', title: 'A1', start: '2025-01-10', group: 'A' },
    { id: 'a2', title: 'A2', start: '2025-03-01', group: 'A' },
    { id: 'b1', title: 'B1', start: '2025-02-20', group: 'B' },
    { id: 'b2', title: 'B2', start: '2025-02-20', end: '2025-04-01', group: 'B' },
    { id: 'c1', title: 'C1', start: '2025-06-01', group: 'C' },
  ].map((event) => ({ ...event, sources: ['s'] })),
}));

describe('navigate', () => {
  it('walks every event in time order (ties by id), stopping at the ends', () => {
    const visited = ['war'];
    for (let i = 0; i < 6; i++) visited.push(navigate(model, visited[visited.length - 1]!, 'next')!);
    expect(visited).toEqual(['war', 'a1', 'b1', 'b2', 'a2', 'c1', 'c1']);
    expect(navigate(model, 'war', 'previous')).toBe('war');
    expect(navigate(model, 'b2', 'previous')).toBe('b1');
  });

  it('starts from the first event going forward and the last going back when nothing is focused', () => {
    expect(navigate(model, null, 'next')).toBe('war');
    expect(navigate(model, null, 'down')).toBe('war');
    expect(navigate(model, null, 'previous')).toBe('c1');
    expect(navigate(model, null, 'first')).toBe('war');
    expect(navigate(model, 'b1', 'last')).toBe('c1');
  });

  it('moves up and down to the nearest event in time in the next lane that has one; eras are above the first lane', () => {
    expect(navigate(model, 'a2', 'down')).toBe('b2');
    expect(navigate(model, 'a1', 'down')).toBe('b1');
    expect(navigate(model, 'b1', 'up')).toBe('a2');
    expect(navigate(model, 'a1', 'up')).toBe('war');
    expect(navigate(model, 'war', 'down')).toBe('a1');
    expect(navigate(model, 'c1', 'down')).toBe('c1');
  });

  it('finds the first event starting inside a range', () => {
    expect(firstEventIn(model, Date.UTC(2025, 1, 1), Date.UTC(2025, 11, 31))).toBe('b1');
    expect(firstEventIn(model, Date.UTC(2025, 6, 1), Date.UTC(2025, 11, 31))).toBeNull();
  });

  it('has nowhere to go without events', () => {
    const empty = prepareModel(parseDataset({ title: 't', sources: [], events: [] }));
    expect(navigate(empty, null, 'next')).toBeNull();
  });
});
