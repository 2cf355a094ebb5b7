/**
 * What a screen-reader user hears, from Chromium's accessibility tree (CDP), key by key: the news story
 * in an article page, walked from the page's heading with keys only. Each step asserts the focused
 * node's role, name and position and the live region's text, as docs/accessibility.md describes them.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };
import { KEY_HELP } from '../../src/interact/keymap.js';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

/** The news dataset's titles in time order (start, then id), as the timeline sorts its events. */
const titlesInTimeOrder = raw.events
  .map((event) => ({ id: event.id, title: event.title, time: Date.parse(event.start.length === 4 ? `${event.start}-01-01` : event.start.length === 7 ? `${event.start}-01` : event.start) }))
  .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1))
  .map((event) => event.title);

/** One step as a screen reader gets it: the focused node and the live region. */
interface Heard {
  role: string;
  name: string;
  description: string;
  /** `aria-posinset`/`aria-setsize`, as "3 of 28". */
  position: string;
  selected?: boolean;
  expanded?: boolean;
  pressed?: string;
  level?: number;
  live: string;
}

async function heard(page: Page, cdp: CDPSession): Promise<Heard> {
  await page.waitForTimeout(60);
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId! });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
  const ax = nodes[0]!;
  const properties = Object.fromEntries((ax.properties ?? []).map((property) => [property.name, property.value.value as unknown]));
  const dom = await page.evaluate(() => ({
    position: document.activeElement?.hasAttribute('aria-posinset') ? `${document.activeElement.getAttribute('aria-posinset')} of ${document.activeElement.getAttribute('aria-setsize')}` : '',
    live: document.querySelector('.eventline-live')?.textContent ?? '',
  }));
  return {
    role: String(ax.role?.value ?? ''),
    name: String(ax.name?.value ?? ''),
    description: String(ax.description?.value ?? ''),
    ...dom,
    ...('selected' in properties ? { selected: properties.selected as boolean } : {}),
    ...('expanded' in properties ? { expanded: properties.expanded as boolean } : {}),
    ...('pressed' in properties ? { pressed: String(properties.pressed) } : {}),
    ...('level' in properties ? { level: properties.level as number } : {}),
  };
}

