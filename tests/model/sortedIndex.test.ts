import { describe, expect, it } from 'vitest';
import { firstIndexWhere, sortedIndex } from '../../src/model/sortedIndex.js';

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

describe('firstIndexWhere', () => {
  it('finds the first index in the range where the test starts to hold, or the range end', () => {
    const values = [1, 3, 3, 5, 8];
    for (let threshold = 0; threshold <= 9; threshold++) {
      const expected = values.findIndex((value) => value >= threshold);
      expect(firstIndexWhere(0, values.length, (index) => values[index]! >= threshold)).toBe(expected < 0 ? values.length : expected);
    }
    // Within a sub-range only.
    expect(firstIndexWhere(2, 4, (index) => values[index]! >= 1)).toBe(2);
    expect(firstIndexWhere(2, 4, (index) => values[index]! > 100)).toBe(4);
    expect(firstIndexWhere(3, 3, () => true)).toBe(3);
  });
});
