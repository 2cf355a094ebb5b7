import { METRICS } from './metrics.js';
import { textWidth, truncateToWidth } from './textWidth.js';
import type { LabelBox } from './types.js';

/**
 * What is taken in each row of a lane: markers, clusters and labels as [x1, x2] intervals. Labels are
 * placed only into free space, which is what guarantees they never overlap each other or a mark.
 */
export class RowOccupancy {
  // Each row's taken intervals as flat pairs (start, end, start, end …): doubles in one array, no
  // tuple per interval, and plain loops, which a first render runs thousands of times.
  private readonly rows: number[][];

  /** Creates `count` empty rows. */
  constructor(count: number) {
    this.rows = Array.from({ length: count }, () => []);
  }

  /** Whether [x1, x2] touches nothing in `row`. */
  fits(row: number, x1: number, x2: number): boolean {
    const taken = this.rows[row];
    if (!taken) return true;
    for (let index = 0; index < taken.length; index += 2) {
      // Written as "not clear of it" so that a NaN coordinate never fits, as before.
      if (!(x2 <= taken[index]! || x1 >= taken[index + 1]!)) return false;
    }
    return true;
  }

  /** Marks [x1, x2] as taken in `row`. */
  take(row: number, x1: number, x2: number): void {
    this.rows[row]?.push(x1, x2);
  }

  /** The free stretch of `row` around `x`: from the nearest taken end left of it to the nearest taken start right of it. */
  freeAround(row: number, x: number, min: number, max: number): [number, number] {
    let left = min;
    let right = max;
    const taken = this.rows[row] ?? [];
    for (let index = 0; index < taken.length; index += 2) {
      const a = taken[index]!;
      const b = taken[index + 1]!;
      if (b <= x) left = Math.max(left, b);
      else if (a >= x) right = Math.min(right, a);
      else return [x, x];
    }
    return [left, right];
  }
}

/**
 * Places a label beside a marker at (`x`, `y`) in `row`: to the right when it fits (whole or
 * truncated to at least the minimum width), else to the left, else not at all. The label's interval
 * is then taken, so later (less important) labels route around it.
 */
export function placeMarkerLabel(
  occupancy: RowOccupancy,
  row: number,
  label: { id: string; text: string; x: number; y: number },
  bounds: { left: number; right: number },
): LabelBox | null {
  const { labelFont, markerRadius, labelGap, minLabelWidth, maxLabelWidth } = METRICS;
  const offset = markerRadius + labelGap - 1;
  const full = textWidth(label.text, labelFont);
  const sides = [
    { anchor: 'start' as const, from: label.x + offset },
    { anchor: 'end' as const, from: label.x - offset },
  ];
  for (const side of sides) {
    const [free1, free2] = occupancy.freeAround(row, side.from, bounds.left, bounds.right);
    const room = (side.anchor === 'start' ? free2 - side.from : side.from - free1) - labelGap;
    const budget = Math.min(room, maxLabelWidth);
    if (budget < Math.min(full, minLabelWidth)) continue;
    const text = full <= budget ? label.text : truncateToWidth(label.text, budget, labelFont);
    if (text === '') continue;
    const width = textWidth(text, labelFont);
    const x1 = side.anchor === 'start' ? side.from : side.from - width;
    occupancy.take(row, x1 - 1, x1 + width + 1);
    return { id: label.id, kind: 'point', x: side.from, y: label.y, anchor: side.anchor, text, width, truncated: text !== label.text };
  }
  return null;
}

/** A label inside a bar (spans) or a band (eras): truncated to the visible width, or `null` when too narrow. */
export function placeInsideLabel(
  id: string,
  kind: 'span' | 'era',
  text: string,
  box: { x1: number; x2: number; baseline: number },
): LabelBox | null {
  const inset = 4;
  const budget = box.x2 - box.x1 - 2 * inset;
  if (budget < METRICS.minLabelWidth) return null;
  const shown = truncateToWidth(text, Math.min(budget, METRICS.maxLabelWidth * 2), METRICS.smallFont);
  if (shown === '') return null;
  return {
    id, kind, x: box.x1 + inset, y: box.baseline, anchor: 'start', text: shown,
    width: textWidth(shown, METRICS.smallFont), truncated: shown !== text,
  };
}
