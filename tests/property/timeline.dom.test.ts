import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimeline, parseDataset, validateDataset, type Dataset, type Timeline, type TimelineEvent, type TimelineOptions } from '../../src/index.js';
import { CLUSTER_WIDTH, PLOT_INSET, RIGHT_MARGIN } from '../../src/layout/metrics.js';
import { anyInput, runs, validDatasetInput } from './arbitraries.js';
import { periodEnd, undrawableDates } from './dateRange.js';

/** Words a number or a missing value turns into when it is written unchecked. */
const BROKEN_VALUE = /NaN|Infinity|undefined/;
/** How many problems the error panel lists (docs: the first 20, and how many more). */
const LISTED_PROBLEMS = 20;

/** What the page hands createTimeline as its dataset: anything at all, here (JavaScript callers are not type-checked). */
type DatasetOption = NonNullable<TimelineOptions['dataset']>;

/** Every attribute in `root` holding NaN, Infinity or undefined, as `<tag name="value">` (data never holds those words: see arbitraries.ts). */
function brokenAttributes(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].filter((attribute) => BROKEN_VALUE.test(attribute.value)).map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`));
}

/** What the container shows a reader: the error panel's problems, the empty state, or the chart (or story). */
function shown(container: Element): { problems: string[] | null; empty: boolean } {
  const alert = container.querySelector('.eventline-message.is-error [role="alert"]');
  const message = container.querySelector<HTMLElement>('.eventline-message');
  return {
    problems: alert ? [...alert.querySelectorAll('li')].map((item) => item.textContent ?? '') : null,
    empty: message !== null && !message.hidden && message.querySelector('.eventline-empty') !== null,
  };
}

/** The error panel's list for `input` as the documentation describes it: validateDataset's issues, the first 20. */
const expectedProblems = (input: unknown): string[] | null => {
  const issues = validateDataset(input);
  return issues.length === 0 ? null : issues.slice(0, LISTED_PROBLEMS).map((issue) => `${issue.path}: ${issue.message}`);
};

/**
 * Checks what a reader sees for `input`: its problems, listed as validateDataset finds them; or,
 * for a valid dataset, the chart (the empty state when it has no events), the first and last events'
 * details opening. Nowhere an attribute holding NaN, Infinity or undefined.
 */
function expectShows(container: HTMLElement, timeline: Timeline, input: unknown): void {
  const problems = expectedProblems(input);
  const state = shown(container);
  expect(state.problems).toEqual(problems);
  if (problems === null) {
    const events = parseDataset(input).events;
    expect(state.empty).toBe(events.length === 0);
    // The first and last events' details: their dates are written out in the panel.
    for (const event of [events[0], events[events.length - 1]]) {
      if (!event) continue;
      timeline.select(event.id);
      expect(container.querySelector('.eventline-detail-title')?.textContent).toBe(event.title);
    }
  }
  expect(brokenAttributes(container)).toEqual([]);
}

/**
 * Fails on a valid `input` with dates a chart cannot draw (issue #22, row 3) before it is drawn: drawing
 * one can loop forever in the layout, which no test timeout stops.
 */
function expectDrawable(input: unknown): void {
  if (validateDataset(input).length === 0) expect(undrawableDates(parseDataset(input)), 'dates accepted that a chart cannot draw').toEqual([]);
}

/** Mounts `options` in a fresh container in the document, runs `check`, and always tears down. */
function withTimeline(options: TimelineOptions, check: (container: HTMLDivElement, timeline: Timeline) => void): void {
  const container = document.createElement('div');
  document.body.append(container);
  let timeline: Timeline | undefined;
  try {
    timeline = createTimeline(container, options);
    check(container, timeline);
  } finally {
    timeline?.destroy();
    container.remove();
  }
}

/** What the chart's listbox offers: events with a mark of their own, and how many events its clusters hold. */
function listboxOptions(container: Element): { own: string[]; clustered: number } {
  const listbox = container.querySelector('.eventline-svg[role="listbox"]')!;
  const options = [...listbox.querySelectorAll('[role="option"]')];
  // The listbox owns its options in time order (a screen reader reads them through aria-owns).
  expect((listbox.getAttribute('aria-owns') ?? '').split(' ').filter(Boolean).sort()).toEqual(options.map((option) => option.id).sort());
  const own: string[] = [];
  let clustered = 0;
  for (const option of options) {
    const id = option.getAttribute('data-event-id');
    if (id !== null) {
      own.push(id);
      continue;
    }
    const count = Number(option.getAttribute('data-count'));
    expect(option.classList.contains('eventline-cluster')).toBe(true);
    // Its name says how many events it holds, as many as it counts; and a cluster is events too close
    // to show apart, so never one event (which would be named "1 events in …" instead of by its title).
    expect(option.getAttribute('aria-label')).toMatch(new RegExp(`^${count} events in `));
    expect(count).toBeGreaterThan(1);
    clustered += count;
  }
  return { own, clustered };
}

/** When the period an event's dates name ends: a calendar day lasts a day, a month all month, a minute is an instant. */
const coveredUntil = (event: TimelineEvent): number =>
  periodEnd(event.end ?? event.start, event.end ? event.endPrecision ?? event.precision : event.precision);

/** A valid dataset, the kind the chart must draw every event of. */
const drawable = validDatasetInput.filter((input) => validateDataset(input).length === 0);

describe('createTimeline and update on arbitrary datasets (properties, jsdom)', () => {
  beforeEach(() => {
    // An invalid dataset is logged once for its producer; here that is most runs.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('never throw on data: an invalid dataset shows its problems, a valid one its chart or story, and no attribute holds NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(anyInput, anyInput, fc.constantFrom<NonNullable<TimelineOptions['layout']>>('auto', 'horizontal', 'vertical'), (first, next, layout) => {
        expectDrawable(first);
        expectDrawable(next);
        withTimeline({ dataset: first as DatasetOption, layout }, (container, timeline) => {
          expectShows(container, timeline, first);
          // A new dataset replaces the old one, and what is shown follows it.
          timeline.update({ dataset: next as DatasetOption });
          expectShows(container, timeline, next);
        });
      }),
      runs(30, 8),
    );
  }, 60_000);

  it('offers one option per event in the whole-dataset view: its own mark, or a place in a cluster that counts it', () => {
    fc.assert(
      fc.property(drawable, (input) => {
        expectDrawable(input);
        const dataset: Dataset = parseDataset(input);
        withTimeline({ dataset: input as DatasetOption, layout: 'horizontal' }, (container) => {
          const { own, clustered } = listboxOptions(container);
          expect(new Set(own).size).toBe(own.length);
          expect(own.filter((id) => !dataset.events.some((event) => event.id === id))).toEqual([]);
          expect(own.length + clustered).toBe(dataset.events.length);
        });
      }),
      runs(30, 8),
    );
  }, 60_000);

  it('zoomed in, offers every event inside the view and none outside it (linear time, a cluster’s reach either side)', () => {
    fc.assert(
      fc.property(drawable, fc.double({ min: 0, max: 0.9, noNaN: true }), fc.double({ min: 0.02, max: 1, noNaN: true }), (input, from, share) => {
        expectDrawable(input);
        const { events } = parseDataset(input);
        withTimeline({ dataset: input as DatasetOption, layout: 'horizontal', compressGaps: false, timeScale: 'linear' }, (container, timeline) => {
          const [a0, b0] = timeline.getState().range.map((date) => date.getTime()) as [number, number];
          const start = a0 + from * (b0 - a0);
          timeline.zoomTo([start, start + Math.max(share * (b0 - a0), 1)]);
          // Clamped to the zoom limits: the view is what the chart says it shows.
          const [a, b] = timeline.getState().range.map((date) => date.getTime()) as [number, number];
          const width = Number(container.querySelector('.eventline-svg')!.getAttribute('width'));
          const left = Math.min(PLOT_INSET, width / 4);
          const msPerPx = (b - a) / (Math.max(left + 1, width - RIGHT_MARGIN) - left);
          // Inside by 2 px (rounding): must be drawn. Within a cluster bucket of the edges: may be.
          const [innerFrom, innerTo] = [a + 2 * msPerPx, b - 2 * msPerPx];
          const [outerFrom, outerTo] = [a - (CLUSTER_WIDTH + 2) * msPerPx, b + (CLUSTER_WIDTH + 2) * msPerPx];
          // A point is drawn inside the period its date names; a span or era shows wherever it overlaps the view.
          const mustShow = events.filter((event) => (event.end
            ? event.start.getTime() <= innerTo && coveredUntil(event) >= innerFrom
            : event.start.getTime() >= innerFrom && coveredUntil(event) <= innerTo));
          const mayShow = new Set(events.filter((event) => event.start.getTime() <= outerTo && coveredUntil(event) >= outerFrom).map((event) => event.id));
          const { own, clustered } = listboxOptions(container);
          expect(own.filter((id) => !mayShow.has(id))).toEqual([]);
          expect(own.length + clustered).toBeLessThanOrEqual(mayShow.size);
          // Every event that must show is its own option or one a cluster counts.
          expect(mustShow.filter((event) => !own.includes(event.id)).length).toBeLessThanOrEqual(clustered);
          expect(own.length + clustered).toBeGreaterThanOrEqual(mustShow.length);
        });
      }),
      runs(30, 8),
    );
  }, 60_000);
});
