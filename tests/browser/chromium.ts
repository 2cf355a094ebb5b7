import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/serve.mjs';

/** Debian's Chromium, or another build named by EVENTLINE_CHROMIUM. Playwright's own download cannot work here. */
export const CHROMIUM_PATH = process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Whether the browser suites can run. Without a browser they skip with one line naming how to get one,
 * unless EVENTLINE_REQUIRE_BROWSER=1 (CI), where a missing browser is a failure.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const hint = `no Chromium at ${CHROMIUM_PATH}: install it with "sudo apt-get install chromium" or set EVENTLINE_CHROMIUM to a Chromium binary`;
  if (process.env.EVENTLINE_REQUIRE_BROWSER === '1') throw new Error(`Browser suite required (EVENTLINE_REQUIRE_BROWSER=1) but ${hint}`);
  console.warn(`Browser suite skipped: ${hint}.`);
  return false;
}

/** The launch flags: no sandbox (root in CI), and no background networking (this machine has no network). */
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

/** Launches headless Chromium; Playwright gives every launch a fresh temporary profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

/**
 * For a browser suite: serves the repository on loopback and launches Chromium before its tests, and
 * closes both after. Read `browser` and `url` inside tests (they exist once the suite has started).
 */
export function useChromiumAndServer(): { readonly browser: Browser; readonly url: string } {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer({ root: fileURLToPath(new URL('../..', import.meta.url)) });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('Chromium is not running yet');
      return browser;
    },
    get url() {
      if (!server) throw new Error('the test server is not running yet');
      return server.url;
    },
  };
}

/**
 * Opens the timeline test page (tests/fixtures/browser/timeline.html: the news dataset, exposed as
 * `window.timeline`) with `query` (`width`, `theme`, `hash`…) and waits until the timeline is mounted.
 * The page has its own context (closed with the page), created with `options` (viewport, touch…).
 */
export async function openTimelinePage(
  chromium: { readonly browser: Browser; readonly url: string },
  query = 'width=1000',
  options: { hasTouch?: boolean; reducedMotion?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<Page> {
  const page = await chromium.browser.newPage({ viewport: options.viewport ?? { width: 1100, height: 900 }, hasTouch: options.hasTouch ?? false });
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${chromium.url}/tests/fixtures/browser/timeline.html?${query}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}
