import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { chartWarp } from '../../src/layout/chartWarp.js';
import { computeLayout } from '../../src/layout/computeLayout.js';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';
import { METRICS } from '../../src/layout/metrics.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { textWidth } from '../../src/layout/textWidth.js';
import type { LabelBox, Layout } from '../../src/layout/types.js';
import { fitDomain } from '../../src/layout/zoomMath.js';

/** The six events the two articles are about. */
const NAMED = ['full-scale-invasion', 'istanbul-talks', 'alaska-summit', 'tianjin-summit', 'paris-summit', 'vladivostok-remarks'];
const model = prepareModel(news, 'auto');
const stories = news.events.filter((event) => !event.era);

/** The news story with default options at a width, as the chart lays it out at first view. */
function firstView(width: number, textScale = 1): Layout {
  const warp = chartWarp(model, { compressGaps: true, timeScale: 'density', zoomLimits: { minSpan: 3_600_000 } });
  return computeLayout(model, { locale: DEFAULT_LOCALE, width, height: 420, domain: fitDomain(model, warp), warp, textScale });
}

function extent(label: LabelBox, scale: number): [number, number, number, number] {
  const size = (label.kind === 'point' ? METRICS.labelFont : METRICS.smallFont) * scale;
  const width = Math.max(...label.lines.map((line) => textWidth(line, size, label.strong)));
  const x1 = label.anchor === 'start' ? label.x : label.x - width;
  return [x1, x1 + width, label.y - size * 0.8, label.y + (label.lines.length - 1) * label.lineHeight + size * 0.2];
}

// 1248 and 928: the widths of the chart in a 1280 and a 960 px page with its margins.
describe.each([[1248, 3 / 4], [928, 2 / 3]])('the news story at %i px', (width, share) => {
  for (const scale of [1, 1.1]) {
    const layout = firstView(width, scale);
    const whole = new Set(layout.labels.filter((label) => !label.truncated).map((label) => label.id));

    it(`names all six events in full (page font ${scale}× Arial)`, () => {
      expect(NAMED.filter((id) => !whole.has(id))).toEqual([]);
    });

    it(`gives at least ${Math.round(share * 100)} % of the events their whole title`, () => {
      expect(stories.filter((event) => whole.has(event.id)).length / stories.length).toBeGreaterThanOrEqual(share);
    });

    it('keeps every label inside the plot, clear of every other label and every marker but its own', () => {
      const boxes = layout.labels.filter((label) => label.kind !== 'era').map((label) => ({ label, box: extent(label, scale) }));
      for (const { label, box } of boxes) {
        expect(box[0], label.id).toBeGreaterThanOrEqual(layout.chart.left - 0.5);
        expect(box[1], label.id).toBeLessThanOrEqual(layout.chart.right + 0.5);
        expect(box[3], label.id).toBeLessThanOrEqual(layout.axis.y);
      }
      for (let a = 0; a < boxes.length; a++) {
        for (let b = a + 1; b < boxes.length; b++) {
          const [p, q] = [boxes[a]!.box, boxes[b]!.box];
          const apart = p[1] <= q[0] || q[1] <= p[0] || p[3] <= q[2] || q[3] <= p[2];
          expect(apart, `${boxes[a]!.label.id} / ${boxes[b]!.label.id}`).toBe(true);
        }
      }
      for (const { label, box } of boxes) {
        for (const point of layout.points) {
          if (point.id === label.id) continue;
          const r = METRICS.markerRadius;
          const apart = point.x + r <= box[0] || point.x - r >= box[1] || point.y + r <= box[2] || point.y - r >= box[3];
          expect(apart, `${label.id} over ${point.id}`).toBe(true);
        }
      }
    });

    it('draws the important events in their own marks, none in a cluster', () => {
      expect(layout.clusters).toEqual([]);
    });
  }
});
