import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { computeLayout } from '../../src/layout/computeLayout.js';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';
import { METRICS } from '../../src/layout/metrics.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { IDENTITY_WARP } from '../../src/layout/warp.js';
import { fitDomain } from '../../src/layout/zoomMath.js';
import { dateAt } from '../../src/model/units.js';
import { textWidth } from '../../src/layout/textWidth.js';
import type { LabelBox, Layout } from '../../src/layout/types.js';
import { parseDataset } from '../../src/model/parseDataset.js';

const model = prepareModel(news, ['War', 'Diplomacy', 'Security guarantees']);
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** A label's box from the character-width table (the same estimate the layout uses), every line of it. */
function box(label: LabelBox): { x1: number; x2: number; y1: number; y2: number } {
  const size = label.kind === 'point' ? METRICS.labelFont : METRICS.smallFont;
  const width = Math.max(...label.lines.map((line) => textWidth(line, size, label.strong)));
  const x1 = label.anchor === 'start' ? label.x : label.x - width;
  return { x1, x2: x1 + width, y1: label.y - size, y2: label.y + (label.lines.length - 1) * label.lineHeight + size * 0.25 };
}

function overlaps(a: ReturnType<typeof box>, b: ReturnType<typeof box>): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** Every number anywhere in the layout, to catch NaN and Infinity before they reach an attribute. */
function numbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value instanceof Date) return [value.getTime()];
  if (Array.isArray(value)) return value.flatMap(numbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbers);
  return [];
}

const views: Array<[string, number, [number, number]]> = [
  ['the whole dataset, wide', 1200, fitDomain(model, IDENTITY_WARP)],
  ['the whole dataset, phone width', 320, fitDomain(model, IDENTITY_WARP)],
  ['2014–2025', 900, [day('2013-06-01'), day('2025-12-31')]],
  ['August–September 2025', 1000, [day('2025-08-10'), day('2025-09-08')]],
  ['the Paris week', 700, [day('2025-09-01'), day('2025-09-07')]],
];

describe.each(views)('the news dataset laid out for %s', (_name, width, domain) => {
  const layout: Layout = computeLayout(model, { locale: DEFAULT_LOCALE, width, height: 420, domain });

  it('has no label overlapping another label', () => {
    const boxes = layout.labels.map(box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!), `${layout.labels[i]!.text} / ${layout.labels[j]!.text}`).toBe(false);
    }
  });

  it('keeps labels clear of the axis and inside the chart', () => {
    for (const label of layout.labels) {
      const b = box(label);
      expect(b.y2).toBeLessThanOrEqual(layout.axis.y);
      expect(b.x1).toBeGreaterThanOrEqual(layout.chart.left - 1);
      expect(b.x2).toBeLessThanOrEqual(layout.chart.right + 1);
    }
  });

  it('accounts for every event in view: as a marker, a bar or inside a cluster', () => {
    const [d0, d1] = layout.domain;
    const inView = news.events.filter((e) => !e.era && e.start.getTime() >= d0 && e.start.getTime() <= d1).map((e) => e.id);
    const shown = new Set([...layout.points.map((p) => p.id), ...layout.spans.map((s) => s.id), ...layout.clusters.flatMap((c) => c.memberIds())]);
    for (const id of inView) expect(shown.has(id), id).toBe(true);
  });

  it('has only finite numbers', () => {
    expect(numbers(layout).every(Number.isFinite)).toBe(true);
  });
});

