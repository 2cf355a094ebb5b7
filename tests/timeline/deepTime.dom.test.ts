import { describe, expect, it } from 'vitest';
import { yearStart } from '../../src/model/units.js';
import { useMount } from '../support/mount.js';

const mount = useMount();

/** Deep time beside calendar dates, as TimelineJS's cosmological files mix them. */
const cosmos = {
  title: 'From the Big Bang to the Moon',
  sources: [{ id: 'nasa', publisher: 'NASA', title: 'Cosmic history', published: '2024-01-10' }],
  events: [
    { id: 'big-bang', title: 'The Big Bang', start: '-13800000000', sources: ['nasa'], category: 'Cosmos' },
    { id: 'first-stars', title: 'First stars', start: '-13600000000', sources: ['nasa'], category: 'Cosmos' },
    { id: 'solar-system', title: 'The Solar System forms', start: '-4600000000', sources: ['nasa'], category: 'Cosmos' },
    { id: 'life', title: 'Earliest life', start: '-3700000000', sources: ['nasa'], category: 'Life' },
    { id: 'paleozoic', title: 'Paleozoic era', start: '-538800000', end: '-251902000', sources: ['nasa'], category: 'Life' },
    { id: 'dinosaurs', title: 'Dinosaurs die out', start: '-66000000', sources: ['nasa'], category: 'Life' },
    { id: 'humans', title: 'Homo sapiens appears', start: '-300000', approximate: true, sources: ['nasa'], category: 'Life' },
    { id: 'moon', title: 'Apollo 11 lands on the Moon', start: '1969-07-20', sources: ['nasa'], category: 'Life' },
  ],
};

const bad = (root: Element): string[] =>
  [root, ...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => `${a.name}=${a.value}`)).filter((value) => /NaN|undefined|Infinity|Invalid/.test(value));

const centreX = (mark: Element): number => Number(/translate\(([-\d.]+),/.exec(mark.getAttribute('transform') ?? '')?.[1]);

describe('a chart of deep time', () => {
  it('draws billions of years beside a calendar day, in order, and names them as readers count them', () => {
    const { container } = mount({ dataset: cosmos, height: 420 });
    expect(bad(container)).toEqual([]);
    const mark = (id: string): Element => container.querySelector(`.eventline-event[data-event-id="${id}"]`)!;
    expect(mark('big-bang').getAttribute('aria-label')).toBe('The Big Bang, 13.8 billion years ago');
    expect(mark('humans').getAttribute('aria-label')).toBe('Homo sapiens appears, about 300,000 years ago');
    expect(mark('paleozoic').getAttribute('aria-label')).toBe('Paleozoic era, 538.8 million years ago – 251.902 million years ago');
    const xs = ['big-bang', 'solar-system', 'humans', 'moon'].map((id) => centreX(mark(id)));
    expect(xs.every(Number.isFinite)).toBe(true);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    const ticks = [...container.querySelectorAll('.eventline-axis .eventline-tick')].map((tick) => tick.textContent ?? '');
    expect(ticks.some((label) => /billion years ago$/.test(label))).toBe(true);
    expect(ticks.filter((label) => /NaN|undefined/.test(label))).toEqual([]);
  });

  it('reports its range as Dates that hold their years, zooms into a million years and steps through it', () => {
    const { container, timeline } = mount({ dataset: cosmos, timeScale: 'linear' });
    const [from, to] = timeline.getState().range;
    expect(from.getUTCFullYear()).toBeLessThan(-13_800_000_000);
    expect(to.getUTCFullYear()).toBeGreaterThanOrEqual(1969);
    timeline.select('solar-system');
    expect(container.querySelector('.eventline-detail-date')?.textContent).toBe('4.6 billion years ago');
    expect(container.querySelector('.eventline-live')!.textContent).toContain('The Solar System forms, 4.6 billion years ago');
    // A million years around the Big Bang: ticks of deep time, no calendar fields, which do not exist there.
    // In ms, as deep time can only be given (a Date cannot hold it), or as the Dates the chart gives.
    timeline.zoomTo([yearStart(-13_800_500_000).getTime(), yearStart(-13_799_500_000)], { animate: false });
    const [a, b] = timeline.getState().range;
    expect(a.getUTCFullYear()).toBe(-13_800_500_000);
    expect(b.getUTCFullYear()).toBe(-13_799_500_000);
    const ticks = [...container.querySelectorAll('.eventline-axis .eventline-tick')].map((tick) => tick.textContent ?? '');
    expect(ticks).toContain('13.8 billion years ago');
    expect(ticks.every((label) => /^13\.\d+ billion years ago$/.test(label))).toBe(true);
    expect(bad(container)).toEqual([]);
    container.querySelector<HTMLButtonElement>('[data-control="next"]')!.click();
    expect(timeline.getState().selected).toBe('life');
  });

  it('writes its reading order with deep-time dates and the lengths between them', () => {
    const { container } = mount({ dataset: cosmos, height: 700, layout: 'vertical' });
    expect(bad(container)).toEqual([]);
    const heads = [...container.querySelectorAll('.eventline-card-head time')].map((time) => [time.textContent, time.getAttribute('datetime')]);
    expect(heads[0]).toEqual(['13.8 billion years ago', '-13800000000']);
    expect(heads).toContainEqual(['300,000 years ago', '-300000']);
    expect([...container.querySelectorAll('.eventline-story-gap')].map((gap) => gap.textContent)).toEqual(['9 billion years later', '3.16 billion years later']);
  });
});
