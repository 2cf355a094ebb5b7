import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

/** The six events the two articles are about. */
const NAMED = ['full-scale-invasion', 'istanbul-talks', 'alaska-summit', 'tianjin-summit', 'paris-summit', 'vladivostok-remarks'];
const titles = new Map(raw.events.map((event) => [event.id, event.approximate ? `c. ${event.title}` : event.title]));
const stories = raw.events.filter((event) => !event.era).length;

interface Reading {
  /** Event ids whose label shows the whole title. */
  whole: string[];
  /** Labels outside the chart, or over another label or another event's mark. */
  faults: string[];
  /** Whether the named events' labels are all in the first view (above the fold). */
  inFirstView: boolean;
}

/** Reads the chart as drawn: every label's text and box against the chart, the other labels and the marks. */
function read(page: Page): Promise<Reading> {
  return page.evaluate(({ titles, named }) => {
    const svg = document.querySelector('.eventline-svg')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll('.eventline-label[data-event-id]')].map((label) => ({
      id: label.getAttribute('data-event-id')!, text: label.textContent!, box: label.getBoundingClientRect(), lines: label.querySelectorAll('tspan').length || 1,
    }));
    const marks = [...document.querySelectorAll('.eventline-point, .eventline-span, .eventline-cluster')].map((mark) => ({ id: mark.getAttribute('data-event-id'), box: mark.getBoundingClientRect() }));
    const overlap = (a: DOMRect, b: DOMRect, slack = 0.5): boolean => a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack;
    const faults: string[] = [];
    for (const [index, label] of labels.entries()) {
      if (label.box.left < svg.left || label.box.right > svg.right || label.box.top < svg.top || label.box.bottom > svg.bottom) faults.push(`${label.id} outside the chart`);
      for (const other of labels.slice(index + 1)) if (overlap(label.box, other.box)) faults.push(`${label.id} over ${other.id}`);
      for (const mark of marks) if (mark.id !== label.id && overlap(label.box, mark.box)) faults.push(`${label.id} over the mark of ${mark.id}`);
    }
    // Whole: the label's words are the title's (a two-line label joins its lines with a space).
    const whole = labels.filter((label) => {
      const lines = [...document.querySelectorAll(`.eventline-label[data-event-id="${label.id}"] tspan`)].map((span) => span.textContent);
      return (lines.length > 0 ? lines.join(' ') : label.text) === titles[label.id];
    }).map((label) => label.id);
    const inFirstView = labels.filter((label) => named.includes(label.id)).every((label) => label.box.bottom <= innerHeight);
    return { whole, faults, inFirstView };
  }, { titles: Object.fromEntries(titles), named: NAMED });
}

describe.skipIf(!chromiumAvailable())('the news story at first view, default options, in Chromium', () => {
  const chromium = useChromiumAndServer();

  async function open(width: number, height: number, font = ''): Promise<Page> {
    const page = await chromium.browser.newPage({ viewport: { width, height } });
    await page.goto(`${chromium.url}/tests/fixtures/browser/reading.html${font ? `?font=${font}` : ''}`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.waitForSelector('.eventline-label[data-event-id]');
    return page;
  }

  it.each([[1280, 500, 3 / 4], [960, 460, 2 / 3]])('at %i × %i: the six named events whole, in view, clear of every label and mark', async (width, height, share) => {
    const page = await open(width, height);
    const reading = await read(page);
    expect(NAMED.filter((id) => !reading.whole.includes(id))).toEqual([]);
    expect(reading.faults).toEqual([]);
    expect(reading.inFirstView).toBe(true);
    expect(reading.whole.filter((id) => titles.has(id) && !raw.events.find((event) => event.id === id)!.era).length / stories).toBeGreaterThanOrEqual(share);
    await page.close();
  });

  it('reads as well in a wider page font: the layout measures the page’s font', async () => {
    const page = await open(1280, 500, 'dejavu');
    const reading = await read(page);
    expect(NAMED.filter((id) => !reading.whole.includes(id))).toEqual([]);
    expect(reading.faults).toEqual([]);
    await page.close();
  });

  it('draws every legend entry in a colour and shape of its own', async () => {
    const page = await open(1280, 500);
    const swatches = await page.$$eval('.eventline-legend .eventline-swatch', (items) => items.map((item) => `${getComputedStyle(item).color}|${item.querySelector('path')!.getAttribute('d')}`));
    expect(swatches.length).toBe(12);
    expect(new Set(swatches.map((swatch) => swatch.split('|')[0])).size).toBe(12);
    await page.close();
  });

  it('shows invalid data as a readable panel at least 60 px tall', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 960, height: 460 } });
    page.on('console', () => {});
    await page.goto(`${chromium.url}/tests/fixtures/browser/reading.html`);
    await page.waitForSelector('body[data-ready="true"]');
    await page.evaluate(() => (window as unknown as { timeline: { update(options: object): void } }).timeline.update({ dataset: { title: 'Broken', sources: [], events: [{ id: 'a', title: 'A', start: '2022-13-01', sources: ['none'] }] } }));
    const alert = page.getByRole('alert');
    expect((await alert.boundingBox())!.height).toBeGreaterThanOrEqual(60);
    expect(await alert.getByRole('heading').textContent()).toBe('This timeline cannot be shown');
    await page.close();
  });
});
