/**
 * Binary search for the first index in `[low, high)` where `passes` holds, for a `passes` that, once
 * it holds, holds for every later index (`high` when it never does). The one binary search of the
 * code base; {@link sortedIndex} is its inlined form for plain ascending numbers, which sorting
 * 100,000 events and the density scale's map call once per event (a closure per call would be
 * garbage on a first render).
 */
export function firstIndexWhere(low: number, high: number, passes: (index: number) => boolean): number {
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (passes(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * Binary search: the first index in the ascending `values[0, length)` whose value is not below
 * `value`, or, with `after`, the first whose value is above it.
 */
export function sortedIndex(values: ArrayLike<number>, value: number, after?: boolean, length = values.length): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = values[middle]!;
    if (probe < value || (after && probe === value)) low = middle + 1;
    else high = middle;
  }
  return low;
}
