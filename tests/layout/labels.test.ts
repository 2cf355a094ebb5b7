import { describe, expect, it } from 'vitest';
import { placeInsideLabel, placeMarkerLabel, RowOccupancy } from '../../src/layout/labels.js';
import { textWidth } from '../../src/layout/textWidth.js';

const bounds = { left: 0, right: 1000 };

describe('placeMarkerLabel', () => {
  it('puts a label that fits to the right of its marker, whole', () => {
    const occupancy = new RowOccupancy(1);
    const label = placeMarkerLabel(occupancy, 0, { id: 'a', text: 'Paris summit', x: 100, y: 20 }, bounds);
    expect(label).toMatchObject({ anchor: 'start', text: 'Paris summit', truncated: false });
    expect(label!.x).toBeGreaterThan(100);
  });

  it('truncates with an ellipsis before the next obstacle, and never overlaps it', () => {
    const occupancy = new RowOccupancy(1);
    occupancy.take(0, 190, 200);
    const label = placeMarkerLabel(occupancy, 0, { id: 'a', text: 'Coalition of the willing summit in Paris', x: 100, y: 20 }, bounds)!;
    expect(label.text.endsWith('…')).toBe(true);
    expect(label.x + textWidth(label.text, 12)).toBeLessThanOrEqual(190);
  });

  it('flips to the left near the right edge, and gives up when there is no room either side', () => {
    const occupancy = new RowOccupancy(1);
    const left = placeMarkerLabel(occupancy, 0, { id: 'a', text: 'Vladivostok', x: 990, y: 20 }, bounds);
    expect(left).toMatchObject({ anchor: 'end', text: 'Vladivostok' });
    const crowded = new RowOccupancy(1);
    crowded.take(0, 90, 96);
    crowded.take(0, 104, 110);
    expect(placeMarkerLabel(crowded, 0, { id: 'b', text: 'Squeezed', x: 100, y: 20 }, bounds)).toBeNull();
  });

  it('makes later labels route around earlier ones', () => {
    const occupancy = new RowOccupancy(1);
    const first = placeMarkerLabel(occupancy, 0, { id: 'a', text: 'First label', x: 300, y: 20 }, bounds)!;
    const second = placeMarkerLabel(occupancy, 0, { id: 'b', text: 'A much longer second label that would run on', x: 100, y: 20 }, bounds)!;
    expect(second.anchor).toBe('start');
    expect(second.truncated).toBe(true);
    expect(second.x + second.width).toBeLessThan(first.x);
  });
});

describe('placeInsideLabel', () => {
  it('fits a span label inside its bar, or hides it when the bar is too narrow', () => {
    const label = placeInsideLabel('war', 'span', 'Separatist war in eastern Ukraine', { x1: 10, x2: 110, baseline: 30 })!;
    expect(label.x + label.width).toBeLessThanOrEqual(110);
    expect(label.truncated).toBe(true);
    expect(placeInsideLabel('war', 'span', 'Separatist war', { x1: 10, x2: 30, baseline: 30 })).toBeNull();
  });
});
