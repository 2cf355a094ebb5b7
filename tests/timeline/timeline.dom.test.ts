import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { createTimeline } from '../../src/timeline/index.js';
import { useMount } from '../support/mount.js';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

const LANES = ['War', 'Diplomacy', 'Security guarantees'];
const mount = useMount();
const DAY = 86_400_000;

/** Where a point marker is drawn: the translation that places its shape. */
function centreOf(mark: Element): { x: number; y: number } {
  const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(mark.getAttribute('transform') ?? '') ?? [];
  return { x: Number(x), y: Number(y) };
}

/** Every attribute value in the container, to prove no NaN, undefined or Infinity reached the DOM. */
function attributeValues(root: Element): string[] {
  return [root, ...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => `${a.name}=${a.value}`));
}

/** The SVG as text, normalised like Observable Plot's snapshots: numbers rounded, generated ids re-indexed. */
function normalisedSvg(container: Element): string {
  const svg = container.querySelector('svg')!;
  const ids = new Map<string, string>();
  return new XMLSerializer()
    .serializeToString(svg)
    .replace(/eventline-(clip|option)-\d+/g, (id, kind: string) => ids.get(id) ?? (ids.set(id, `eventline-${kind}-${ids.size}`), ids.get(id)!))
    .replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number))))
    .replace(/></g, '>\n<');
}

