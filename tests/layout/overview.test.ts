import { describe, expect, it } from 'vitest';
import { overviewBins, overviewPath } from '../../src/layout/overview.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { IDENTITY_WARP } from '../../src/layout/warp.js';
import { parseDataset } from '../../src/model/parseDataset.js';

const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
const model = prepareModel(parseDataset({
  title: 't',
  sources: [source],
  events: [
    { id: 'a', title: 'A', start: '2000-01-01' },
    { id: 'b', title: 'B', start: '2000-01-02' },
    { id: 'c', title: 'C', start: '2009-12-31', end: '2010-06-01', group: 'Other' },
    { id: 'era', title: 'Era', start: '2005', end: '2006', era: true },
  ].map((event) => ({ ...event, sources: ['s'] })),
}));

describe('overviewBins', () => {
  it('counts every event start (points, spans, eras) into equal time bins', () => {
    const bins = overviewBins(model, [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 10, IDENTITY_WARP);
    expect([...bins.counts]).toEqual([2, 0, 0, 0, 0, 1, 0, 0, 0, 1]);
    expect(bins.max).toBe(2);
  });

  it('draws a closed step area whose tallest bin reaches the top, and nothing without events', () => {
    const path = overviewPath(overviewBins(model, [Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], 10, IDENTITY_WARP), 100, 40);
    expect(path.startsWith('M0,40V0.0H10.0')).toBe(true);
    expect(path.endsWith('V40Z')).toBe(true);
    expect(path).not.toMatch(/NaN|Infinity/);
    const empty = prepareModel(parseDataset({ title: 't', sources: [], events: [] }));
    expect(overviewPath(overviewBins(empty, [0, 1], 10, IDENTITY_WARP), 100, 40)).toBe('');
  });
});
