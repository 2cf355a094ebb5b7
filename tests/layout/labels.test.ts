import { describe, expect, it } from 'vitest';
import { labelTextOf, MIN_CUT_CHARACTERS } from '../../src/layout/labelText.js';
import { footprintFits, fullFootprints, labelInterval, type LabelRoom, placeInsideLabel, placeMarkerLabel } from '../../src/layout/labels.js';
import { RowOccupancy } from '../../src/layout/rowOccupancy.js';
import { METRICS } from '../../src/layout/metrics.js';
import { textWidth } from '../../src/layout/textWidth.js';
import type { TimelineEvent } from '../../src/types.js';

const bounds = { left: 0, right: 1000 };
const event = (title: string, approximate = false): TimelineEvent =>
  ({ id: title.toLowerCase().replace(/\W+/g, '-'), title, start: new Date(0), precision: 'day', importance: 2, sources: ['s'], ...(approximate ? { approximate } : {}) }) as TimelineEvent;
const room = (lines = 2): LabelRoom => ({ occupancy: new RowOccupancy(lines), lines, bounds });
const place = (where: LabelRoom, line: number, title: string, x: number) =>
  placeMarkerLabel(where, line, title, labelTextOf(event(title), METRICS.labelFont), x, undefined, METRICS.labelFont);
/** The label's horizontal extent as drawn. */
const extent = (label: { x: number; width: number; anchor: 'start' | 'end' }): [number, number] => (label.anchor === 'start' ? [label.x, label.x + label.width] : [label.x - label.width, label.x]);

describe('placeMarkerLabel', () => {
  it('puts a label that fits to the right of its marker, whole, on one line', () => {
    const label = place(room(), 0, 'Paris summit', 100)!;
    expect(label).toMatchObject({ anchor: 'start', text: 'Paris summit', lines: ['Paris summit'], truncated: false });
    expect(extent(label)[0]).toBeGreaterThan(100 + METRICS.markerRadius);
  });

  it('flips to the left near the right edge: the label ends left of its marker and inside the plot', () => {
    const label = place(room(), 0, 'Vladivostok remarks', 990)!;
    expect(label.anchor).toBe('end');
    const [from, to] = extent(label);
    expect(to).toBeLessThan(990 - METRICS.markerRadius);
    expect(from).toBeGreaterThanOrEqual(bounds.left);
    expect(label.truncated).toBe(false);
  });

  it('takes a second line before it cuts a title, each line beside the marker and clear of what is in the way', () => {
    const where = room(2);
    const title = 'Coalition of the willing summit in Paris';
    const full = textWidth(title, METRICS.labelFont);
    // Something at 150 px right of the marker on its line: one line does not fit, two do (the line below is free).
    where.occupancy.take(0, 250, 260);
    where.occupancy.take(0, 0, 90);
    const label = place(where, 0, title, 100)!;
    expect(label.truncated).toBe(false);
    expect(label.lines).toHaveLength(2);
    expect(label.lines.join(' ')).toBe(title);
    expect(label.width).toBeLessThan(full);
    const [from, to] = extent(label);
    expect(from).toBeGreaterThan(100);
    expect(to).toBeLessThanOrEqual(250);
    // Both lines are now taken there.
    expect(where.occupancy.fits(1, from + 1, to - 1)).toBe(false);
  });

  it('cuts a title only to its first 24 characters or more, and shows nothing rather than less', () => {
    const title = 'Rutte: Russia has no veto on troops in Ukraine';
    const cutRoom = room(1);
    cutRoom.occupancy.take(0, 300, 310);
    cutRoom.occupancy.take(0, 0, 90);
    const cut = place(cutRoom, 0, title, 100)!;
    expect(cut.truncated).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect([...cut.text].length - 1).toBeGreaterThanOrEqual(MIN_CUT_CHARACTERS);
    expect(extent(cut)[1]).toBeLessThanOrEqual(300);
    const tight = room(1);
    tight.occupancy.take(0, 160, 170);
    tight.occupancy.take(0, 0, 90);
    expect(place(tight, 0, title, 100)).toBeNull();
  });

  it('makes later labels route around earlier ones: no two overlap on a line', () => {
    const where = room(1);
    const first = place(where, 0, 'First label', 300)!;
    const second = place(where, 0, 'A much longer second label that would run on', 100);
    if (second) {
      const [a0, a1] = extent(first);
      const [b0, b1] = extent(second);
      expect(b1 <= a0 || b0 >= a1).toBe(true);
    }
  });

  it('keeps the intended shape when it still fits', () => {
    const where = room(2);
    const label = placeMarkerLabel(where, 0, 'a', labelTextOf(event('Short'), METRICS.labelFont), 500, { side: 'end', lines: 1, width: textWidth('Short', METRICS.labelFont) }, METRICS.labelFont)!;
    expect(label.anchor).toBe('end');
  });
});

describe('label footprints', () => {
  it('offer one line on either side, then two lines, and only two for a title wider than a line may be', () => {
    const short = [...fullFootprints(labelTextOf(event("Short title"), METRICS.labelFont))];
    expect(short.map((shape) => `${shape.side}:${shape.lines}`)).toEqual(['start:1', 'end:1', 'start:2', 'end:2']);
    const long = labelTextOf(event('Abcdefghijklm Nopqrstuvwxyz Abcdefghijklm Nopqrstuvwxyz'), METRICS.labelFont);
    expect(long.width).toBeGreaterThan(METRICS.maxLabelWidth);
    expect([...fullFootprints(long)].every((shape) => shape.lines === 2)).toBe(true);
  });

  it('fit only inside the plot and the lane', () => {
    const where = room(1);
    const shape = { side: 'start' as const, lines: 1 as const, width: 50 };
    expect(footprintFits(where, 0, 100, shape)).toBe(true);
    expect(footprintFits(where, 0, 980, shape)).toBe(false);
    expect(footprintFits(where, 0, 100, { ...shape, lines: 2 })).toBe(false);
    expect(footprintFits(where, 0, 30, { ...shape, side: 'end' })).toBe(false);
    const [from, to] = labelInterval(100, 'start', 50);
    expect(from).toBeGreaterThan(100);
    expect(to - from).toBeGreaterThan(50);
  });
});

describe('placeInsideLabel', () => {
  it('fits a span label inside its bar, or hides it when the bar is too narrow', () => {
    const label = placeInsideLabel('war', 'span', 'Separatist war in eastern Ukraine', 10, 110, 30, METRICS.smallFont)!;
    expect(label.x + label.width).toBeLessThanOrEqual(110);
    expect(label.truncated).toBe(true);
    expect(placeInsideLabel('war', 'span', 'Separatist war', 10, 30, 30, METRICS.smallFont)).toBeNull();
  });
});
