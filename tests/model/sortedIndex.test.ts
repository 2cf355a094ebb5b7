import { describe, expect, it } from 'vitest';
import { sortedIndex } from '../../src/model/sortedIndex.js';

describe('sortedIndex', () => {
  it('finds the first position not below a value, or above it with after, within a length', () => {
    const values = Float64Array.from([1, 3, 3, 3, 7, 99]);
    expect(sortedIndex(values, 3)).toBe(1);
    expect(sortedIndex(values, 3, true)).toBe(4);
    expect(sortedIndex(values, 0)).toBe(0);
    expect(sortedIndex(values, 100)).toBe(6);
    expect(sortedIndex(values, 50, false, 5)).toBe(5);
    expect(sortedIndex([], 1)).toBe(0);
  });
});
