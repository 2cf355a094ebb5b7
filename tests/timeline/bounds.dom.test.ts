import { afterEach, describe, expect, it, vi } from 'vitest';
import { AXIS_HEIGHT, LANE_PADDING, MAX_LINES, NAME_STRIP, ROW_HEIGHT } from '../../src/layout/metrics.js';
import { useMount } from '../support/mount.js';

const mount = useMount();
afterEach(() => vi.restoreAllMocks());
const source = { id: 's', publisher: 'p', title: 't', published: '2025' };

describe('a dataset past the bounds a chart can draw', () => {
  it('draws 2,000 one-event lanes and categories as 50 lanes and a 12-entry legend ending in "Other (N categories)", each fold named where it is drawn', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const events = Array.from({ length: 2000 }, (_, index) => ({
      id: `e${index}`, title: `Event ${index}`, start: `2025-01-01T00:${String(index % 60).padStart(2, '0')}Z`, group: `Lane ${index}`, category: `Kind ${index}`, sources: ['s'],
    }));
    const { container, timeline } = mount({ dataset: { title: 'Wide', sources: [source], events }, height: 600 });
    const lanes = [...container.querySelectorAll('.eventline-lane')];
    expect(lanes).toHaveLength(50);
    expect(lanes.at(-1)!.getAttribute('data-lane')).toBe('Other (1951 lanes)');
    expect([...container.querySelectorAll('.eventline-legend li')].map((item) => item.textContent).at(-1)).toBe('Other (1989 categories)');
    expect(container.querySelectorAll('.eventline-legend li')).toHaveLength(12);
    expect(container.querySelectorAll('*').length).toBeLessThan(3000);
    // Bounded by the 50 lanes (before the fold it was 1,350,040 px): each its padding, a strip for its name where a mark is under
    // it and a line, the folded lane at most MAX_LINES, and the axis.
    const laneMost = 2 * LANE_PADDING + NAME_STRIP + ROW_HEIGHT;
    expect(Number(container.querySelector('.eventline-svg')!.getAttribute('height'))).toBeLessThanOrEqual(50 * laneMost + (MAX_LINES - 1) * ROW_HEIGHT + AXIS_HEIGHT);
    // The chart says it in the lane's name and the legend's last entry; nothing is left for the console.
    expect(warn).not.toHaveBeenCalled();
    // Every option's position is a real one, the folded lane's clusters included.
    for (const option of container.querySelectorAll('[role="option"]')) {
      expect(Number(option.getAttribute('aria-posinset'))).toBeLessThanOrEqual(2000);
    }
    timeline.update({ theme: 'dark' });
    expect(container.querySelectorAll('.eventline-lane')).toHaveLength(50);
  });
});
