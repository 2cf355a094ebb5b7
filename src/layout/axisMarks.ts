/**
 * What the axis says about the scale itself: the length of each shortened gap, written under its cut
 * (minor labels that would collide with it give way), and the stretches the density scale draws wider.
 */
import { AXIS_FONT, AXIS_LABEL_GAP, BREAK_LABEL_FONT } from './metrics.js';
import { textWidth } from './textWidth.js';
import type { AxisTicks } from './ticks.js';
import type { TimeScale } from './timeScale.js';
import type { AxisStretch, BreakMark } from './types.js';

/** Font size of a gap's length on the axis. */
const LENGTH_FONT = BREAK_LABEL_FONT;

/**
 * `ticks` with room for each break's `short` length, centred under its cut in the minor row: a break
 * whose length would run into another break's, or out of the plot, keeps its cut only; minor tick
 * labels that would touch a written length are dropped. Sets `showLength` on `breaks`.
 */
export function axisWithBreaks(ticks: AxisTicks, breaks: BreakMark[], plot: { left: number; right: number }, fontSize: number): AxisTicks {
  const gap = AXIS_LABEL_GAP;
  const written: Array<[number, number]> = [];
  for (const mark of breaks) {
    const width = textWidth(mark.short, fontSize * (LENGTH_FONT / AXIS_FONT));
    const middle = (mark.x1 + mark.x2) / 2;
    const box: [number, number] = [middle - width / 2, middle + width / 2];
    const clear = box[0] >= plot.left && box[1] <= plot.right && written.every(([a, b]) => box[1] + gap <= a || box[0] >= b + gap);
    mark.showLength = clear;
    if (clear) written.push(box);
  }
  if (written.length === 0) return ticks;
  const minor = ticks.minor.filter((tick) => {
    const half = textWidth(tick.label, fontSize) / 2;
    return written.every(([a, b]) => tick.x + half + gap <= a || tick.x - half >= b + gap);
  });
  return { ...ticks, minor };
}

/** The least stretch factor worth marking: a stretch drawn at least three times as wide as the quietest. */
const MARKED_FACTOR = 3;

/**
 * The stretches of `scale`'s visible range that its warp draws at least three times as wide (per unit
 * of real time) as the quietest stretch in view, between its pace changes and gaps.
 */
export function stretchesOf(scale: TimeScale): AxisStretch[] {
  const { warp } = scale;
  if (warp.paceChanges.length === 0) return [];
  // The stretches of the view between pace changes and gap edges, in display time, gaps left out.
  const [d0, d1] = scale.domain;
  const inside = (display: number): boolean => display > d0 && display < d1;
  const edges = [d0, ...[...warp.paceChanges, ...warp.gaps.flatMap((gap) => [gap.displayStart, gap.displayEnd])].filter(inside), d1].sort((a, b) => a - b);
  const inGap = (display: number): boolean => warp.gaps.some((gap) => display > gap.displayStart && display < gap.displayEnd);
  const pieces: Array<{ from: number; to: number; slope: number }> = [];
  for (let index = 1; index < edges.length; index++) {
    const [from, to] = [edges[index - 1]!, edges[index]!];
    if (!(to > from) || inGap((from + to) / 2)) continue;
    pieces.push({ from, to, slope: (to - from) / (warp.toTime(to) - warp.toTime(from)) });
  }
  const quietest = Math.min(...pieces.map((piece) => piece.slope));
  const [left, right] = scale.range;
  const stretches: AxisStretch[] = [];
  for (const piece of pieces) {
    const factor = piece.slope / quietest;
    if (!(factor >= MARKED_FACTOR)) continue;
    const x1 = Math.max(left, scale.displayToX(piece.from));
    const x2 = Math.min(right, scale.displayToX(piece.to));
    if (x2 - x1 >= 1) stretches.push({ x1, x2, factor: Math.round(factor) });
  }
  return stretches;
}
