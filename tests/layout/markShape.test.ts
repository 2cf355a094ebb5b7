import { describe, expect, it } from 'vitest';
import { CATEGORY_SLOTS, categorySlot, MARK_SHAPES, shapeOfSlot, shapePath } from '../../src/layout/markShape.js';
import { paletteFor } from '../../src/ssr/palette.js';


/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** CIE76 colour difference: above about 10 two colours read as different at a glance. */
function difference(a: string, b: string): number {
  const lab = (hex: string): number[] => {
    const [r, g, bl] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const [x, y, z] = [(r! * 0.4124 + g! * 0.3576 + bl! * 0.1805) / 0.95047, r! * 0.2126 + g! * 0.7152 + bl! * 0.0722, (r! * 0.0193 + g! * 0.1192 + bl! * 0.9505) / 1.08883];
    return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
  };
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe.each(['light', 'dark'] as const)('the %s category palette', (theme) => {
  const palette = paletteFor(theme);
  const colours = Array.from({ length: CATEGORY_SLOTS }, (_, slot) => palette[`category-${slot}`]!);

  it('has twelve colours, each at least 3:1 against the background', () => {
    expect(colours.every((colour) => /^#[0-9a-f]{6}$/.test(colour))).toBe(true);
    for (const colour of colours) expect(contrast(colour, palette.bg!), colour).toBeGreaterThanOrEqual(3);
  });

  it('has no two colours alike, and no two alike-coloured categories of one shape', () => {
    for (let a = 0; a < colours.length; a++) {
      for (let b = a + 1; b < colours.length; b++) {
        const apart = difference(colours[a]!, colours[b]!);
        expect(apart, `${a} and ${b}`).toBeGreaterThan(15);
        if (shapeOfSlot(a) === shapeOfSlot(b)) expect(apart, `${a} and ${b} share a shape`).toBeGreaterThan(30);
      }
    }
  });
});

describe('category slots and shapes', () => {
  it('gives each of up to twelve categories its own slot, and the rest of a longer list the twelfth ("Other")', () => {
    expect(categorySlot(-1)).toBe(-1);
    expect(Array.from({ length: 12 }, (_, index) => categorySlot(index))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect([10, 11, 12, 30].map((index) => categorySlot(index))).toEqual([10, 11, 11, 11]);
  });

  it('cycles six shapes, so colour is never the only cue between neighbours', () => {
    expect(new Set(Array.from({ length: 6 }, (_, slot) => shapeOfSlot(slot))).size).toBe(6);
    expect(shapeOfSlot(6)).toBe(shapeOfSlot(0));
    expect(shapeOfSlot(-1)).toBe('circle');
  });

  it('draws each shape as a closed path around the centre, reaching about the marker radius, with about a circle’s area', () => {
    for (const shape of MARK_SHAPES) {
      const path = shapePath(shape);
      expect(path).toMatch(/^M.*Z$/);
      const numbers = (shape === 'circle' ? [-5, 5] : path.match(/-?\d+(\.\d+)?/g)!.map(Number));
      expect(Math.max(...numbers.map(Math.abs)), shape).toBeLessThanOrEqual(7);
      expect(Math.max(...numbers.map(Math.abs)), shape).toBeGreaterThanOrEqual(4);
      if (shape === 'circle') continue;
      // The polygon's area (shoelace), against the circle's 78.5 px².
      const points = path.slice(1, -1).split('L').map((point) => point.split(',').map(Number) as [number, number]);
      const area = Math.abs(points.reduce((sum, [x, y], index) => {
        const [nx, ny] = points[(index + 1) % points.length]!;
        return sum + x * ny - nx * y;
      }, 0)) / 2;
      expect(area, shape).toBeGreaterThan(55);
      expect(area, shape).toBeLessThan(95);
      // Centred: the mean of its corners is near the origin (a triangle's centroid sits a little off its bounding box's centre).
      const [mx, my] = [points.reduce((sum, [x]) => sum + x, 0) / points.length, points.reduce((sum, [, y]) => sum + y, 0) / points.length];
      expect(Math.hypot(mx, my), shape).toBeLessThan(1);
    }
  });
});