describe('computeLayout', () => {
  it('clusters the dense September 2025 days at the whole-dataset zoom, and shows them apart when zoomed in', () => {
    const wide = computeLayout(model, { locale: DEFAULT_LOCALE, width: 900, height: 420, domain: fitDomain(model, IDENTITY_WARP) });
    expect(wide.clusters.some((c) => c.memberIds().includes('paris-summit'))).toBe(true);
    const close = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1000, height: 420, domain: [day('2025-09-03'), day('2025-09-06')] });
    expect(close.points.map((p) => p.id)).toContain('paris-summit');
  });

  it('gives the most important event on a crowded day its label first', () => {
    const close = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1000, height: 420, domain: [day('2025-08-25'), day('2025-09-08')] });
    const labelled = close.labels.map((l) => l.id);
    expect(labelled).toContain('paris-summit');
    expect(labelled).toContain('vladivostok-remarks');
  });

  it('marks approximate events with "c." in their label', () => {
    const close = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1200, height: 600, domain: [day('2025-09-02'), day('2025-09-06')] });
    const approximate = close.labels.filter((l) => news.events.find((e) => e.id === l.id)?.approximate);
    expect(approximate.length).toBeGreaterThan(0);
    for (const label of approximate) expect(label.text.startsWith('c. ')).toBe(true);
  });

  it('draws eras as bands with their names, behind every lane', () => {
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1200, height: 420, domain: [day('2013-01-01'), day('2025-12-31')] });
    expect(layout.eras.map((e) => e.id).sort()).toEqual(['donbas-war', 'full-scale-war']);
    const band = layout.eras.find((e) => e.id === 'donbas-war')!;
    expect(band.y + band.height).toBeCloseTo(layout.chart.bottom);
    expect(layout.labels.find((l) => l.id === 'donbas-war')?.text).toMatch(/^Separatist war/);
  });

  it('centres a lone event with ticks, and stacks events at one instant so each stays visible', () => {
    const one = prepareModel(parseDataset({ title: 't', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events: [
      { id: 'a', title: 'A', start: '2022-02-24', sources: ['s'] },
      { id: 'b', title: 'B', start: '2022-02-24', sources: ['s'] },
    ] }));
    const layout = computeLayout(one, { locale: DEFAULT_LOCALE, width: 800, height: 300, domain: fitDomain(one, IDENTITY_WARP) });
    expect(layout.points.map((p) => p.id).sort()).toEqual(['a', 'b']);
    const [a, b] = layout.points;
    expect(a!.x).toBeCloseTo((layout.chart.left + layout.chart.right) / 2, 0);
    expect(a!.y).not.toBe(b!.y);
    expect(layout.axis.minor.length).toBeGreaterThan(3);
  });

  it('lays out no events as an empty chart with an axis', () => {
    const empty = prepareModel(parseDataset({ title: 'Nothing', sources: [], events: [] }));
    const layout = computeLayout(empty, { locale: DEFAULT_LOCALE, width: 800, height: 300, domain: fitDomain(empty, IDENTITY_WARP, [day('2025-01-01'), day('2025-12-31')]) });
    expect(layout.points).toEqual([]);
    expect(layout.axis.minor.length).toBeGreaterThan(3);
    expect(numbers(layout).every(Number.isFinite)).toBe(true);
  });

  it('labels BCE years on the axis and never shows a year 0', () => {
    const ancient = prepareModel(parseDataset({ title: 'Rome', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events: [
      { id: 'ides', title: 'Ides of March', start: '-000043-03-15', sources: ['s'] },
      { id: 'augustus', title: 'Augustus dies', start: '0014-08-19', sources: ['s'] },
    ] }));
    const layout = computeLayout(ancient, { locale: DEFAULT_LOCALE, width: 900, height: 300, domain: fitDomain(ancient, IDENTITY_WARP) });
    const labels = layout.axis.minor.map((t) => t.label);
    expect(labels.some((label) => label.endsWith('BCE'))).toBe(true);
    expect(labels).not.toContain('0');
    expect(labels.join(' ')).not.toMatch(/-\d/);
  });

  it('costs what is in view, not the dataset: a narrow window over many events draws few marks', () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({ id: `e${i}`, title: `Event ${i}`, start: new Date(Date.UTC(2000, 0, 1) + i * 3_600_000).toISOString().slice(0, 16) + 'Z', sources: ['s'] }));
    const big = prepareModel(parseDataset({ title: 'Big', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events }));
    const layout = computeLayout(big, { locale: DEFAULT_LOCALE, width: 1000, height: 400, domain: [Date.UTC(2000, 5, 1), Date.UTC(2000, 5, 2)] });
    expect(layout.points.length + layout.clusters.length).toBeLessThan(40);
    const full = computeLayout(big, { locale: DEFAULT_LOCALE, width: 1000, height: 400, domain: fitDomain(big, IDENTITY_WARP) });
    expect(full.points.length + full.clusters.length).toBeLessThan(200);
    expect(full.clusters.reduce((n, c) => n + c.count, 0) + full.points.length).toBe(20_000);
  });
});

