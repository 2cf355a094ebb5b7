import { describe, expect, it } from 'vitest';
import { textWidth, truncateToWidth } from '../../src/layout/textWidth.js';

describe('textWidth', () => {
  it('measures Arial-like advance widths', () => {
    expect(textWidth('i', 1000)).toBe(222);
    expect(textWidth('W', 1000)).toBe(944);
    expect(textWidth('Paris summit', 12)).toBeCloseTo(69.34, 1);
    expect(textWidth('Paris', 12, true)).toBeGreaterThan(textWidth('Paris', 12));
  });

  it('gives wide scripts a full em per character', () => {
    expect(textWidth('北京', 10)).toBe(20);
    expect(textWidth('Київ', 10)).toBeGreaterThan(20);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and shortens text that does not, ellipsis included', () => {
    expect(truncateToWidth('Paris summit', 200, 12)).toBe('Paris summit');
    const short = truncateToWidth('Coalition of the willing summit in Paris', 80, 12);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 12)).toBeLessThanOrEqual(80);
    expect(short.length).toBeGreaterThan(5);
  });

  it('returns an empty string when nothing fits', () => {
    expect(truncateToWidth('Paris', 8, 12)).toBe('');
  });
});
