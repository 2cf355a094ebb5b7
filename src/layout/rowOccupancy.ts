/**
 * What is taken in each row (marker line) of a lane: markers, clusters and labels as [x1, x2]
 * intervals. Labels are placed only into free space, which is what guarantees they never overlap each
 * other or a mark.
 */

/**
 * The first index in `[0, pairs / 2)` whose interval ends after `x` (intervals sorted and disjoint, so
 * their ends increase too); the count of intervals when none does.
 */
function firstEndingAfter(taken: readonly number[], x: number): number {
  let low = 0;
  let high = taken.length >> 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (taken[2 * middle + 1]! > x) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Rows of taken intervals, each kept sorted and disjoint so that every question is a binary search. */
export class RowOccupancy {
  // Each row's intervals as flat pairs (start, end, start, end …), sorted by start and not
  // overlapping: doubles in one array, no tuple per interval. A dense frame asks thousands of questions.
  // Declared, not defined: the constructor creates it.
  private declare readonly rows: number[][];

  /** Creates `count` empty rows. */
  constructor(count: number) {
    this.rows = Array.from({ length: count }, () => []);
  }

  /** Whether [x1, x2] touches nothing in `row` (touching an end is allowed). A NaN coordinate never fits. */
  fits(row: number, x1: number, x2: number): boolean {
    if (!(x1 <= x2)) return false;
    const taken = this.rows[row];
    if (!taken) return true;
    const index = firstEndingAfter(taken, x1);
    return index === taken.length >> 1 || taken[2 * index]! >= x2;
  }

  /** Marks [x1, x2] as taken in `row`; intervals it overlaps become one. An interval with a NaN end is ignored. */
  take(row: number, x1: number, x2: number): void {
    const taken = this.rows[row];
    if (!taken || !(x1 <= x2)) return;
    const first = firstEndingAfter(taken, x1);
    let last = first;
    let start = x1;
    let end = x2;
    // Every interval from `first` on that starts before `x2` overlaps: they merge into one.
    while (last < taken.length >> 1 && taken[2 * last]! < x2) {
      start = Math.min(start, taken[2 * last]!);
      end = Math.max(end, taken[2 * last + 1]!);
      last++;
    }
    taken.splice(2 * first, 2 * (last - first), start, end);
  }

  /** The free stretch of `row` around `x`, within [min, max]: from the nearest taken end left of it to the nearest taken start right of it; [x, x] when `x` is inside a taken interval. */
  freeAround(row: number, x: number, min: number, max: number): [number, number] {
    const taken = this.rows[row] ?? [];
    const index = firstEndingAfter(taken, x);
    if (index < taken.length >> 1 && taken[2 * index]! < x) return [x, x];
    const left = index > 0 ? Math.max(min, taken[2 * index - 1]!) : min;
    const right = index < taken.length >> 1 ? Math.min(max, taken[2 * index]!) : max;
    return [left, right];
  }
}
