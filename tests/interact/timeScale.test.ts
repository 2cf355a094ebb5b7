import { scaleUtc } from 'd3-scale';
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';
import { timeScale } from '../../src/interact/timeScale.js';

describe('the zoom’s base time scale', () => {
  it('maps, inverts and rescales exactly as d3-scale’s scaleUtc, so the visible range is the same to the millisecond', () => {
    const domain = [new Date('1953-03-05T00:00:00Z'), new Date('2025-09-05T13:45:10.123Z')];
    const ours = timeScale().domain(domain).range([172, 987]);
    const d3 = scaleUtc().domain(domain).range([172, 987]);
    for (const x of [172, 173.5, 500, 986.999, 987, -40, 2000]) expect(ours.invert(x).getTime()).toBe(d3.invert(x).getTime());
    for (const date of [...domain, new Date('2022-02-24T00:00:00Z'), new Date(-62_135_596_800_000)]) expect(ours(date)).toBe(d3(date));
    const transform = zoomIdentity.translate(-1234.5, 0).scale(37.25);
    expect(transform.rescaleX(ours).domain().map(Number)).toEqual(transform.rescaleX(d3).domain().map(Number));
    expect(ours.copy().domain().map(Number)).toEqual(domain.map(Number));
    expect(ours.copy().range([0, 1]) === ours).toBe(false);
    expect(ours.range()).toEqual([172, 987]);
    expect(timeScale().domain([0.6, 86_400_000.4]).domain().map(Number)).toEqual(scaleUtc().domain([0.6, 86_400_000.4]).domain().map(Number));
  });

  it('puts an empty domain in the middle of the range instead of dividing by zero', () => {
    const day = new Date('2022-02-24T00:00:00Z');
    expect(timeScale().domain([day, day]).range([0, 100])(day)).toBe(50);
  });
});
