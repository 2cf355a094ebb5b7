import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

// The built Storybook (npm run build-storybook, which npm test runs first): every story is rendered
// in Chromium, its play function run, and axe-core (through @storybook/addon-a11y, set to fail on a
// violation in .storybook/preview.ts) checks it. A story passes only when Storybook reports success.
const folder = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const built = existsSync(`${folder}index.json`);
const entries: Record<string, { type: 'story' | 'docs'; title: string; name: string }> = built ? JSON.parse(readFileSync(`${folder}index.json`, 'utf8')).entries : {};
const stories = Object.keys(entries).filter((id) => entries[id]!.type === 'story');

/** What the issue promises the showroom holds. */
const PROMISED = [
  'timeline--playground', 'timeline--default', 'timeline--news-at-1280', 'timeline--news-at-960',
  'features--lanes-and-spans', 'features--clusters-at-coarse-zoom', 'features--gap-compression', 'features--long-labels', 'features--dense',
  'features--dark-theme', 'features--localised-german', 'features--localised-french', 'features--localised-ukrainian', 'features--localised-russian',
  'features--localised-arabic-rtl', 'features--narrow', 'features--empty', 'features--one-event', 'features--invalid-data', 'features--bce-dates',
  'interactions--keyboard-walk', 'interactions--zoom-buttons', 'interactions--brush', 'interactions--detail-panel', 'interactions--deep-link',
  'phone--phone-at-320', 'phone--phone-at-320-dark', 'phone--phone-at-390', 'phone--phone-at-390-dark', 'phone--phone-at-600', 'phone--phone-arabic-rtl',
  'embed--custom-element', 'embed--one-tag-script', 'embed--timeline-js-import', 'embed--csv-import', 'embed--static-svg',
  'timeline--docs', 'embed--docs', 'getting-started--docs',
];

interface Finished {
  storyId: string;
  status: 'success' | 'error';
  reporters: Array<{ type: string; status: string; result?: { violations?: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> } }>;
}

interface StoryRecord {
  finished: Finished | null;
  errors: string[];
}

/**
 * How long a story may take to finish, shorter than the test's own timeout (60 s): a story that never
 * finishes (a play function that hangs, a story file that fails to load) fails inside its own test, and
 * its page is dropped before the next story is asked for on it.
 */
const STORY_TIMEOUT = 40_000;

/** Listens on Storybook's channel from the moment the preview creates it. */
function hookChannel(): void {
  const record: StoryRecord = { finished: null, errors: [] };
  (window as unknown as { storyRecord: StoryRecord }).storyRecord = record;
  let channel: { on(event: string, listener: (payload: unknown) => void): void } | undefined;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value: typeof channel) {
      channel = value;
      value?.on('storyFinished', (payload) => (record.finished = payload as Finished));
      for (const event of ['playFunctionThrewException', 'storyThrewException', 'storyErrored']) {
        value?.on(event, (payload) => record.errors.push(`${event}: ${JSON.stringify(payload).slice(0, 400)}`));
      }
    },
  });
}

/**
 * Renders one story and waits for Storybook's verdict on it. The first story loads the preview; later
 * ones are asked for on Storybook's channel, as the showroom's sidebar does when a reader moves between
 * stories: the preview bundle is parsed once instead of once a story (about 2 s each here).
 */
async function runStory(page: Page, base: string, id: string, loaded: boolean): Promise<StoryRecord & { finished: Finished }> {
  if (loaded) {
    await page.evaluate((storyId) => {
      const scope = window as unknown as { storyRecord: StoryRecord; __STORYBOOK_ADDONS_CHANNEL__: { emit(event: string, payload: unknown): void } };
      scope.storyRecord.finished = null;
      scope.storyRecord.errors = [];
      scope.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  } else {
    await page.addInitScript(hookChannel);
    await page.goto(`${base}/storybook-static/iframe.html?id=${id}&viewMode=story`);
  }
  await page.waitForFunction((storyId) => (window as unknown as { storyRecord: StoryRecord }).storyRecord.finished?.storyId === storyId, id, { timeout: STORY_TIMEOUT });
  return page.evaluate(() => (window as unknown as { storyRecord: StoryRecord & { finished: Finished } }).storyRecord);
}

describe.skipIf(!chromiumAvailable())('the Storybook showroom in Chromium', () => {
  const chromium = useChromiumAndServer();

  it('is built, and its index lists every promised story and docs page', () => {
    expect(built, 'storybook-static/ is missing: run npm run build-storybook (npm test does)').toBe(true);
    expect(Object.keys(entries)).toEqual(expect.arrayContaining(PROMISED));
  });

  // One page for the stories, as in the showroom; after a failure the next story starts on a fresh page,
  // so one broken story cannot take the others with it. Storybook unmounts a story before the next
  // (and the stories leave the URL and the page's body as they found them), but axe checks the whole
  // body: what a story left behind would show in the next one's result.
  let storyPage: Page | undefined;
  afterAll(() => storyPage?.close());

  it.each(stories)('%s: renders, passes its play function and has no WCAG 2.2 A/AA violations', async (id) => {
    const loaded = storyPage !== undefined;
    storyPage ??= await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    const page = storyPage;
    try {
      const { finished, errors } = await runStory(page, chromium.url, id, loaded);
      const violations = finished.reporters
        .filter((report) => report.type === 'a11y')
        .flatMap((report) => report.result?.violations ?? [])
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}×, e.g. ${JSON.stringify(violation.nodes[0]?.target)})`);
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      expect(finished.reporters.map((report) => report.type)).toContain('a11y');
      expect(finished.status).toBe('success');
    } catch (failure) {
      if (storyPage === page) storyPage = undefined;
      await page.close();
      throw failure;
    }
  });

  it('opens on eventline’s own Getting started page, without Storybook’s onboarding checklist (#25)', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(`${chromium.url}/storybook-static/index.html`);
      await expect.poll(() => page.url(), { timeout: 30_000 }).toContain('path=/docs/getting-started--docs');
      const sidebar = page.locator('#storybook-explorer-tree');
      await expect.poll(() => sidebar.textContent(), { timeout: 30_000 }).toContain('Interactions');
      // The sidebar lists eventline's pages, Getting started first, and nothing of Storybook's own guide.
      const entries = await page.locator('#storybook-explorer-tree [data-item-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-item-id')));
      expect(entries.slice(0, 3)).toEqual(['getting-started--docs', 'timeline', 'features']);
      expect(await page.locator('body').textContent()).not.toMatch(/Get started|Render your first component|Onboarding guide/);
    } finally {
      await page.close();
    }
  });

  it.each([['timeline--docs', 'compressGaps'], ['embed--docs', 'compressGaps'], ['getting-started--docs', 'Embed with one tag']])('renders the %s page (with “%s”)', async (id, text) => {
    const page = await chromium.browser.newPage({ viewport: { width: 1200, height: 900 } });
    try {
      await page.goto(`${chromium.url}/storybook-static/iframe.html?id=${id}&viewMode=docs`);
      await expect.poll(() => page.locator('.sbdocs-content').textContent(), { timeout: 30_000 }).toContain(text);
    } finally {
      await page.close();
    }
  });
});