describe('cluster marks at full zoom', () => {
  it('merge side-by-side clustered buckets, at most four to a mark, aligned to time, with exact counts', async () => {
    const { METRICS } = await import('../../src/layout/metrics.js');
    const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
    // One event a day for ten years in one lane: every bucket at full zoom is a cluster.
    const events = Array.from({ length: 3650 }, (_, i) => ({ id: `d${i}`, title: 'D', start: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10), sources: ['s'] }));
    const dense = prepareModel(parseDataset({ title: 't', sources: [source], events }));
    const layout = computeLayout(dense, { locale: DEFAULT_LOCALE, width: 1000, height: 300, domain: fitDomain(dense, IDENTITY_WARP) });
    expect(layout.points).toEqual([]);
    expect(layout.clusters.reduce((sum, cluster) => sum + cluster.count, 0)).toBe(3650);
    const widths = layout.clusters.map((cluster) => Math.round((cluster.x2 - cluster.x1 + 2) / METRICS.clusterWidth));
    expect(Math.max(...widths)).toBe(4);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(1);
    // Far fewer marks than buckets, and none overlaps the next.
    expect(layout.clusters.length).toBeLessThan(((layout.chart.right - layout.chart.left) / METRICS.clusterWidth) / 3);
    for (let i = 1; i < layout.clusters.length; i++) expect(layout.clusters[i]!.x1).toBeGreaterThanOrEqual(layout.clusters[i - 1]!.x2);
    const ids = layout.clusters.flatMap((cluster) => cluster.memberIds());
    expect(new Set(ids).size).toBe(3650);
  });

  it('write the count as it fits: exact when the pill has room, else 99+', async () => {
    const { countText } = await import('../../src/layout/clusterCount.js');
    expect(countText(7, 16)).toBe('7');
    expect(countText(99, 16)).toBe('99');
    expect(countText(150, 16)).toBe('99+');
    expect(countText(150, 70)).toBe('150');
    expect(countText(12_345, 70)).toBe('12,345');
  });
});

