import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { computeLayout } from '../../src/layout/computeLayout.js';
import { breakWidth, chooseGaps, emptyStretches, gapWarp } from '../../src/layout/gaps.js';
import { createTimeScale } from '../../src/layout/timeScale.js';
import { IDENTITY_WARP } from '../../src/layout/warp.js';
import { DEFAULT_LOCALE, formatTimeLength } from '../../src/layout/formatDate.js';
import { prepareModel } from '../../src/layout/prepare.js';
import { fitDomain } from '../../src/layout/zoomMath.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import type { TimelineEventInput } from '../../src/types.js';

const model = prepareModel(news, ['War', 'Diplomacy', 'Security guarantees']);
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const iso = (time: number): string => new Date(time).toISOString().slice(0, 10);

function modelOf(events: Partial<TimelineEventInput>[]): ReturnType<typeof prepareModel> {
  return prepareModel(parseDataset({
    title: 't',
    sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }],
    events: events.map((event, index) => ({ id: `e${index}`, title: `Event ${index}`, start: '2000-01-01', sources: ['s'], ...event })),
  }));
}

describe('emptyStretches', () => {
  it('finds the stretches between the periods events cover: a day-precision date fills its day, a span its whole length, eras do not count', () => {
    const stretches = emptyStretches(model).map(({ start, end }) => `${iso(start)}→${iso(end)}`);
    expect(stretches).toEqual([
      '1953-07-28→2014-03-18',
      '2014-03-19→2022-02-24',
      '2022-02-25→2022-03-29',
      '2022-03-30→2022-09-30',
      // The "Full-scale war" era spans 2022–2025 but is background: the stretch is still empty.
      '2022-10-01→2025-08-15',
    ]);
  });

  it('does not see a stretch between touching or overlapping periods', () => {
    const touching = modelOf([{ start: '2000-01-01' }, { start: '2000-01-02' }, { start: '2000-01-01', end: '2000-03-01' }, { start: '2000-02-01' }]);
    expect(emptyStretches(touching)).toEqual([]);
  });
});

describe('chooseGaps', () => {
  it('shortens the long empty stretches of the news dataset, so 1953, 2014, 2022 and September 2025 share one view', () => {
    const chosen = chooseGaps(model, true).map(({ start }) => iso(start));
    expect(chosen).toEqual(['1953-07-28', '2014-03-19', '2022-02-25', '2022-03-30', '2022-10-01']);
  });

  it('never cuts evenly spread data, nor a handful of events a month apart', () => {
    const monthly = modelOf(Array.from({ length: 24 }, (_, index) => ({ start: `${2000 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15` })));
    expect(chooseGaps(monthly, true)).toEqual([]);
    const three = modelOf([{ start: '2000-01-01' }, { start: '2000-02-01' }, { start: '2000-03-01' }]);
    expect(chooseGaps(three, true)).toEqual([]);
    // Two events decades apart: nothing to compare the stretch with, so nothing is cut.
    expect(chooseGaps(modelOf([{ start: '1900-01-01' }, { start: '2000-01-01' }]), true)).toEqual([]);
  });

  it('shortens every stretch longer than an explicit minGap, and nothing when turned off', () => {
    const year = 365 * 86_400_000;
    expect(chooseGaps(model, { minGap: 5 * year }).map(({ start }) => iso(start))).toEqual(['1953-07-28', '2014-03-19']);
    expect(chooseGaps(model, false)).toEqual([]);
    expect(gapWarp(model, false, 0)).toBe(IDENTITY_WARP);
  });
});

describe('gapWarp', () => {
  const warp = gapWarp(model, true, 0);

  it('maps time monotonically, keeps lengths outside the gaps, and round-trips', () => {
    const times = [day('1953-07-27'), day('1953-07-28'), day('1980-01-01'), day('2014-03-18'), day('2022-02-24') + 3_600_000, day('2024-01-01'), day('2025-09-04'), day('2025-09-05')];
    const displayed = times.map((time) => warp.toDisplay(time));
    for (let index = 1; index < displayed.length; index++) expect(displayed[index]!).toBeGreaterThan(displayed[index - 1]!);
    for (const [index, time] of times.entries()) expect(warp.toTime(displayed[index]!)).toBeCloseTo(time, -1);
    // A day in September 2025 is still a day wide; the sixty years before 2014 are not.
    expect(warp.toDisplay(day('2025-09-05')) - warp.toDisplay(day('2025-09-04'))).toBe(86_400_000);
    expect(warp.toDisplay(day('2014-03-18')) - warp.toDisplay(day('1953-07-28'))).toBe(breakWidth(model, chooseGaps(model, true), 0));
  });

  it('gives every shortened gap the same narrow width: a twentieth of the time still shown', () => {
    const widths = warp.gaps.map((gap) => gap.displayEnd - gap.displayStart);
    // 27 days keep their length: five single dates, and 15 August – 5 September 2025.
    const shown = 27 * 86_400_000;
    for (const width of widths) expect(width).toBeCloseTo(shown / 20, -3);
  });

  it('expands one gap; the long ones stay shortened, those now short beside it take their real length', () => {
    const expanded = gapWarp(model, true, 0, new Set([day('2014-03-19')]));
    // With eight years shown, a break would keep about five months: the month and the half-year gaps are no longer worth cutting.
    expect(expanded.gaps.map(({ start }) => iso(start))).toEqual(['1953-07-28', '2022-10-01']);
    // Breaks keep their share of the (now longer) time shown.
    const shown = 27 * 86_400_000 + (day('2022-02-24') - day('2014-03-19'));
    expect(expanded.gaps[0]!.displayEnd - expanded.gaps[0]!.displayStart).toBeCloseTo(shown / 20, -3);
    expect(expanded.toDisplay(day('2022-02-24')) - expanded.toDisplay(day('2014-03-19'))).toBe(day('2022-02-24') - day('2014-03-19'));
  });
});