describe('createTimeline in a DOM', () => {
  it('draws the news dataset to the DOM contract', () => {
    const { container } = mount({ dataset: news, lanes: LANES });
    const root = container.querySelector('.eventline')!;
    expect(root.getAttribute('role')).toBe('region');
    expect(root.getAttribute('aria-label')).toBe(news.title);
    expect([...container.querySelectorAll('.eventline-lane')].map((lane) => lane.getAttribute('data-lane'))).toEqual(LANES);
    expect(container.querySelectorAll('.eventline-axis .eventline-tick').length).toBeGreaterThan(3);
    expect(container.querySelectorAll('.eventline-event[data-event-id]').length).toBeGreaterThan(3);
    // The density scale gives the busy days room: every event of the story is its own marker, none in a cluster.
    expect(container.querySelectorAll('.eventline-cluster').length).toBe(0);
    expect(container.querySelectorAll('.eventline-point').length).toBe(news.events.filter((event) => !event.era && !event.end).length);
    expect(container.querySelectorAll('.eventline-label').length).toBeGreaterThan(3);
    expect(container.querySelector('.eventline-detail')).not.toBeNull();
    expect(container.querySelector('.eventline-tooltip')).not.toBeNull();
    expect(attributeValues(container).filter((value) => /NaN|undefined|Infinity/.test(value))).toEqual([]);
    expect([...container.querySelectorAll('.eventline-legend li')].map((li) => li.textContent)).toContain('summit');
  });

  /** Compares the chart with `__snapshots__/<name>.svg`; a mismatch writes `<name>-changed.svg` to review. */
  function expectSnapshot(container: Element, name: string): void {
    // Plain paths: jsdom replaces the global URL, which node:fs does not accept.
    const folder = join(process.cwd(), 'tests', 'timeline', '__snapshots__');
    const file = join(folder, `${name}.svg`);
    const actual = normalisedSvg(container);
    if (process.env.UPDATE_SNAPSHOTS === '1') {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, actual);
    }
    expect(existsSync(file), 'no snapshot yet: run with UPDATE_SNAPSHOTS=1 and review the file').toBe(true);
    const expected = readFileSync(file, 'utf8');
    if (actual !== expected) writeFileSync(join(folder, `${name}-changed.svg`), actual);
    expect(actual, `SVG changed: compare ${name}-changed.svg, then run with UPDATE_SNAPSHOTS=1`).toBe(expected);
  }

  it('matches the SVG snapshot (TZ pinned to Asia/Kolkata)', () => {
    const { container, timeline } = mount({ dataset: news, lanes: LANES, height: 400, compressGaps: false });
    timeline.zoomTo([new Date('2025-08-10T00:00:00Z'), new Date('2025-09-10T00:00:00Z')]);
    expectSnapshot(container, 'news-aug-sep-2025');
  });

  it('matches the SVG snapshot of the whole dataset with its long gaps shortened', () => {
    const { container } = mount({ dataset: news, lanes: LANES, height: 400 });
    expect(container.querySelectorAll('.eventline-axis-break')).toHaveLength(5);
    expectSnapshot(container, 'news-gaps-shortened');
  });

  it('keeps DOM nodes for events whose ids survive an update (object constancy) and keeps the selection', () => {
    // Linear time: the range asked for reaches into a gap, which compression would shorten.
    const { container, timeline } = mount({ dataset: raw, lanes: LANES, compressGaps: false });
    timeline.zoomTo([new Date('2025-08-10T00:00:00Z'), new Date('2025-09-10T00:00:00Z')]);
    timeline.select('alaska-summit');
    const before = container.querySelector('[data-event-id="alaska-summit"].eventline-event');
    expect(before).not.toBeNull();
    const edited = structuredClone(raw);
    edited.events = edited.events.filter((event) => event.id !== 'healey-praises-trump');
    edited.events.find((event) => event.id === 'alaska-summit')!.title = 'Trump and Putin meet in Anchorage';
    timeline.update({ dataset: edited });
    const after = container.querySelector('[data-event-id="alaska-summit"].eventline-event');
    expect(after).toBe(before);
    expect(timeline.getState().selected).toBe('alaska-summit');
    expect(container.querySelector('.eventline-detail-title')?.textContent).toBe('Trump and Putin meet in Anchorage');
    expect(timeline.getState().range[0].toISOString().slice(0, 10)).toBe('2025-08-10');
    expect(container.querySelector('[data-event-id="healey-praises-trump"]')).toBeNull();
  });

  it('shows the detail panel for a click: date with its precision, quotes, and safe source links', () => {
    const { container } = mount({ dataset: news, lanes: LANES });
    const mark = container.querySelector<SVGElement>('[data-event-id="full-scale-invasion"].eventline-event')!;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const detail = container.querySelector<HTMLElement>('.eventline-detail')!;
    expect(detail.hidden).toBe(false);
    expect(detail.querySelector('.eventline-detail-title')?.textContent).toBe('Russia launches full-scale invasion');
    expect(detail.querySelector('.eventline-detail-date')?.textContent).toBe('24 February 2022');
    expect(detail.querySelectorAll('.eventline-detail-sources li')).toHaveLength(2);
    detail.querySelector<HTMLButtonElement>('.eventline-detail-close')!.click();
    expect(detail.hidden).toBe(true);
  });

  it('writes month and approximate dates as a reader would say them', () => {
    const { container, timeline } = mount({ dataset: news, lanes: LANES });
    timeline.select('donbas-war');
    expect(container.querySelector('.eventline-detail-date')?.textContent).toBe('April 2014 – February 2022');
    timeline.select('elysee-korea-briefing');
    expect(container.querySelector('.eventline-detail-date')?.textContent).toBe('c. 3 September 2025');
  });

  it('writes an event\'s displayDate wherever it writes its date, and keeps the real date for placing it', () => {
    const worded = (id: string, displayDate: string) => ({ ...raw.events.find((event) => event.id === id)!, displayDate });
    const dataset = parseDataset({ ...raw, events: [worded('paris-summit', 'Thursday, after lunch'), worded('elysee-korea-briefing', 'Early September'), ...raw.events.filter((event) => !['paris-summit', 'elysee-korea-briefing'].includes(event.id))] });
    const { container, timeline } = mount({ dataset, lanes: LANES });
    const mark = container.querySelector('.eventline-event[data-event-id="paris-summit"]')!;
    expect(mark.getAttribute('aria-label')).toBe('Coalition of the willing summit in Paris, \u2068Thursday, after lunch\u2069');
    // Placed by its start, as before: the same x as the unworded chart's mark.
    const plain = mount({ dataset: news, lanes: LANES }).container.querySelector('.eventline-event[data-event-id="paris-summit"]')!;
    expect(centreOf(mark).x).toBeCloseTo(centreOf(plain).x, 1);
    // The tooltip on pointing at the mark, the detail and the announcement on a click.
    mark.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(container.querySelector('.eventline-tooltip')!.textContent).toContain('\u2068Thursday, after lunch\u2069');
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(container.querySelector('.eventline-detail-date')?.textContent).toBe('\u2068Thursday, after lunch\u2069');
    expect(container.querySelector('.eventline-live')!.textContent).toContain('Coalition of the willing summit in Paris, \u2068Thursday, after lunch\u2069');
    // An estimate keeps its mark before the dataset's words.
    timeline.select('elysee-korea-briefing');
    expect(container.querySelector('.eventline-detail-date')?.textContent).toBe('c. \u2068Early September\u2069');
    timeline.update({ layout: 'vertical' });
    const head = container.querySelector('.eventline-card[data-event-id="paris-summit"] .eventline-card-head')!;
    expect(head.querySelector('time')!.textContent).toBe('\u2068Thursday, after lunch\u2069');
    expect(head.querySelector('time')!.getAttribute('datetime')).toBe('2025-09-04');
    expect(head.getAttribute('aria-label')).toBe('\u2068Thursday, after lunch\u2069, Coalition of the willing summit in Paris');
    const estimate = container.querySelector('.eventline-card[data-event-id="elysee-korea-briefing"] .eventline-card-head')!;
    expect(estimate.getAttribute('aria-label')).toMatch(/^about \u2068Early September\u2069, /);
  });

  it('links only http, https and mailto sources, with rel="noopener noreferrer", and sets data as text', () => {
    const dataset = {
      title: '<b>T</b>',
      sources: [{ id: 's', publisher: '<img src=x onerror=alert(1)>', title: 'Report', published: '2025-09-05', url: 'https://example.org/report' }],
      events: [{ id: 'x', title: '<script>alert(1)</script>', start: '2025-09-05', sources: ['s'], summary: '<svg onload=alert(1)>' }],
    };
    const { container, timeline } = mount({ dataset });
    timeline.select('x');
    const link = container.querySelector<HTMLAnchorElement>('.eventline-detail-sources a')!;
    expect(link.href).toBe('https://example.org/report');
    expect(link.rel).toBe('noopener noreferrer');
    expect(container.querySelector('.eventline-detail-title')?.textContent).toBe('<script>alert(1)</script>');
    expect(container.querySelectorAll('.eventline script, .eventline img, .eventline-detail svg, .eventline b')).toHaveLength(0);
  });

  it('writes dates and axis labels in the chosen date-fns locale', async () => {
    const { fr } = await import('date-fns/locale/fr');
    const { container, timeline } = mount({ dataset: news, lanes: LANES, locale: fr });
    timeline.zoomTo([new Date('2025-08-10T00:00:00Z'), new Date('2025-09-10T00:00:00Z')]);
    const majors = [...container.querySelectorAll('.eventline-tick-major')].map((tick) => tick.textContent);
    expect(majors).toContain('septembre 2025');
    timeline.select('full-scale-invasion');
    expect(container.querySelector('.eventline-detail-date')?.textContent).toBe('24 février 2022');
  });

  it('shows an event’s media with its alt text and credit', () => {
    const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
    const { container, timeline } = mount({ dataset: { title: 'Media', sources: [source], events: [
      { id: 'x', title: 'X', start: '2025-09-04', sources: ['s'], media: { url: 'https://example.org/paris.jpg', alt: 'Leaders at the Élysée', credit: 'Agency' } },
    ] } });
    timeline.select('x');
    const image = container.querySelector<HTMLImageElement>('.eventline-detail-media img')!;
    expect(image.src).toBe('https://example.org/paris.jpg');
    expect(image.alt).toBe('Leaders at the Élysée');
    expect(container.querySelector('.eventline-detail-media figcaption')?.textContent).toBe('Agency');
  });

  it('uses the embedder’s renderDetail node instead of the default panel', () => {
    const renderDetail = vi.fn((event) => Object.assign(document.createElement('p'), { className: 'custom', textContent: `Custom: ${event.id}` }));
    const { container, timeline } = mount({ dataset: news, renderDetail });
    timeline.select('paris-summit');
    expect(container.querySelector('.eventline-detail .custom')?.textContent).toBe('Custom: paris-summit');
    expect(renderDetail).toHaveBeenCalledWith(expect.objectContaining({ id: 'paris-summit' }));
  });

  it('emits select and zoom to on() handlers and as bubbling DOM events; off() stops them', () => {
    const { container, timeline } = mount({ dataset: news, compressGaps: false });
    const onSelect = vi.fn();
    const onDomSelect = vi.fn();
    const onZoom = vi.fn();
    const off = timeline.on('select', onSelect);
    timeline.on('zoom', onZoom);
    document.body.addEventListener('eventline:select', onDomSelect);
    timeline.select('paris-summit');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ id: 'paris-summit' }));
    expect(onDomSelect.mock.calls[0]![0].detail.id).toBe('paris-summit');
    timeline.zoomTo([new Date('2025-01-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z')]);
    expect(onZoom).toHaveBeenCalled();
    expect(timeline.getState().range.map((d) => d.toISOString().slice(0, 10))).toEqual(['2025-01-01', '2025-12-31']);
    off();
    timeline.select(null);
    expect(onSelect).toHaveBeenCalledTimes(1);
    document.body.removeEventListener('eventline:select', onDomSelect);
    expect(container.querySelector('.eventline-detail')?.hasAttribute('hidden')).toBe(true);
  });

  it('draws once when select pans to an event out of view', () => {
    const { timeline } = mount({ dataset: news, lanes: LANES, initialRange: [new Date('2025-08-10T00:00:00Z'), new Date('2025-09-10T00:00:00Z')] });
    const renders = vi.fn();
    timeline.on('render', renders);
    timeline.select('full-scale-invasion');
    expect(renders).toHaveBeenCalledTimes(1);
    expect(timeline.getState().range[0].getTime()).toBeLessThan(Date.parse('2022-02-24'));
  });

  it('zooms (animated) to a cluster’s extent when it is clicked, so its events come apart', async () => {
    // Linear time from 1953: September 2025 is a few pixels, its events a cluster.
    const { container, timeline } = mount({ dataset: news, lanes: LANES, compressGaps: false });
    const before = timeline.getState().range;
    const cluster = container.querySelector('.eventline-cluster[data-cluster-key^="Security guarantees"]')!;
    // An option of the chart's listbox, named by its count, lane and dates, placed in time order.
    expect(cluster.getAttribute('role')).toBe('option');
    expect(cluster.getAttribute('aria-label')).toMatch(/^\d+ events in Security guarantees, \d+ \w+ 2025 to \d+ \w+ 2025$/);
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await vi.waitFor(() => {
      const after = timeline.getState().range;
      expect(after[1].getTime() - after[0].getTime()).toBeLessThan((before[1].getTime() - before[0].getTime()) / 10);
    }, { timeout: 5000 }); // a 450 ms animation; generous for a loaded 2-core CI machine
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(container.querySelectorAll('.eventline-point').length).toBeGreaterThan(4);
  });

  it('opens a cluster from the keyboard at once: focus goes to its first event, and the live region says how many it held', () => {
    const { container } = mount({ dataset: news, lanes: LANES, compressGaps: false });
    const cluster = container.querySelector<SVGElement>('.eventline-cluster[data-cluster-key^="Security guarantees"]')!;
    const count = Number(cluster.getAttribute('data-count'));
    cluster.focus();
    // Which events it holds is said once the reader is on it: the first three in time.
    const description = cluster.getAttribute('aria-description')!;
    expect(description).toMatch(/^[^;]+; [^;]+; [^;]+; and \d+ more$/);
    cluster.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(cluster.isConnected).toBe(false);
    // Its first event in time: the one its description names first.
    const first = news.events.find((event) => event.title === description.split('; ')[0])!;
    expect(document.activeElement!.getAttribute('data-event-id')).toBe(first.id);
    const earliest = Math.min(...news.events.filter((event) => description.includes(event.title)).map((event) => event.start.getTime()));
    expect(first.start.getTime()).toBe(earliest);
    expect(container.querySelector('.eventline-live')!.textContent).toBe(`${count} events opened.`);
  });

  it('renders an invalid dataset as a readable error listing every issue, and recovers on update', () => {
    const { container, timeline } = mount({ dataset: { title: 'Broken', sources: [], events: [{ id: 'a', title: 'A', start: '2022-13-01', sources: ['nope'] }] } });
    const items = [...container.querySelectorAll('.eventline-error li')].map((li) => li.textContent);
    expect(items).toEqual([
      'events[0].start: "2022-13-01" is not a valid date (there is no month 13)',
      'events[0].sources[0]: "nope" is not the id of any source (the dataset lists no sources)',
    ]);
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    expect(attributeValues(container).filter((value) => /NaN|undefined|Infinity/.test(value))).toEqual([]);
    timeline.update({ dataset: news });
    expect(container.querySelector('.eventline-error')).toBeNull();
    expect(container.querySelectorAll('.eventline-event').length).toBeGreaterThan(0);
  });

  it('shows an empty state with an axis for no events, and centres a lone event with ticks', () => {
    const { container } = mount({ dataset: { title: 'Empty', sources: [], events: [] }, initialRange: [new Date('2025-01-01T00:00:00Z'), new Date('2025-12-31T00:00:00Z')] });
    expect(container.querySelector('.eventline-empty')?.textContent).toBe('No events to show.');
    expect(container.querySelectorAll('.eventline-tick').length).toBeGreaterThan(3);
    const lone = mount({ dataset: { title: 'One', sources: [{ id: 's', publisher: 'p', title: 't', published: '2025' }], events: [{ id: 'a', title: 'Only', start: '2022-02-24', sources: ['s'] }] } });
    const mark = lone.container.querySelector('.eventline-point')!;
    const width = Number(lone.container.querySelector('svg')!.getAttribute('width'));
    expect(Math.abs(centreOf(mark).x - width / 2)).toBeLessThan(20);
    expect(lone.container.querySelectorAll('.eventline-tick').length).toBeGreaterThan(3);
  });

  it('keeps two events at the same instant visible and separately selectable', () => {
    const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
    const { container, timeline } = mount({ dataset: { title: 'Twins', sources: [source], events: [
      { id: 'a', title: 'A', start: '2025-09-05T09:30Z', sources: ['s'] },
      { id: 'b', title: 'B', start: '2025-09-05T09:30Z', sources: ['s'] },
    ] } });
    const [a, b] = ['a', 'b'].map((id) => container.querySelector(`.eventline-point[data-event-id="${id}"]`)!);
    expect(centreOf(a!).y).not.toBe(centreOf(b!).y);
    b!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(timeline.getState().selected).toBe('b');
  });

  it('fits a new dataset that shares no ids with the old one, instead of keeping an empty view', () => {
    const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
    const { container, timeline } = mount({ dataset: news });
    timeline.zoomTo([new Date('2025-08-10T00:00:00Z'), new Date('2025-09-10T00:00:00Z')]);
    timeline.update({ dataset: { title: 'Korea', sources: [source], events: [
      { id: 'k1', title: 'War begins', start: '1950-06-25', sources: ['s'] },
      { id: 'k2', title: 'Armistice', start: '1953-07-27', sources: ['s'] },
    ] } });
    expect(timeline.getState().range[0].getUTCFullYear()).toBeLessThan(1951);
    expect(container.querySelectorAll('.eventline-event').length).toBe(2);
  });

  it('lets events replace a dataset in update, and says when the selection disappears', () => {
    const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
    const { container, timeline } = mount({ dataset: news });
    timeline.select('paris-summit');
    const onSelect = vi.fn();
    timeline.on('select', onSelect);
    timeline.update({ events: [{ id: 'only', title: 'Only event', start: '2025-01-01', sources: ['s'] }], sources: [source] });
    expect([...container.querySelectorAll('.eventline-event')].map((e) => e.getAttribute('data-event-id'))).toEqual(['only']);
    expect(timeline.getState().selected).toBeNull();
    expect(onSelect).toHaveBeenCalledWith({ id: null, event: null });
  });

  describe('export', () => {
    it('gives the chart as drawn as a standalone SVG string, in the theme’s colours', () => {
      const { timeline } = mount({ dataset: news, lanes: LANES, theme: 'dark' });
      const svg = timeline.toSVG();
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg).toContain('<title>Ukraine: the war and the 2025 security-guarantee talks</title>');
      expect(svg).toContain('fill="#15171b"');
      expect(svg).toContain('Russia annexes Crimea');
      expect(new DOMParser().parseFromString(svg, 'image/svg+xml').querySelector('parsererror')).toBeNull();
    });

    it('shows download buttons only with the download option, and exports nothing from the error state', async () => {
      const { container, timeline } = mount({ dataset: news });
      const buttons = (): HTMLButtonElement[] => [...container.querySelectorAll<HTMLButtonElement>('.eventline-button-download-svg, .eventline-button-download-png')];
      expect(buttons().every((button) => button.hidden)).toBe(true);
      timeline.update({ download: true });
      expect(buttons().map((button) => [button.textContent, button.hidden])).toEqual([['Download SVG', false], ['Download PNG', false]]);
      timeline.update({ dataset: { title: 'Broken', sources: [], events: [{ id: 'a' }] } });
      expect(timeline.toSVG()).toBe('');
      await expect(timeline.toPNG()).rejects.toThrow(/no chart to export/);
      // An option change on the error state does not bring back buttons that could export nothing.
      timeline.update({ theme: 'dark' });
      expect(buttons().every((button) => button.hidden)).toBe(true);
    });
  });

  describe('gap compression', () => {
    const breakStarts = (container: Element): string[] =>
      [...container.querySelectorAll('.eventline-axis-break')].map((mark) => new Date(Number(mark.getAttribute('data-gap-start'))).toISOString().slice(0, 10));
    /** Every axis label, minor row then major row. */
    const axisText = (container: Element): string => [...container.querySelectorAll('.eventline-tick text, .eventline-tick-major')].map((tick) => tick.textContent).join(' ');

    it('shortens long empty stretches by default, while getState and zoom events speak real time', () => {
      const { container, timeline } = mount({ dataset: news, lanes: LANES });
      expect(breakStarts(container)).toEqual(['1953-07-28', '2014-03-19', '2022-02-25', '2022-03-30', '2022-10-01']);
      // 1953, 2014, 2022 and 2025 are all named on one axis, and the September days are apart.
      expect(axisText(container)).toMatch(/1953.*2014.*2022.*2025/);
      const [start, end] = timeline.getState().range;
      expect(start.getTime()).toBeLessThan(Date.parse('1953-07-27'));
      expect(end.getTime()).toBeGreaterThan(Date.parse('2025-09-05'));
      for (const id of ['korean-armistice', 'crimea-annexation', 'full-scale-invasion', 'alaska-summit']) {
        expect(container.querySelector(`[data-event-id="${id}"].eventline-event`), id).not.toBeNull();
      }
      const gap = container.querySelector('.eventline-axis-break title')!.textContent;
      expect(gap).toBe('60 years 7 months without events, shortened. Click to expand.');
    });

    it('expands a gap when its break is clicked, keeping the long ones shortened, and says so', () => {
      // Even time outside the gaps, so the opened gap gets room by its length alone.
      const { container, timeline } = mount({ dataset: news, lanes: LANES, timeScale: 'linear' });
      const secondBreak = container.querySelectorAll('.eventline-axis-break-target')[1]!;
      secondBreak.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      expect(breakStarts(container)).toEqual(['1953-07-28', '2022-10-01']);
      expect(container.querySelector('.eventline-live')?.textContent).toBe('Expanded 7 years 11 months without events.');
      // The whole dataset was in view, so it still is: now with 2014–2022 at its real length.
      expect(axisText(container)).toMatch(/2016.*2018.*2020/);
      expect(timeline.getState().range[0].getTime()).toBeLessThan(Date.parse('1953-07-27'));
    });

    it('has a toggle that draws every gap at full length and back, hidden when there is nothing to shorten', () => {
      const { container } = mount({ dataset: news, lanes: LANES });
      const toggle = container.querySelector<HTMLButtonElement>('.eventline-button-gaps')!;
      expect(toggle.hidden).toBe(false);
      expect(toggle.textContent).toBe('True time scale');
      toggle.click();
      expect(toggle.getAttribute('aria-pressed')).toBe('true');
      expect(breakStarts(container)).toEqual([]);
      expect(container.querySelector('.eventline-live')?.textContent).toBe('Time drawn to scale: every stretch at its real length.');
      toggle.click();
      expect(toggle.getAttribute('aria-pressed')).toBe('false');
      expect(breakStarts(container)).toHaveLength(5);
      const linear = mount({ dataset: news, compressGaps: false }).container;
      expect(linear.querySelector<HTMLButtonElement>('.eventline-button-gaps')!.hidden).toBe(true);
      expect(linear.querySelectorAll('.eventline-axis-break')).toHaveLength(0);
    });

    it('follows the compressGaps option through update, including an explicit minGap, and refuses a bad one', () => {
      const { container, timeline } = mount({ dataset: news, lanes: LANES });
      timeline.update({ compressGaps: false });
      expect(breakStarts(container)).toEqual([]);
      timeline.update({ compressGaps: { minGap: 5 * 365 * DAY } });
      expect(breakStarts(container)).toEqual(['1953-07-28', '2014-03-19']);
      expect(attributeValues(container).filter((value) => /NaN|undefined|Infinity/.test(value))).toEqual([]);
      expect(() => timeline.update({ compressGaps: { minGap: -1 } })).toThrow(/compressGaps\.minGap must be a positive number/);
    });

    it('keeps an expanded gap open through updates that do not change the scale, such as a theme switch', () => {
      const { container, timeline } = mount({ dataset: news, lanes: LANES });
      container.querySelectorAll('.eventline-axis-break-target')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      const opened = breakStarts(container);
      expect(opened).not.toContain('1953-07-28');
      timeline.update({ theme: 'dark', compressGaps: true, height: 420 });
      expect(breakStarts(container)).toEqual(opened);
    });

    it('moves to the kept range in one zoom event when the scale changes', () => {
      const { timeline } = mount({ dataset: news, lanes: LANES });
      timeline.zoomTo([new Date('2025-09-01T00:00:00Z'), new Date('2025-09-06T00:00:00Z')]);
      const zooms: string[][] = [];
      timeline.on('zoom', ({ range }) => zooms.push(range.map((date) => date.toISOString().slice(0, 10))));
      timeline.update({ compressGaps: false });
      expect(zooms).toEqual([['2025-09-01', '2025-09-06']]);
    });

    it('keeps a zoomed-in view across a change of scale', () => {
      const { timeline } = mount({ dataset: news, lanes: LANES });
      timeline.zoomTo([new Date('2025-09-01T00:00:00Z'), new Date('2025-09-06T00:00:00Z')]);
      timeline.update({ compressGaps: false });
      expect(timeline.getState().range.map((date) => date.toISOString().slice(0, 10))).toEqual(['2025-09-01', '2025-09-06']);
    });
  });

  it('clamps zoom to the zoomLimits option, and refuses limits that are not positive numbers', () => {
    const { timeline } = mount({ dataset: news, zoomLimits: { minSpan: DAY, maxSpan: 40 * 365 * DAY }, compressGaps: false });
    timeline.zoomTo([new Date('2025-09-05T09:00:00Z'), new Date('2025-09-05T10:00:00Z')]);
    const [a, b] = timeline.getState().range;
    expect(b.getTime() - a.getTime()).toBeCloseTo(DAY, -3);
    timeline.zoomTo([new Date('1800-01-01T00:00:00Z'), new Date('2200-01-01T00:00:00Z')]);
    const [c, d] = timeline.getState().range;
    expect(d.getTime() - c.getTime()).toBeLessThanOrEqual(40 * 365 * DAY + 1);
    expect(() => createTimeline(document.createElement('div'), { dataset: news, zoomLimits: { minSpan: -1 } })).toThrow(/zoomLimits\.minSpan must be a positive number/);
    expect(() => createTimeline(document.createElement('div'), { dataset: news, zoomLimits: { maxSpan: Number.NaN } })).toThrow(/zoomLimits\.maxSpan/);
  });

  it('keeps Escape for the page when there is nothing to close, and takes it when it closes the detail panel', () => {
    const { container, timeline } = mount({ dataset: news, lanes: LANES });
    const mark = container.querySelector<SVGElement>('.eventline-event[tabindex="0"]')!;
    mark.focus();
    const press = (): KeyboardEvent => {
      const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
      mark.dispatchEvent(event);
      return event;
    };
    expect(press().defaultPrevented).toBe(false);
    timeline.select(mark.getAttribute('data-event-id'));
    expect(press().defaultPrevented).toBe(true);
    expect(timeline.getState().selected).toBeNull();
  });

  it('reveals each event the keyboard reaches with at most one redraw per key, however far it zooms', async () => {
    const { container, timeline } = mount({ dataset: news, lanes: LANES });
    let renders = 0;
    timeline.on('render', () => renders++);
    container.querySelector<SVGElement>('.eventline-event[tabindex="0"]')!.focus();
    const visited = new Set<string>();
    for (let i = 0; i < news.events.length; i++) {
      renders = 0;
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: i === 0 ? 'Home' : 'ArrowRight', bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(renders, `key ${i}`).toBeLessThanOrEqual(1);
      visited.add(document.activeElement!.getAttribute('data-event-id') ?? '');
    }
    expect(visited.size).toBe(news.events.length);
  });

  it('starts inside zoomLimits.maxSpan even when it is narrower than the dataset', () => {
    const { timeline } = mount({ dataset: news, zoomLimits: { maxSpan: 365 * DAY }, compressGaps: false });
    const [a, b] = timeline.getState().range;
    expect(b.getTime() - a.getTime()).toBeLessThanOrEqual(365 * DAY + 1);
  });

  it('refuses an invalid initialRange before it touches the container', () => {
    const container = document.createElement('div');
    expect(() => createTimeline(container, { dataset: news, initialRange: [new Date('2025-09-01'), new Date('2025-01-01')] })).toThrow(/initialRange/);
    expect(() => createTimeline(container, { dataset: news, initialRange: [new Date('nope'), new Date('2025-01-01')] })).toThrow(/initialRange/);
    expect(container.childNodes).toHaveLength(0);
  });

  it('opens a cluster with Enter, like a click', async () => {
    const { container, timeline } = mount({ dataset: news, lanes: LANES, compressGaps: false });
    const before = timeline.getState().range;
    const cluster = container.querySelector('.eventline-cluster')!;
    cluster.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await vi.waitFor(() => {
      const after = timeline.getState().range;
      expect(after[1].getTime() - after[0].getTime()).toBeLessThan(before[1].getTime() - before[0].getTime());
    }, { timeout: 5000 }); // a 450 ms animation; generous for a loaded 2-core CI machine
  });

  it('lists events that even the narrowest zoom cannot separate, instead of zooming in vain', () => {
    const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
    // More events in one minute than a lane has lines: a cluster that no zoom can open.
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, title: `Minute ${i}`, start: `2025-09-05T09:30:${String(i).padStart(2, '0')}Z`, sources: ['s'] }));
    const { container, timeline } = mount({ dataset: { title: 'Minutes', sources: [source], events: [...events, { id: 'later', title: 'Later', start: '2025-09-09T00:00Z', sources: ['s'] }] }, timeScale: 'linear' });
    const cluster = container.querySelector('.eventline-cluster')!;
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    const picks = [...container.querySelectorAll<HTMLButtonElement>('.eventline-detail-pick')];
    expect(picks).toHaveLength(12);
    picks[3]!.click();
    expect(timeline.getState().selected).toBe('m3');
  });

  it('lets the dataset go on destroy, even while the app keeps the handle', async () => {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const container = document.createElement('div');
    document.body.append(container);
    const start = (): { timeline: ReturnType<typeof createTimeline>; dataset: WeakRef<object> } => {
      const parsed = parseDataset(raw);
      return { timeline: createTimeline(container, { dataset: parsed, lanes: LANES }), dataset: new WeakRef(parsed) };
    };
    const { timeline, dataset } = start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    // Alive while mounted …
    expect(dataset.deref()).toBeDefined();
    timeline.destroy();
    await new Promise((resolve) => setTimeout(resolve, 0));
    gc();
    // … and collectable once destroyed, though `timeline` (the handle) is still referenced here.
    expect(dataset.deref()).toBeUndefined();
    expect(timeline.toSVG()).toBe('');
  });

  it('leaves the container empty on destroy, disconnects its ResizeObservers, and can be destroyed twice', () => {
    const disconnect = vi.fn();
    const observe = vi.fn();
    vi.stubGlobal('ResizeObserver', class { observe = observe; disconnect = disconnect; unobserve() {} });
    const container = document.createElement('div');
    document.body.append(container);
    const added = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const timeline = createTimeline(container, { dataset: news });
    const signals = added.mock.calls.map((call) => (call[2] as AddEventListenerOptions | undefined)?.signal);
    added.mockRestore();
    expect(observe).toHaveBeenCalledWith(container);
    const root = container.querySelector('.eventline')!;
    // The container's width, and the vertical story's size (its cards change height as they open and load).
    expect(observe).toHaveBeenCalledWith(root.querySelector('.eventline-story'));
    const select = vi.fn();
    timeline.on('select', select);
    timeline.destroy();
    timeline.destroy();
    expect(container.childNodes).toHaveLength(0);
    expect(disconnect).toHaveBeenCalledTimes(observe.mock.calls.length);
    expect(observe).toHaveBeenCalledTimes(2);
    // Every listener the timeline added (the zoom's wheel and pointer listeners too) is tied to a signal that destroy aborted.
    const own = signals.filter((signal) => signal !== undefined);
    expect(own.length).toBeGreaterThan(3);
    expect(own.every((signal) => signal!.aborted)).toBe(true);
    root.querySelector('.eventline-event')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(select).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});
