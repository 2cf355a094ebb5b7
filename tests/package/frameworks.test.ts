import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/serve.mjs';
import { chromiumAvailable, launchChromium } from '../browser/chromium.js';
import { docBlocks, type DocBlock } from '../support/docBlocks.js';
import { allChecks, run, runAsync, tscErrorsOutside } from '../support/run.js';

// Issue #25's "done when": fresh Vite apps (React 19 + TypeScript, Vue 3, and Svelte 5) that install the packed
// package and follow the docs word for word: their files are the docs' own code blocks. They type-check
// under strict with no declarations of their own and no casts, build with Vite, and render the bundled
// dataset in Chromium. Every other TypeScript block of the README and docs/ type-checks too.

const repo = fileURLToPath(new URL('../..', import.meta.url));
const installed = (name: string): string => (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** What the apps install beside the package: the versions of the repository's lockfile (so from npm's cache). */
const APP_DEPENDENCIES: Record<string, string> = {
  typescript: installed('typescript'),
  vite: installed('vite'),
  react: installed('react'),
  'react-dom': installed('react-dom'),
  '@types/react': installed('@types/react'),
  '@types/react-dom': installed('@types/react-dom'),
  '@types/node': installed('@types/node'),
  '@vitejs/plugin-react': installed('@vitejs/plugin-react'),
  vue: installed('vue'),
  'vue-tsc': installed('vue-tsc'),
  '@vitejs/plugin-vue': installed('@vitejs/plugin-vue'),
  svelte: installed('svelte'),
  'svelte-check': installed('svelte-check'),
  '@sveltejs/vite-plugin-svelte': installed('@sveltejs/vite-plugin-svelte'),
};

/**
 * Vite's own config file is checked as Vite's app templates check it: with Node's types, and without
 * checking the libraries' declaration files (Vite's need a newer `lib` than an app's code).
 */
const NODE_TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, target: 'es2023', lib: ['es2023'], module: 'esnext', moduleResolution: 'bundler', types: ['node'], noEmit: true, skipLibCheck: true },
  include: ['vite.config.ts'],
});

/** A consumer's strict settings (the library's types checked too), for a resolution mode. */
const tsconfig = (resolution: 'bundler' | 'node16', include: string[], exclude: string[] = []): string => JSON.stringify({
  compilerOptions: {
    strict: true, target: 'es2022', lib: ['es2022', 'dom', 'dom.iterable'], jsx: 'react-jsx', noEmit: true, skipLibCheck: false, allowImportingTsExtensions: true,
    types: [], ...(resolution === 'bundler' ? { module: 'esnext', moduleResolution: 'bundler' } : { module: 'node16', moduleResolution: 'node16' }),
  },
  include,
  // Only when given: any list replaces TypeScript's default one (node_modules…), which these includes never reach anyway.
  ...(exclude.length > 0 ? { exclude } : {}),
});

