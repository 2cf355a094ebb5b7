import { LABEL_GAP, MARKER_RADIUS, MAX_LABEL_WIDTH, MIN_LABEL_WIDTH, ROW_HEIGHT } from './metrics.js';
import { cutToWidth, type LabelText } from './labelText.js';
import { textWidth, truncateToWidth } from './textWidth.js';
import { RowOccupancy } from './rowOccupancy.js';
import type { LabelBox } from './types.js';

/** A shape a label can take beside its marker: which side, on how many lines, how wide. */
export interface LabelFootprint {
  /** `start`: to the right of the marker; `end`: to the left. */
  side: 'start' | 'end';
  /** One line, or two (the marker's line and the one below). */
  lines: 1 | 2;
  /** Width of the text in px. */
  width: number;
}

/** Where a label of `width` px starts and ends beside a marker at `x` on `side`, with the gap kept after it. */
export function labelInterval(x: number, side: 'start' | 'end', width: number): [number, number] {
  const offset = MARKER_RADIUS + LABEL_GAP - 1;
  return side === 'start' ? [x + offset - 1, x + offset + width + LABEL_GAP] : [x - offset - width - LABEL_GAP, x - offset + 1];
}

/** The shapes a label's text can take whole, in order of preference: one line right, one line left, two lines right, two lines left. */
export function* fullFootprints(text: LabelText): Generator<LabelFootprint> {
  if (text.width <= MAX_LABEL_WIDTH) yield* [{ side: 'start', lines: 1, width: text.width }, { side: 'end', lines: 1, width: text.width }] as const;
  // Asked for only when one line did not do: the split into two lines is worked out then.
  if (text.wrapped && text.wrappedWidth <= MAX_LABEL_WIDTH) yield* [{ side: 'start', lines: 2, width: text.wrappedWidth }, { side: 'end', lines: 2, width: text.wrappedWidth }] as const;
}

/** Where a lane's labels may go: its lines' occupancy, how many lines it has, and the plot's edges. */
export interface LabelRoom {
  occupancy: RowOccupancy;
  lines: number;
  bounds: { left: number; right: number };
}

/** Whether a label of `shape` beside a marker at `x` in `line` touches nothing and stays inside the plot and the lane. */
export function footprintFits(room: LabelRoom, line: number, x: number, shape: LabelFootprint): boolean {
  const [x1, x2] = labelInterval(x, shape.side, shape.width);
  if (x1 < room.bounds.left || x2 > room.bounds.right + LABEL_GAP || line + shape.lines > room.lines) return false;
  return room.occupancy.fits(line, x1, x2) && (shape.lines === 1 || room.occupancy.fits(line + 1, x1, x2));
}

/**
 * Places the label of the marker of event `id` at `x` in `line` (the box's `y` is that line, for the
 * caller to turn into a baseline), taking the first that fits of:
 * the shape it was given room for (`intended`), its whole text on one line (right, then left) or on two lines,
 * and last its text cut to the room there is (keeping at least its first 24 characters). The
 * label's lines are then taken, so later (less important) labels route around it; `null` when
 * nothing fits.
 */
export function placeMarkerLabel(
  room: LabelRoom,
  line: number,
  id: string,
  text: LabelText,
  x: number,
  intended: LabelFootprint | undefined,
  labelFont: number,
): LabelBox | null {
  let shape = intended && footprintFits(room, line, x, intended) ? intended : undefined;
  for (const candidate of shape ? [] : fullFootprints(text)) {
    if (footprintFits(room, line, x, candidate)) {
      shape = candidate;
      break;
    }
  }
  const box = (side: 'start' | 'end', lines: string[], width: number, truncated: boolean): LabelBox => {
    const [x1, x2] = labelInterval(x, side, width);
    for (let row = line; row < line + lines.length; row++) room.occupancy.take(row, x1, x2);
    const offset = MARKER_RADIUS + LABEL_GAP - 1;
    return labelBox(id, 'point', side === 'start' ? x + offset : x - offset, line, side, lines, width, truncated, text.strong);
  };
  if (shape) return box(shape.side, shape.lines === 1 ? [text.text] : [...text.wrapped!], shape.width, false);
  // Cut on one line: to the room on either side, whichever keeps more of the title.
  let best: { side: 'start' | 'end'; text: string; width: number } | null = null;
  for (const side of ['start', 'end'] as const) {
    const [from] = labelInterval(x, side, 0);
    const [left, right] = room.occupancy.freeAround(line, side === 'start' ? from + 1 : from - 1, room.bounds.left, room.bounds.right + LABEL_GAP);
    const space = Math.min(MAX_LABEL_WIDTH, (side === 'start' ? right - from : from - left) - 2 * LABEL_GAP);
    const cut = space > 0 ? cutToWidth(text.text, space, labelFont, text.strong) : null;
    if (cut && (!best || cut.length > best.text.length)) best = { side, text: cut, width: textWidth(cut, labelFont, text.strong) };
  }
  return best ? box(best.side, [best.text], best.width, true) : null;
}

/**
 * A label inside a bar (spans) or a band (eras) from `x1` to `x2`, on `baseline`: truncated to the
 * visible width, or `null` when too narrow.
 */
export function placeInsideLabel(
  id: string,
  kind: 'span' | 'era',
  text: string,
  x1: number,
  x2: number,
  baseline: number,
  fontSize: number,
): LabelBox | null {
  const inset = 4;
  const budget = x2 - x1 - 2 * inset;
  if (budget < MIN_LABEL_WIDTH) return null;
  const shown = truncateToWidth(text, Math.min(budget, MAX_LABEL_WIDTH * 2), fontSize);
  if (shown === '') return null;
  return labelBox(id, kind, x1 + inset, baseline, 'start', [shown], textWidth(shown, fontSize), shown !== text);
}

/** A label's box: its lines (one, or a title on two, a marker line apart) as written at `x` and baseline `y`. */
export function labelBox(
  id: string, kind: LabelBox['kind'], x: number, y: number, anchor: 'start' | 'end', lines: string[], width: number, truncated: boolean, strong = false,
): LabelBox {
  return { id, kind, x, y, anchor, text: lines.join(' '), lines, lineHeight: ROW_HEIGHT, width, truncated, strong };
}
