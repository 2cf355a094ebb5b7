import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { computeLayout } from '../../src/layout/computeLayout.js';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';
import { METRICS } from '../../src/layout/metrics.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { textWidth } from '../../src/layout/textWidth.js';
import type { LabelBox, LaneBox, Layout } from '../../src/layout/types.js';
import { IDENTITY_WARP } from '../../src/layout/warp.js';
import { fitDomain } from '../../src/layout/zoomMath.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import type { TimelineEventInput } from '../../src/types.js';

type Box = { x1: number; x2: number; y1: number; y2: number };
const SOURCE = { id: 's', publisher: 'p', title: 't', published: '2025' };
const overlaps = (a: Box, b: Box): boolean => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
const day = (index: number): string => new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10);

/** The lane name's ink: bold at the lane-name size, from a little above the cap height to below the descenders. */
const nameBox = (lane: LaneBox): Box => ({
  x1: lane.x, x2: lane.x + textWidth(lane.label, METRICS.laneNameFont, true), y1: lane.nameY - METRICS.laneNameFont * 0.8, y2: lane.nameY + METRICS.laneNameFont * 0.25,
});

/** A label's ink from the character-width table (the estimate the layout uses), every line of it. */
function labelBox(label: LabelBox): Box {
  const size = label.kind === 'point' ? METRICS.labelFont : METRICS.smallFont;
  const width = Math.max(...label.lines.map((line) => textWidth(line, size, label.strong)));
  const x1 = label.anchor === 'start' ? label.x : label.x - width;
  return { x1, x2: x1 + width, y1: label.y - size * 0.8, y2: label.y + (label.lines.length - 1) * label.lineHeight + size * 0.25 };
}

/** Every mark and label of the frame as a box: clusters, markers, bars and labels. */
function markBoxes(layout: Layout): Array<Box & { what: string }> {
  const r = METRICS.markerRadius;
  return [
    ...layout.labels.map((label) => ({ what: `label ${label.text}`, ...labelBox(label) })),
    ...layout.clusters.map((cluster) => ({ what: `cluster ${cluster.key}`, x1: cluster.x1, x2: cluster.x2, y1: cluster.y, y2: cluster.y + cluster.height })),
    ...layout.points.map((point) => ({ what: `marker ${point.id}`, x1: point.x - r, x2: point.x + r, y1: point.y - r, y2: point.y + r })),
    ...layout.spans.map((span) => ({ what: `bar ${span.id}`, x1: span.x1, x2: span.x2, y1: span.y, y2: span.y + span.height })),
  ];
}

function expectNamesClear(layout: Layout): void {
  for (const lane of layout.lanes) {
    const name = nameBox(lane);
    // Inside its own band, under the hairline that starts it.
    expect(name.y1).toBeGreaterThanOrEqual(lane.y);
    expect(name.y2).toBeLessThanOrEqual(lane.y + lane.height);
    for (const mark of markBoxes(layout)) expect(overlaps(name, mark), `${lane.name} / ${mark.what}`).toBe(false);
  }
}

/** `count` events a day in each lane, `days` days from 1 January 2000. */
function lanes(names: string[], days: number, perDay = 1): ReturnType<typeof prepareModel> {
  const events: TimelineEventInput[] = names.flatMap((group) =>
    Array.from({ length: days * perDay }, (_, index) => ({ id: `${group}-${index}`, title: `${group} event ${index}`, start: day(Math.floor(index / perDay)), group, sources: ['s'] })));
  return prepareModel(parseDataset({ title: 't', sources: [SOURCE], events }));
}