describe('gapWarp and the zoom limit', () => {
  it('never shortens a gap below a minimum width, so events either side of a break can be zoomed apart', () => {
    const minutes = modelOf([
      ...Array.from({ length: 6 }, (_, index) => ({ start: `2025-09-05T09:30:0${index}Z`, precision: 'minute' as const })),
      { start: '2025-09-09T00:00Z', precision: 'minute' as const },
    ]);
    // The zoom's narrowest view is an hour: a break keeps at least a twentieth of it, three minutes.
    const minWidth = 3 * 60_000;
    const warp = gapWarp(minutes, true, 3_600_000);
    expect(warp.gaps).toHaveLength(1);
    expect(warp.gaps[0]!.displayEnd - warp.gaps[0]!.displayStart).toBe(minWidth);
    // A gap not four times longer than the width a break keeps is not worth cutting.
    expect(gapWarp(minutes, true, 20 * 86_400_000).gaps).toEqual([]);
  });
});

describe('a layout through the compressed scale', () => {
  const warp = gapWarp(model, true, 0);
  const layout = computeLayout(model, { locale: DEFAULT_LOCALE, width: 1000, height: 420, domain: fitDomain(model, warp), warp });

  it('shows the events of 1953, 2014, 2022 and of each day of early September 2025 in one view', () => {
    const shown = new Set([...layout.points.map((point) => point.id), ...layout.spans.map((span) => span.id)]);
    for (const id of ['korean-armistice', 'crimea-annexation', 'full-scale-invasion', 'istanbul-talks', 'annexation-four-regions']) {
      expect(news.events.some((event) => event.id === id), id).toBe(true);
      expect(shown.has(id), id).toBe(true);
    }
    // The 4 and 5 September are each wider than a cluster: their events are drawn apart.
    const dayWidth = (1000 - layout.chart.left) * (86_400_000 / (layout.domain[1] - layout.domain[0]));
    expect(dayWidth).toBeGreaterThan(20);
  });

  it('draws a break for every shortened gap, with its real length in words', () => {
    expect(layout.breaks.map((mark) => mark.length)).toEqual(['60 years 7 months', '7 years 11 months', '1 month 4 days', '6 months', '2 years 10 months']);
    for (const mark of layout.breaks) {
      expect(mark.x2 - mark.x1).toBeGreaterThan(16);
      expect(mark.x2 - mark.x1).toBeLessThan(60);
    }
    expect(layout.range[0]).toBeLessThan(day('1953-07-27'));
    expect(layout.range[1]).toBeGreaterThan(day('2025-09-05'));
  });

  it('ticks each stretch between breaks on its own: no tick inside a gap, no overlapping labels, the years named', () => {
    const inGap = (time: number): boolean => warp.gaps.some((gap) => time > gap.start && time < gap.end);
    for (const tick of layout.axis.minor) expect(inGap(tick.date.getTime()), tick.label).toBe(false);
    // Major labels name their period from where it enters the view (a pinned "March 2014" starts at the break).
    const inBreak = (x: number): boolean => layout.breaks.some((mark) => x > mark.x1 + 0.5 && x < mark.x2 - 0.5);
    for (const tick of [...layout.axis.minor, ...layout.axis.major]) expect(inBreak(tick.x), tick.label).toBe(false);
    const majors = layout.axis.major.map((tick) => tick.label);
    expect(majors).toEqual(expect.arrayContaining(['July 1953', 'March 2014', 'March 2022', 'August 2025', 'September 2025']));
    // A stretch ending where a gap starts is not labelled with the month after it.
    expect(majors).not.toContain('October 2022');
    for (const row of [layout.axis.minor, layout.axis.major]) {
      for (let index = 1; index < row.length; index++) expect(row[index]!.x).toBeGreaterThan(row[index - 1]!.x);
    }
  });

  it('names the gap on the axis when the view lies inside a break', () => {
    const gap = warp.gaps[0]!;
    const inside: [number, number] = [gap.displayStart + (gap.displayEnd - gap.displayStart) * 0.4, gap.displayStart + (gap.displayEnd - gap.displayStart) * 0.6];
    const ticks = createTimeScale(inside, [0, 800], warp).ticks(DEFAULT_LOCALE, 'minute', 11);
    expect(ticks.minor).toEqual([]);
    expect(ticks.major.map((tick) => tick.label)).toEqual(['July 1953 – March 2014, no events']);
  });

  it('is plain computeTicks when no break is in view', () => {
    const september: [number, number] = [warp.toDisplay(day('2025-09-01')), warp.toDisplay(day('2025-09-06'))];
    const ticks = createTimeScale(september, [0, 400], warp).ticks(DEFAULT_LOCALE, 'minute', 11);
    expect(ticks.unit).toBe('day');
    expect(ticks.minor.map((tick) => tick.label)).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('formatTimeLength', () => {
  it('writes a length in its two largest units, in the locale', () => {
    expect(formatTimeLength(day('1953-07-28'), day('2014-03-18'))).toBe('60 years 7 months');
    expect(formatTimeLength(day('2022-02-25'), day('2022-03-29'))).toBe('1 month 4 days');
    expect(formatTimeLength(day('2022-02-25'), day('2022-02-25') + 5 * 3_600_000)).toBe('5 hours');
  });
});