describe.skipIf(!chromiumAvailable())('a screen-reader walk through the news story (Chromium accessibility tree)', () => {
  const chromium = useChromiumAndServer();

  async function open(query = ''): Promise<{ page: Page; cdp: CDPSession; press: (key: string) => Promise<Heard> }> {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${chromium.url}/tests/fixtures/browser/article.html${query}`);
    await page.waitForSelector('body[data-ready="true"]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await cdp.send('DOM.enable');
    await page.focus('h1');
    return { page, cdp, press: async (key) => (await page.keyboard.press(key), heard(page, cdp)) };
  }

  it('from the heading: one toolbar stop, the first event, every event in time order, its details and back, the key help', async () => {
    const { page, cdp, press } = await open();
    // Tab: the toolbar's one stop, named in words (no glyphs); arrows move along it, Home and End to its ends.
    expect(await press('Tab')).toMatchObject({ role: 'button', name: 'Previous event' });
    expect(await press('ArrowRight')).toMatchObject({ role: 'button', name: 'Next event' });
    expect(await press('ArrowRight')).toMatchObject({ role: 'button', name: 'Zoom in' });
    expect(await press('End')).toMatchObject({ role: 'button', name: 'List view', pressed: 'false' });
    expect(await press('Home')).toMatchObject({ role: 'button', name: 'Previous event' });
    expect(await page.evaluate(() => [...document.querySelectorAll('.eventline-controls [tabindex="0"]')].length)).toBe(1);
    // Tab: the chart, on its first event in time; an option of one listbox, with its position, lane and category.
    const first = await press('Tab');
    expect(first).toMatchObject({ role: 'option', name: 'Korean War armistice fixes the demarcation line, 27 July 1953', description: 'Security guarantees · precedent', position: '1 of 28', selected: false });
    // → through every event, in time order.
    const walked = [first];
    for (let step = 1; step < titlesInTimeOrder.length; step++) walked.push(await press('ArrowRight'));
    expect(walked.map((step, index) => (step.name.startsWith(`${titlesInTimeOrder[index]}, `) ? titlesInTimeOrder[index] : step.name))).toEqual(titlesInTimeOrder);
    expect(walked.map((step) => step.position)).toEqual(titlesInTimeOrder.map((_, index) => `${index + 1} of 28`));
    expect(walked.every((step) => step.role === 'option' && !/[←→+−]/.test(step.name))).toBe(true);
    // An estimate is said "about", not "c.".
    const estimate = raw.events.find((event) => event.approximate)!;
    expect(walked.find((step) => step.name.startsWith(`${estimate.title}, `))!.name).toMatch(/, about \d/);
    // The end: → stays on the last event.
    expect((await press('ArrowRight')).position).toBe('28 of 28');

    // Home, then to the invasion; Enter opens it: selected, and the details in one sentence, and how to read them.
    await press('Home');
    let invasion = await press('ArrowRight');
    while (!invasion.name.startsWith('Russia launches full-scale invasion')) invasion = await press('ArrowRight');
    const opened = await press('Enter');
    expect(opened).toMatchObject({ role: 'option', name: invasion.name, selected: true });
    expect(opened.live).toMatch(/^Tab for details: Russian forces attacked Ukraine /);
    expect(opened.live.length).toBeLessThanOrEqual(150);
    // Tab: into the details, on their heading.
    expect(await press('Tab')).toMatchObject({ role: 'heading', name: 'Russia launches full-scale invasion', level: 2 });
    // Escape: back on the event, the details closed.
    expect(await press('Escape')).toMatchObject({ role: 'option', name: invasion.name, selected: false, live: 'Details closed.' });
    // ?: the key help, whole, on demand.
    expect((await press('?')).live).toBe(KEY_HELP);

    // Shift+Tab back to the toolbar (on the control last used), to List view: announced, pressed.
    expect(await press('Shift+Tab')).toMatchObject({ name: 'Previous event' });
    await press('End');
    const list = await press('Enter');
    expect(list).toMatchObject({ role: 'button', name: 'List view', pressed: 'true' });
    expect(list.live).toBe('List view: 28 events, after these controls.');
    // Tab: the first card, named by what it shows (date, then title); arrows between cards; Enter opens in place.
    const card = await press('Tab');
    expect(card).toMatchObject({ role: 'button', name: '27 July 1953, Korean War armistice fixes the demarcation line', description: 'Security guarantees · precedent', expanded: false });
    expect(await press('ArrowDown')).toMatchObject({ name: '18 March 2014, Russia annexes Crimea' });
    expect(await press('ArrowRight')).toMatchObject({ name: 'April 2014 – February 2022, Separatist war in eastern Ukraine' });
    const crimea = await press('ArrowLeft');
    const openCard = await press('Enter');
    expect(openCard).toMatchObject({ name: crimea.name, expanded: true });
    expect(openCard.live).toMatch(/^Tab for details: /);
    expect(await press('Tab')).toMatchObject({ role: 'region', name: 'Event details' });
    expect(await press('Escape')).toMatchObject({ name: crimea.name, expanded: false, live: 'Details closed.' });
    // The list's headings go by year.
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const headings = nodes.filter((node) => node.role?.value === 'heading' && !node.ignored).map((node) => String(node.name?.value));
    expect(headings).toEqual(expect.arrayContaining(['1953', '2014', '2022', '2025']));
    // And back to the chart.
    expect(await press('Shift+Tab')).toMatchObject({ name: 'List view', pressed: 'true' });
    expect(await press('Enter')).toMatchObject({ name: 'List view', pressed: 'false', live: 'Chart view.' });
    await page.close();
  });

  it('reads the chart in time order in browse mode, without noise: no toggles, tooltips, glyphs, cut labels or lane text among the events', async () => {
    const { page, cdp } = await open();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const listbox = nodes.find((node) => node.role?.value === 'listbox')!;
    expect(listbox.name?.value).toBe('Ukraine: the war and the 2025 security-guarantee talks: 28 events');
    expect(listbox.description?.value).toBe('Press question mark for the keys.');
    // Its children, as the virtual cursor meets them: the events in time order, and nothing else.
    const children = (listbox.childIds ?? []).map((id) => byId.get(id)!).filter((node) => !node.ignored);
    const names = children.map((node) => String(node.name?.value));
    expect(children.every((node) => node.role?.value === 'option')).toBe(true);
    expect(names.map((name) => titlesInTimeOrder.findIndex((title) => name.startsWith(`${title}, `)))).toEqual(titlesInTimeOrder.map((_, index) => index));
    const roles = new Set(nodes.filter((node) => !node.ignored).map((node) => String(node.role?.value)));
    expect(roles.has('tooltip')).toBe(false);
    expect(nodes.some((node) => !node.ignored && node.properties?.some((property) => property.name === 'pressed') && node.role?.value !== 'button')).toBe(false);
    const live = await page.$eval('.eventline-live', (region) => region.textContent);
    const texts = nodes.filter((node) => !node.ignored && node.role?.value === 'StaticText').map((node) => String(node.name?.value)).filter((text) => text !== live);
    expect(texts.filter((text) => /…$/.test(text))).toEqual([]);
    expect(texts.filter((text) => /^[←→+−]/.test(text))).toEqual([]);
    // The key help is not read on the way (it is on demand).
    expect(texts.some((text) => text.includes(KEY_HELP.slice(0, 40)))).toBe(false);
    await page.close();
  });

  it('stops on clusters in time order, says which events they hold, and opens one onto its first event', async () => {
    // Time to scale: September 2025's events are clusters at 1280 px.
    const { page, press } = await open('?compressGaps=false');
    await press('Tab');
    await press('Tab');
    const steps: Heard[] = [await press('Home')];
    // → until it stays put (the last stop in time).
    for (let step = 0; step < 40; step++) {
      const next = await press('ArrowRight');
      if (next.name === steps[steps.length - 1]!.name && next.position === steps[steps.length - 1]!.position) break;
      steps.push(next);
    }
    const clusters = steps.filter((step) => /^\d+ events in /.test(step.name));
    expect(clusters.length).toBeGreaterThan(0);
    // One listbox order, read once: positions only go up, no stop comes twice (a cluster whose events
    // interleave with another lane's is one stop, not one per event).
    const positions = steps.map((step) => Number(step.position.split(' ')[0]));
    expect(positions[0]).toBe(1);
    expect(positions.every((position, index) => index === 0 || position > positions[index - 1]!), positions.join(' ')).toBe(true);
    expect(new Set(steps.map((step) => step.name)).size).toBe(steps.length);
    // Every event is said on its own or inside a cluster that was said.
    const alone = steps.filter((step) => step.role === 'option' && !/^\d+ events in /.test(step.name)).length;
    expect(alone + clusters.reduce((sum, step) => sum + Number(/^(\d+) events/.exec(step.name)![1]), 0)).toBe(28);
    expect(clusters[0]!.description).toMatch(/^.+; .+/);
    // Back to the first cluster, and open it: the keyboard lands on its first event, and the count is said.
    await press('Home');
    let on = await press('ArrowRight');
    while (!/^\d+ events in /.test(on.name)) on = await press('ArrowRight');
    const count = Number(/^(\d+) events/.exec(on.name)![1]);
    const inside = await press('Enter');
    expect(inside.role).toBe('option');
    expect(inside.live).toBe(`${count} events opened.`);
    // Its first event.
    expect(inside.name.startsWith(`${on.description.split('; ')[0]!}, `), inside.name).toBe(true);
    await page.close();
  });
});