describe('lane names', () => {
  it('in a busy frame, get a strip above the marks: no cluster, marker or bar covers a lane name', () => {
    const model = lanes(['Diplomacy', 'Economy', 'Society'], 2000);
    for (const width of [1280, 960, 390]) {
      const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width, height: 500, domain: fitDomain(model, IDENTITY_WARP) });
      expect(layout.clusters.length).toBeGreaterThan(0);
      // Clusters start at the plot's left edge, where the names are: the case this guards.
      expect(Math.min(...layout.clusters.map((cluster) => cluster.x1))).toBeLessThan(nameBox(layout.lanes[0]!).x2);
      expectNamesClear(layout);
      // The name sits above its lane's first line of marks, not beside them.
      for (const lane of layout.lanes) {
        const inLane = markBoxes(layout).filter((mark) => mark.y1 >= lane.y && mark.y2 <= lane.y + lane.height);
        expect(inLane.length).toBeGreaterThan(0);
        expect(Math.min(...inLane.map((mark) => mark.y1))).toBeGreaterThanOrEqual(nameBox(lane).y2);
      }
    }
  });

  it('with few events, stay in the lane\u2019s first line (no strip) when nothing would cover them', () => {
    const model = prepareModel(news, ['War', 'Diplomacy', 'Security guarantees']);
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1280, height: 420, domain: [Date.UTC(2025, 7, 10), Date.UTC(2025, 8, 8)] });
    expect(layout.clusters).toEqual([]);
    expect(layout.points.length).toBeGreaterThan(10);
    expectNamesClear(layout);
    // The first line's markers share the name's line: its baseline is 4 px below their centre.
    for (const lane of layout.lanes) {
      const firstLine = lane.y + METRICS.lanePadding + METRICS.rowHeight / 2;
      expect(lane.nameY).toBe(firstLine + 4);
    }
  });

  it('with few events, take a strip out of the lines when the height is short: the chart keeps its height', () => {
    // Both lanes want eight lines (a stack of eight on one day) and there are ten; a stack of thirty on
    // the first day of "Diplomacy" is a cluster under its name.
    const stack = (group: string, count: number, date: string): TimelineEventInput[] =>
      Array.from({ length: count }, (_, index) => ({ id: `${group}-${date}-${index}`, title: `${group} ${index}`, start: date, group, sources: ['s'] }));
    const events = [...stack('Diplomacy', 30, '2000-01-01'), ...stack('Diplomacy', 8, '2000-07-01'), ...stack('Economy', 8, '2000-09-01')];
    const model = prepareModel(parseDataset({ title: 't', sources: [SOURCE], events }), ['Diplomacy', 'Economy']);
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1000, height: 230, domain: fitDomain(model, IDENTITY_WARP) });
    // The name is above its first line, not in it.
    expect(layout.lanes[0]!.nameY).toBeLessThan(layout.lanes[0]!.y + METRICS.lanePadding + METRICS.rowHeight / 2 + 4);
    expectNamesClear(layout);
    expect(layout.height).toBe(230);
    expect(layout.axis.y + METRICS.axisHeight).toBeLessThanOrEqual(230);
  });

  it('with few events, make room above a cluster that would sit under a name, and only in that lane', () => {
    // Thirty events on the first day of "Diplomacy" stack deeper than a lane has lines: a cluster at
    // the plot's left edge, under the name; "Economy" has its events well to the right.
    const events: TimelineEventInput[] = [
      ...Array.from({ length: 30 }, (_, index) => ({ id: `d${index}`, title: `Talks ${index}`, start: '2000-01-01', group: 'Diplomacy', sources: ['s'] })),
      ...Array.from({ length: 5 }, (_, index) => ({ id: `e${index}`, title: `Market ${index}`, start: day(300 + index * 10), group: 'Economy', sources: ['s'] })),
    ];
    const model = prepareModel(parseDataset({ title: 't', sources: [SOURCE], events }), ['Diplomacy', 'Economy']);
    const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1000, height: 400, domain: fitDomain(model, IDENTITY_WARP) });
    const [diplomacy, economy] = layout.lanes;
    const cluster = layout.clusters.find((candidate) => candidate.key.startsWith('Diplomacy'))!;
    expect(cluster.x1).toBeLessThan(nameBox(diplomacy!).x2);
    expectNamesClear(layout);
    expect(nameBox(diplomacy!).y2).toBeLessThanOrEqual(cluster.y);
    expect(economy!.nameY).toBe(economy!.y + METRICS.lanePadding + METRICS.rowHeight / 2 + 4);
    // The strip comes out of the lane's lines: the chart keeps the height it was given.
    expect(layout.height).toBe(400);
    expect(layout.axis.y + METRICS.axisHeight).toBeLessThanOrEqual(400);
  });
});
