import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, useChromiumAndServer } from './chromium.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** What tests/fixtures/browser/react-app.js puts on `window`. */
interface App {
  selections: (string | null)[];
  refCalls: (string | null)[];
  state(): string | null;
  setTheme(theme: 'light' | 'dark'): void;
  unmount(): void;
}
const app = <T>(page: Page, read: (app: App) => T): Promise<T> =>
  page.evaluate(`(${read.toString()})(window.app)`) as Promise<T>;

describe.skipIf(!chromiumAvailable())('eventline/react in Chromium', () => {
  const chromium = useChromiumAndServer();

  beforeAll(async () => {
    expect(existsSync(`${repo}dist/react.js`), 'dist/ is missing: run `npm run build` first').toBe(true);
    // React is CommonJS, which Vite's bundler reads; its development build, where StrictMode mounts twice.
    await build({
      root: repo, configFile: false, logLevel: 'warn', mode: 'development',
      define: { 'process.env.NODE_ENV': JSON.stringify('development') },
      build: {
        outDir: `${repo}node_modules/.cache/eventline/react-app`, emptyOutDir: true, minify: false, copyPublicDir: false,
        rollupOptions: { input: `${repo}tests/fixtures/browser/react-app.js`, output: { entryFileNames: 'app.js', format: 'es' } },
      },
    });
  });

  it('draws one chart under StrictMode, calls onSelect once per selection, and keeps the chart through a new theme', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // A chart StrictMode's first mount left behind would be replaced with a console warning.
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${chromium.url}/tests/fixtures/browser/react.html`);
    await page.waitForSelector('body[data-ready="true"]');

    // StrictMode mounted, unmounted and mounted again; the ref holds the second chart's handle.
    expect(await app(page, (a) => a.refCalls)).toEqual(['function', null, 'function']);
    expect(await page.locator('#app .eventline').count()).toBe(1);
    expect(await page.locator('#app .eventline-event').count()).toBeGreaterThan(10);

    await page.locator('.eventline-event[data-event-id="paris-summit"]').click();
    expect(await app(page, (a) => a.selections)).toEqual(['paris-summit']);
    expect(await page.locator('.eventline-detail').isVisible()).toBe(true);

    // The keyboard: the next event in time, opened with Enter.
    await page.keyboard.press('ArrowRight');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(focused).toMatch(/^[a-z-]+$/);
    expect(focused).not.toBe('paris-summit');
    await page.keyboard.press('Enter');
    expect(await app(page, (a) => a.selections)).toEqual(['paris-summit', focused]);

    await page.evaluate(() => {
      (window as unknown as { firstRoot: Element | null }).firstRoot = document.querySelector('#app .eventline');
    });
    await app(page, (a) => a.setTheme('dark'));
    expect(await page.evaluate(() => {
      const root = document.querySelector('#app .eventline');
      return [root === (window as unknown as { firstRoot: Element | null }).firstRoot, root?.getAttribute('data-theme'), document.querySelectorAll('.eventline').length];
    })).toEqual([true, 'dark', 1]);
    expect(await app(page, (a) => a.state())).toBe(focused);
    expect(await app(page, (a) => a.selections)).toHaveLength(2);

    await app(page, (a) => a.unmount());
    expect(await page.evaluate(() => document.getElementById('app')!.childNodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