describe('computeLayout never loses an event', () => {
  const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
  const build = (events: Array<Record<string, unknown>>) => prepareModel(parseDataset({ title: 't', sources: [source], events: events.map((e) => ({ sources: ['s'], ...e })) }));
  const accounted = (layout: Layout): Set<string> => new Set([...layout.points.map((p) => p.id), ...layout.spans.map((s) => s.id), ...layout.clusters.flatMap((c) => c.memberIds())]);

  it('shows the last of several year-precision events in the whole-dataset view', () => {
    const model = build([{ id: 'a', title: 'A', start: '1952' }, { id: 'b', title: 'B', start: '1953' }, { id: 'c', title: 'C', start: '1955' }]);
    expect([...accounted(computeLayout(model, { locale: DEFAULT_LOCALE, width: 800, height: 300, domain: fitDomain(model, IDENTITY_WARP) }))].sort()).toEqual(['a', 'b', 'c']);
  });

  it('shows a year-precision event when zoomed into its own year, inside that year', () => {
    const model = build([{ id: 'armistice', title: 'Armistice', start: '1953' }, { id: 'other', title: 'Other', start: '1960' }]);
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 800, height: 300, domain: [day('1953-05-01'), day('1953-09-01')] });
    expect(layout.points.map((p) => p.id)).toEqual(['armistice']);
  });

  it('draws a day event that shares its instant with a month event inside its own day', () => {
    const model = build([{ id: 'a-month', title: 'Month', start: '2025-09' }, { id: 'b-day', title: 'Day', start: '2025-09-01' }]);
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 900, height: 300, domain: [day('2025-08-25'), day('2025-10-05')] });
    const x = (t: number): number => layout.chart.left + ((t - layout.domain[0]) / (layout.domain[1] - layout.domain[0])) * (layout.chart.right - layout.chart.left);
    const dayMark = layout.points.find((p) => p.id === 'b-day')!;
    expect(dayMark.x).toBeGreaterThanOrEqual(x(day('2025-09-01')));
    expect(dayMark.x).toBeLessThanOrEqual(x(day('2025-09-02')));
  });

  it('accounts for every event of a mixed dataset exactly once at every zoom, with unique cluster keys', () => {
    // Points of every precision and short spans (drawn as points) sharing days: the mix whose positions
    // (mid-year, mid-day, span starts) interleave in time.
    const events: Array<Record<string, unknown>> = [];
    for (let i = 0; i < 3000; i++) {
      const date = new Date(Date.UTC(1995, 0, 1) + ((i * 7919) % 9000) * 86_400_000).toISOString();
      const kind = i % 10;
      if (kind === 0) events.push({ id: `y${i}`, title: 'Y', start: date.slice(0, 4) });
      else if (kind === 1) events.push({ id: `m${i}`, title: 'M', start: date.slice(0, 7) });
      else if (kind === 2) events.push({ id: `s${i}`, title: 'S', start: date.slice(0, 10), end: date.slice(0, 10) });
      else events.push({ id: `d${i}`, title: 'D', start: date.slice(0, 10), group: kind < 6 ? 'A' : 'B' });
    }
    const model = build(events);
    const [from, to] = fitDomain(model, IDENTITY_WARP);
    for (const divisor of [1, 7, 60, 900]) {
      const middle = (from + to) / 2;
      const half = (to - from) / divisor / 2;
      const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 900, height: 400, domain: [middle - half, middle + half] });
      const keys = layout.clusters.map((cluster) => cluster.key);
      expect(new Set(keys).size).toBe(keys.length);
      const ids = [...layout.points.map((p) => p.id), ...layout.spans.map((s) => s.id), ...layout.clusters.flatMap((c) => c.memberIds())];
      expect(new Set(ids).size).toBe(ids.length);
      for (const cluster of layout.clusters) expect(cluster.memberIds()).toHaveLength(cluster.count);
      if (divisor === 1) expect(ids.length).toBe(events.length);
    }
  });

  it('keeps spans that started before the view, even in rows too deep to draw as bars', () => {
    const model = build(Array.from({ length: 10 }, (_, i) => ({ id: `s${i}`, title: `Span ${i}`, start: `200${i}-01-01`, end: '2012-12-31' })));
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 800, height: 200, domain: [day('2011-05-01'), day('2011-06-30')] });
    expect(accounted(layout).size).toBe(10);
    for (const bar of layout.spans) {
      expect(bar.x2 - bar.x1).toBeGreaterThanOrEqual(1);
      expect(bar.x1).toBeGreaterThanOrEqual(layout.chart.left);
      expect(bar.x2).toBeLessThanOrEqual(layout.chart.right);
    }
  });

  it('draws the edges of the calendar and deep time beyond them, its view dates holding their times', () => {
    const model = build([{ id: 'far', title: 'Far future', start: '+270000-12-31' }, { id: 'now', title: 'Now', start: '2025' }, { id: 'deep', title: 'Deep past', start: '-270001' }]);
    const domain = fitDomain(model, IDENTITY_WARP);
    expect(domain.every(Number.isFinite)).toBe(true);
    // The view's ends as the chart reports them: Dates that hold their years, deep time's too.
    expect(dateAt(domain[0]).getUTCFullYear()).toBeLessThan(-270_001);
    expect(dateAt(domain[1]).getUTCFullYear()).toBeGreaterThanOrEqual(270_000);
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 800, height: 300, domain });
    expect(accounted(layout).size).toBe(3);
    expect(numbers(layout).every(Number.isFinite)).toBe(true);
  });
});

describe('zoomStep', () => {
  it('halves or doubles the view around a centre, or returns the fitted view', async () => {
    const { zoomStep } = await import('../../src/layout/zoomMath.js');
    expect(zoomStep([0, 100], [-10, 500], 'in', null)).toEqual([25, 75]);
    expect(zoomStep([0, 100], [-10, 500], 'in', 90)).toEqual([65, 115]);
    expect(zoomStep([0, 100], [-10, 500], 'out', null)).toEqual([-50, 150]);
    expect(zoomStep([0, 100], [-10, 500], 'fit', 3)).toEqual([-10, 500]);
  });
});

describe('clampDomain', () => {
  it('keeps a view inside the dataset with its margin, at any width the limits allow', async () => {
    const { clampDomain, zoomLimits } = await import('../../src/layout/zoomMath.js');
    const limits = zoomLimits([0, 1000], { minSpan: 10 });
    expect(limits.bounds).toEqual([0, 1000]);
    expect(clampDomain([900, 1300], limits)).toEqual([600, 1000]);
    expect(clampDomain([-300, 100], limits)).toEqual([0, 400]);
    expect(clampDomain([500, 501], limits)).toEqual([495.5, 505.5]);
    expect(clampDomain([-5000, 5000], limits)).toEqual([0, 1000]);
    // A wider maxSpan widens the bounds around the data.
    const wide = zoomLimits([0, 1000], { minSpan: 10, maxSpan: 3000 });
    expect(wide.bounds).toEqual([-1000, 2000]);
    expect(clampDomain([-5000, 5000], wide)).toEqual([-1000, 2000]);
  });
});
