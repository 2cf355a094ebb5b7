import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/model/idTable.js';

describe('IdTable', () => {
  it('finds every inserted id and reports the first position of a repeated one', () => {
    const ids = Array.from({ length: 5000 }, (_, index) => `event-${index}`);
    const table = new IdTable(ids.length + 1, (position) => ids[position] ?? 'event-0');
    ids.forEach((id, position) => expect(table.insert(id, position)).toBe(-1));
    ids.forEach((id, position) => expect(table.find(id)).toBe(position));
    expect(table.insert('event-42', 5000)).toBe(42);
    expect(table.find('event-5000')).toBe(-1);
  });

  it('tells apart ids that share a slot, including the empty id and non-ASCII ids', () => {
    // A table of 8 slots holding 4 ids: collisions are certain, lookups must still be exact.
    const ids = ['', 'a', 'Київ', 'キーウ'];
    const table = new IdTable(ids.length, (position) => ids[position]!);
    ids.forEach((id, position) => table.insert(id, position));
    ids.forEach((id, position) => expect(table.find(id)).toBe(position));
    expect(table.find('b')).toBe(-1);
    expect(table.find('Киев')).toBe(-1);
  });
});
