/**
 * Binary search: the first index in the ascending `values[0, length)` whose value is not below
 * `value`, or, with `after`, the first whose value is above it.
 */
export function sortedIndex(values: ArrayLike<number>, value: number, after = false, length = values.length): number {
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
