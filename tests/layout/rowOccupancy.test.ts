import { describe, expect, it } from 'vitest';
import { RowOccupancy } from '../../src/layout/rowOccupancy.js';

/** The plain reading of what is taken: every interval kept as given, checked one by one. */
class Naive {
  readonly taken: Array<[number, number]> = [];
  fits(x1: number, x2: number): boolean {
    return x1 <= x2 && this.taken.every(([a, b]) => x2 <= a || x1 >= b);
  }
  take(x1: number, x2: number): void {
    if (x1 <= x2) this.taken.push([x1, x2]);
  }
  freeAround(x: number, min: number, max: number): [number, number] {
    let [left, right] = [min, max];
    for (const [a, b] of this.taken) {
      if (b <= x) left = Math.max(left, b);
      else if (a >= x) right = Math.min(right, a);
      else return [x, x];
    }
    return [left, right];
  }
}

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('RowOccupancy', () => {
  it('answers as the plain reading does, whatever is taken in whatever order', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const next = random(seed);
      const rows = new RowOccupancy(1);
      const naive = new Naive();
      for (let step = 0; step < 60; step++) {
        const x1 = Math.round(next() * 1000);
        const x2 = x1 + Math.round(next() * 80);
        // Some intervals are taken whatever is there (clusters are), most only where they fit.
        if (next() < 0.3 || rows.fits(0, x1, x2)) {
          rows.take(0, x1, x2);
          naive.take(x1, x2);
        }
        const [a, b] = [Math.round(next() * 1000), Math.round(next() * 1000)];
        expect(rows.fits(0, Math.min(a, b), Math.max(a, b)), `seed ${seed} step ${step}`).toBe(naive.fits(Math.min(a, b), Math.max(a, b)));
        const x = next() * 1000;
        expect(rows.freeAround(0, x, 0, 1000)).toEqual(naive.freeAround(x, 0, 1000));
      }
    }
  });

  it('lets intervals touch, never overlap, and refuses NaN', () => {
    const rows = new RowOccupancy(2);
    rows.take(0, 10, 20);
    expect(rows.fits(0, 20, 30)).toBe(true);
    expect(rows.fits(0, 0, 10)).toBe(true);
    expect(rows.fits(0, 19, 25)).toBe(false);
    expect(rows.fits(0, 12, 14)).toBe(false);
    expect(rows.fits(0, Number.NaN, 5)).toBe(false);
    expect(rows.fits(1, 12, 14)).toBe(true);
    expect(rows.freeAround(0, 15, 0, 100)).toEqual([15, 15]);
    expect(rows.freeAround(0, 50, 0, 100)).toEqual([20, 100]);
    // A row that does not exist takes nothing and fits everything.
    expect(rows.fits(5, 0, 1)).toBe(true);
  });
});