/** Writes `text` at `path` under `root`, making its folders. */
function put(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** What a command printed when it failed, or an empty string when it succeeded. */
function failureOutput(command: Promise<unknown>): Promise<string> {
  return command.then(() => '', (error: unknown) => (error as Error).message);
}

/** The named blocks of one doc page (`// App.tsx` on their first line), by file name. */
function namedBlocks(page: string): Map<string, DocBlock> {
  return new Map(docBlocks(join(repo, page)).filter((block) => block.file !== null).map((block) => [block.file!, block]));
}

describe('framework apps built from the docs, installing the packed package (#25)', () => {
  let project: string;
  let browser: Browser | undefined;

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'eventline-frameworks-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], repo)) as [{ filename: string }];
    put(project, 'package.json', JSON.stringify({
      name: 'framework-apps', private: true, type: 'module',
      dependencies: { eventline: `file:./${packed[0].filename}`, ...APP_DEPENDENCIES },
    }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock'], project);
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(project, { recursive: true, force: true });
  });

  /** Builds `app` with Vite, serves it and opens it in Chromium; the page's errors are collected. */
  async function openBuilt(app: string): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
    // React's development build, where StrictMode mounts, unmounts and mounts again, as in `vite dev`.
    run('node', [join(project, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'development', '--logLevel', 'error'], join(project, app));
    const server = await startStaticServer({ root: join(project, app, 'dist') });
    browser ??= await launchChromium();
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
    });
    await page.goto(`${server.url}/`);
    return { page, errors, close: async () => (await page.close(), await server.close()) };
  }

  /** The chart's roots under `host` (light DOM, or the element's shadow root), and their marks. */
  const chartIn = (page: Page, host: string): Promise<{ roots: number; marks: number; theme: string | null }> => page.evaluate((selector) => {
    const element = document.querySelector(selector)!;
    const scope = element.shadowRoot ?? element;
    const roots = scope.querySelectorAll('.eventline');
    return { roots: roots.length, marks: scope.querySelectorAll('.eventline-event').length, theme: roots[0]?.getAttribute('data-theme') ?? null };
  }, host);

  /**
   * What a reader of an app built around `<event-timeline>` (Vue, Svelte) sees: one chart with marks; a
   * click on `eventId` selects it and the app shows it; the app's theme switch updates the same chart (its
   * root node kept) with the selection (`title` in the detail panel); no error or warning.
   */
  async function expectElementApp(app: string, eventId: string, title: string): Promise<void> {
    const { page, errors, close } = await openBuilt(app);
    const host = 'event-timeline';
    try {
      await expect.poll(() => chartIn(page, host).then((chart) => chart.marks), { timeout: 15_000 }).toBeGreaterThan(5);
      expect(await chartIn(page, host)).toMatchObject({ roots: 1, theme: 'light' });
      await page.evaluate(() => ((document.querySelector('event-timeline')!.shadowRoot!.querySelector('.eventline') as HTMLElement & { mark?: string }).mark = 'first'));
      await page.locator(host).locator(`[data-event-id="${eventId}"].eventline-event`).click();
      await expect.poll(() => page.locator('.selected').textContent()).toBe(`Selected: ${eventId}`);
      await page.getByRole('button', { name: 'Switch theme' }).click();
      await expect.poll(() => chartIn(page, host).then((chart) => chart.theme)).toBe('dark');
      expect(await page.evaluate(() => (document.querySelector('event-timeline')!.shadowRoot!.querySelector('.eventline') as HTMLElement & { mark?: string }).mark)).toBe('first');
      expect(await page.locator(host).locator('.eventline-detail-title').textContent()).toBe(title);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }

  it('type-checks every TypeScript and TSX block of the README and docs/ under strict, with bundler and with node16 resolution', async () => {
    const pages = ['README.md', ...readdirSync(join(repo, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    // The blocks that are files of an app (`// App.tsx`) are checked in their app, below.
    const blocks = pages.flatMap((page) => docBlocks(join(repo, page)).filter((block) => /^(ts|tsx|typescript)$/.test(block.language) && block.file === null));
    // The pages with examples to copy are all read.
    const read = new Set(blocks.map((block) => block.page.slice(repo.length)));
    expect(['README.md', 'docs/importers.md', 'docs/dataset.md'].filter((page) => !read.has(page))).toEqual([]);
    const files = blocks.map((block, index) => {
      const name = `docs-blocks/${index}-block.${block.language === 'tsx' ? 'tsx' : 'ts'}`;
      // Each block is a module of its own, so two examples may both declare `timeline`.
      put(project, name, `${block.code}\nexport {};\n`);
      return name;
    });
    const resolutions = ['bundler', 'node16'] as const;
    for (const resolution of resolutions) put(project, `tsconfig.docs-${resolution}.json`, tsconfig(resolution, files));
    // Both resolutions at once: tsc is single-threaded.
    const outputs = await allChecks(resolutions.map((resolution) => failureOutput(runAsync('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.docs-${resolution}.json`], project))));
    for (const [position, resolution] of resolutions.entries()) {
      const output = outputs[position]!;
      // Errors are mapped back to the page and line a reader would copy from.
      const located = output.replace(/docs-blocks\/(\d+)-[^(]+\((\d+),(\d+)\)/g, (_, index: string, line: string) => {
        const block = blocks[Number(index)]!;
        return `${block.page.replace(repo, '')}:${block.line + Number(line)}`;
      });
      expect(located, `${resolution} resolution`).toBe('');
    }
  }, 120_000);

  it('builds the React app of docs/react.md: strict types (bundler and node16 resolution), one chart in StrictMode, the selection and a new theme without a remount, the element from JSX', async () => {
    const blocks = namedBlocks('docs/react.md');
    for (const name of ['App.tsx', 'main.tsx', 'vite.config.ts', 'ElementTimeline.tsx']) expect(blocks.has(name), `docs/react.md has a block for ${name}`).toBe(true);
    for (const [name, block] of blocks) put(project, `react-app/${name === 'vite.config.ts' ? name : `src/${name}`}`, block.code);
    // The element example, mounted beside the app in StrictMode as its own root.
    put(project, 'react-app/src/element-main.tsx', [
      "import { StrictMode } from 'react';", "import { createRoot } from 'react-dom/client';",
      "import { ukraineSecurityGuarantees } from 'eventline/datasets/ukraine';", "import { ElementTimeline } from './ElementTimeline.tsx';",
      "createRoot(document.getElementById('element-root')!).render(<StrictMode><ElementTimeline dataset={ukraineSecurityGuarantees} /></StrictMode>);",
    ].join('\n'));
    put(project, 'react-app/index.html', '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>React app</title><div id="root"></div><div id="element-root"></div><script type="module" src="/src/main.tsx"></script><script type="module" src="/src/element-main.tsx"></script></html>');
    put(project, 'react-app/tsconfig.json', tsconfig('bundler', ['src']));
    put(project, 'react-app/tsconfig.node16.json', tsconfig('node16', ['src']));
    put(project, 'react-app/tsconfig.node.json', NODE_TSCONFIG);
    await allChecks(['tsconfig.json', 'tsconfig.node16.json', 'tsconfig.node.json'].map((config) => runAsync('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', config], join(project, 'react-app'))));
    if (!chromiumAvailable()) return;

    const { page, errors, close } = await openBuilt('react-app');
    try {
      await expect.poll(() => chartIn(page, '#root').then((chart) => chart.marks), { timeout: 15_000 }).toBeGreaterThan(5);
      // StrictMode mounted the component twice: one chart is left.
      expect(await chartIn(page, '#root')).toMatchObject({ roots: 1, theme: 'light' });
      await page.evaluate(() => ((document.querySelector('#root .eventline') as HTMLElement & { mark?: string }).mark = 'first'));
      await page.locator('#root [data-event-id="full-scale-invasion"].eventline-event').click();
      await expect.poll(() => page.locator('#root .selected').textContent()).toBe('Selected: full-scale-invasion');
      await page.getByRole('button', { name: 'Switch theme' }).click();
      // The same chart, updated: its root is the node marked before, and the selection is kept.
      expect(await chartIn(page, '#root')).toMatchObject({ roots: 1, theme: 'dark' });
      expect(await page.evaluate(() => (document.querySelector('#root .eventline') as HTMLElement & { mark?: string }).mark)).toBe('first');
      expect(await page.locator('#root .eventline-detail-title').textContent()).toBe('Russia launches full-scale invasion');
      // The element from JSX: data set as a property, the listener attached by React 19.
      await expect.poll(() => chartIn(page, '#element-root event-timeline').then((chart) => chart.marks), { timeout: 15_000 }).toBeGreaterThan(5);
      await page.locator('#element-root event-timeline').locator('[data-event-id="alaska-summit"].eventline-event').click();
      await expect.poll(() => page.locator('#element-root .selected').textContent()).toBe('Selected: alaska-summit');
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }, 120_000);

  it('builds the Vue app of docs/vue.md: vue-tsc under strict (bundler and node16), the element with its data property, its events and a changed attribute', async () => {
    const blocks = namedBlocks('docs/vue.md');
    for (const name of ['App.vue', 'main.ts', 'vite.config.ts']) expect(blocks.has(name), `docs/vue.md has a block for ${name}`).toBe(true);
    for (const [name, block] of blocks) put(project, `vue-app/${name === 'vite.config.ts' ? name : `src/${name}`}`, block.code);
    put(project, 'vue-app/index.html', '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Vue app</title><div id="app"></div><script type="module" src="/src/main.ts"></script></html>');
    put(project, 'vue-app/src/env.d.ts', '/// <reference types="vite/client" />\n');
    put(project, 'vue-app/tsconfig.json', tsconfig('bundler', ['src/**/*.ts', 'src/**/*.vue']));
    put(project, 'vue-app/tsconfig.node16.json', tsconfig('node16', ['src/**/*.ts', 'src/**/*.vue'], ['src/Bad.vue']));
    put(project, 'vue-app/tsconfig.node.json', NODE_TSCONFIG);
    const vueTsc = (config: string): Promise<string> => runAsync('node', [join(project, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', config], join(project, 'vue-app'));
    // Under bundler resolution the docs' files are checked beside a Bad.vue, in one run (each takes about
    // 20 s here): the docs' files have no error, and as eventline/vue gives the template the element's
    // types, what the element would ignore is an error in Bad.vue. The node16 check (which leaves Bad.vue
    // out) and Vite's config run beside it.
    put(project, 'vue-app/src/Bad.vue', blocks.get('App.vue')!.code.replace(':theme="theme"', 'theme="blue"').replace(':data="ukraineSecurityGuarantees"', ':data="42"'));
    const [bundler] = await allChecks([
      failureOutput(vueTsc('tsconfig.json')),
      vueTsc('tsconfig.node16.json'),
      runAsync('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node.json'], join(project, 'vue-app')),
    ]);
    expect(tscErrorsOutside(bundler, 'src/Bad.vue')).toEqual([]);
    expect(bundler).toMatch(/Bad\.vue\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'EventTimelineData[\s\S]*Bad\.vue\(\d+,\d+\): error TS2322: Type '"blue"' is not assignable/);
    rmSync(join(project, 'vue-app/src/Bad.vue'));
    if (!chromiumAvailable()) return;
    await expectElementApp('vue-app', 'paris-summit', 'Coalition of the willing summit in Paris');
  }, 120_000);

  it('builds the Svelte app of docs/svelte.md: svelte-check under strict (bundler and node16), the element with its data property, its events and a changed attribute', async () => {
    const blocks = namedBlocks('docs/svelte.md');
    for (const name of ['Timeline.svelte', 'App.svelte', 'main.ts', 'vite.config.ts']) expect(blocks.has(name), `docs/svelte.md has a block for ${name}`).toBe(true);
    for (const [name, block] of blocks) put(project, `svelte-app/${name === 'vite.config.ts' ? name : `src/${name}`}`, block.code);
    put(project, 'svelte-app/index.html', '<!doctype html><html lang="en"><link rel="icon" href="data:,"><title>Svelte app</title><div id="app"></div><script type="module" src="/src/main.ts"></script></html>');
    put(project, 'svelte-app/tsconfig.json', tsconfig('bundler', ['src/**/*.ts', 'src/**/*.svelte']));
    put(project, 'svelte-app/tsconfig.node16.json', tsconfig('node16', ['src/**/*.ts', 'src/**/*.svelte'], ['src/Bad.svelte']));
    put(project, 'svelte-app/tsconfig.node.json', NODE_TSCONFIG);
    const svelteCheck = (config: string): Promise<string> => runAsync('node', [join(project, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', `./${config}`, '--output', 'machine', '--fail-on-warnings'], join(project, 'svelte-app'));
    // Under bundler resolution the docs' files are checked beside a Bad.svelte, in one run (each takes
    // about 20 s here): the docs' files have no error or warning, and as the package gives svelte-check
    // the element's types, what the element would ignore is an error in Bad.svelte. The node16 check
    // (which leaves Bad.svelte out) and Vite's config run beside it.
    put(project, 'svelte-app/src/Bad.svelte', blocks.get('Timeline.svelte')!.code.replace('{data} {theme}', 'data={42} theme="blue"'));
    const [bundler] = await allChecks([
      failureOutput(svelteCheck('tsconfig.json')),
      svelteCheck('tsconfig.node16.json'),
      runAsync('node', [join(project, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.node.json'], join(project, 'svelte-app')),
    ]);
    expect(bundler.split('\n').filter((line) => / (ERROR|WARNING) "/.test(line) && !line.includes('"src/Bad.svelte" '))).toEqual([]);
    expect(bundler).toMatch(/Bad\.svelte" \d+:\d+ "Type 'number' is not assignable to type 'EventTimelineData[\s\S]*Bad\.svelte" \d+:\d+ "Type '\\"blue\\"' is not assignable/);
    rmSync(join(project, 'svelte-app/src/Bad.svelte'));
    if (!chromiumAvailable()) return;
    await expectElementApp('svelte-app', 'alaska-summit', 'Trump–Putin summit in Alaska');
  }, 120_000);
});
