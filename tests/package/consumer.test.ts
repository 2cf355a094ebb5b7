import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALE_ADDONS } from '../../src/embed/locales.js';
import { datasetSchema } from '../../src/model/schema.js';
import { run, tscErrorsOutside } from '../support/run.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(repo, 'node_modules', 'typescript', 'bin', 'tsc');
const dataset = { title: 'T', sources: [{ id: 's', publisher: 'P', title: 'T', published: '2025-09-05' }], events: [{ id: 'e', title: 'E', start: '2022-02-24', sources: ['s'] }] };

/** A consumer's strict settings, the library's types checked too (no skipLibCheck). */
const STRICT_TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [] },
});

describe('the packed npm package, installed into a fresh project', () => {
  let project: string;
  let packedFiles: string[];

  /**
   * Type-checks the project with `config` while it holds the file `bad` beside good ones, in one run (tsc
   * takes seconds here): no error outside `bad`; returns what tsc printed, for the test to find its errors.
   */
  function errorsOnlyIn(bad: string, config: string): string {
    let output = '';
    try {
      run('node', [tsc, '-p', config], project);
    } catch (error) {
      output = (error as Error).message;
    }
    expect(tscErrorsOutside(output, bad)).toEqual([]);
    return output;
  }

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'eventline-consumer-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], repo)) as [{ filename: string; files: { path: string }[] }];
    packedFiles = packed[0].files.map((file) => file.path).sort();
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', join(project, packed[0].filename)], project);
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('ships the built files and nothing of the source tree', () => {
    expect(packedFiles).toEqual(expect.arrayContaining([
      'dist/index.js', 'dist/index.d.ts', 'dist/datasets/ukraine.js', 'dist/datasets/ukraine.d.ts', 'dist/element.js', 'dist/element.d.ts', 'dist/importers.js', 'dist/importers.d.ts', 'dist/eventline-importers.js', 'dist/eventline-export.js', 'dist/export.js', 'dist/export.d.ts', 'dist/schema.js', 'dist/schema.d.ts', 'dist/react.js', 'dist/react.d.ts', 'dist/vue.js', 'dist/vue.d.ts', 'dist/eventline.iife.js', 'dist/eventline.css', 'dist/eventline.schema.json', 'package.json', 'README.md', 'LICENSE',
      'data/ukraine-security-guarantees.json',
    ]));
    expect(packedFiles.filter((file) => /^(src|tests|node_modules)\//.test(file))).toEqual([]);
  });

  it('imports parseDataset from "eventline" in Node', () => {
    writeFileSync(join(project, 'use.mjs'), `
      import { parseDataset, EventlineDataError } from 'eventline';
      const dataset = parseDataset(${JSON.stringify(dataset)});
      let issues = [];
      try { parseDataset({}); } catch (error) { if (error instanceof EventlineDataError) issues = error.issues; }
      const { ukraineSecurityGuarantees: news } = await import('eventline/datasets/ukraine');
      const paris = news.events.find((event) => event.id === 'paris-summit');
      console.log(JSON.stringify({ start: dataset.events[0].start.toISOString(), issues: issues.length, paris: paris.start.toISOString() }));
    `);
    expect(JSON.parse(run('node', ['use.mjs'], project))).toEqual({ start: '2022-02-24T00:00:00.000Z', issues: 3, paris: '2025-09-04T00:00:00.000Z' });
  });

  it('ships the demo dataset as JSON too, the same events as the module, parseable by the package', () => {
    writeFileSync(join(project, 'json.mjs'), `
      import { createRequire } from 'node:module';
      import { parseDataset } from 'eventline';
      import { ukraineSecurityGuarantees } from 'eventline/datasets/ukraine';
      const json = createRequire(import.meta.url)('eventline/data/ukraine-security-guarantees.json');
      const parsed = parseDataset(json);
      console.log(JSON.stringify({ events: parsed.events.length, same: parsed.events.map((e) => e.id).join() === ukraineSecurityGuarantees.events.map((e) => e.id).join() }));
    `);
    expect(JSON.parse(run('node', ['json.mjs'], project))).toEqual({ events: 28, same: true });
  });

  it('renders a static SVG (chart or phone story) with the export add-on, and imports the element subpath in Node, where there is no DOM', () => {
    writeFileSync(join(project, 'ssr.mjs'), `
      import { renderToSVGString } from 'eventline';
      let missing = '';
      try { renderToSVGString(${JSON.stringify(dataset)}); } catch (error) { missing = error.message; }
      await import('eventline/export');
      const element = await import('eventline/element');
      const svg = renderToSVGString(${JSON.stringify(dataset)}, { width: 600 });
      const story = renderToSVGString(${JSON.stringify(dataset)}, { width: 390 });
      console.log(JSON.stringify({ missing, svg: svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), story: story.includes('width="390"') && !story.includes('NaN'), tag: element.EVENT_TIMELINE_TAG, element: typeof element.EventTimelineElement }));
    `);
    expect(JSON.parse(run('node', ['ssr.mjs'], project))).toEqual({
      missing: 'eventline: exporting needs the export add-on: import "eventline/export", or load dist/eventline-export.js after dist/eventline.iife.js',
      svg: true, story: true, tag: 'event-timeline', element: 'function',
    });
  });

  it('type-checks a consumer against the packed types, and the types catch mistakes', () => {
    writeFileSync(join(project, 'tsconfig.json'), STRICT_TSCONFIG);
    writeFileSync(join(project, 'good.ts'), `
      import { createTimeline, parseDataset, validateDataset, type DataIssue, type Dataset, type DatasetInput, type Timeline, type TimelineEvent } from 'eventline';
      import { ukraineSecurityGuarantees } from 'eventline/datasets/ukraine';
      const news: Dataset = ukraineSecurityGuarantees;
      const input: DatasetInput = ${JSON.stringify(dataset)};
      const events: TimelineEvent[] = parseDataset(input).events;
      const first: Date = events[0]!.start;
      const issues: DataIssue[] = validateDataset(input);
      export const summary = [first.getUTCFullYear(), issues.length, events[0]!.precision, news.events.length];
      export function mount(element: HTMLElement): () => void {
        const timeline: Timeline = createTimeline(element, { dataset: news, height: 400, theme: 'dark' });
        return timeline.on('select', ({ id }) => console.log(id));
      }
    `);
    writeFileSync(join(project, 'bad.ts'), `
      import { parseDataset } from 'eventline';
      export const wrong: number = parseDataset({}).title;
    `);
    expect(errorsOnlyIn('bad.ts', 'tsconfig.json')).toMatch(/bad\.ts.*Type 'string' is not assignable to type 'number'/s);
    rmSync(join(project, 'bad.ts'));
  });

  it('types <event-timeline> for createElement and querySelector, its events without casts, and takes every dataset type the package exports (#25)', () => {
    writeFileSync(join(project, 'tsconfig.json'), STRICT_TSCONFIG);
    writeFileSync(join(project, 'element.ts'), `
      import 'eventline/element';
      import { parseDataset, type Dataset, type DatasetInput } from 'eventline';
      import type { EventTimelineAttributes, EventTimelineData, EventTimelineElement } from 'eventline/element';
      import { ukraineSecurityGuarantees } from 'eventline/datasets/ukraine';
      const element: EventTimelineElement = document.createElement('event-timeline');
      const input: DatasetInput = ${JSON.stringify(dataset)};
      const parsed: Dataset = parseDataset(input);
      element.data = ukraineSecurityGuarantees;
      element.data = parsed;
      element.data = input;
      element.data = { title: 'Imported', events: [] };
      element.data = null;
      const kept: EventTimelineData | null = element.data;
      element.addEventListener('eventline:select', (event) => console.log(event.detail.id?.toUpperCase(), event.detail.event?.title));
      element.addEventListener('eventline:zoom', (event) => console.log(event.detail.range[0].getUTCFullYear(), event.detail.userInput));
      element.addEventListener('eventline:error', (event) => console.log(event.detail.message.length));
      element.addEventListener('click', (event) => console.log(event.clientX));
      const found = document.querySelector('event-timeline');
      found?.timeline?.select('paris-summit');
      const attributes: EventTimelineAttributes = { src: '/t.json', theme: 'dark', height: 420, 'compress-gaps': 'off', hash: true };
      const jsx: JSX.IntrinsicElements['event-timeline'] = { ...attributes, class: 'wide', locale: 'de' };
      export const all = [kept, jsx];
    `);
    // The types catch what the element would ignore, and a listener reading a detail the event has not.
    writeFileSync(join(project, 'bad.ts'), `
      import 'eventline/element';
      const element = document.createElement('event-timeline');
      element.addEventListener('eventline:select', (event) => console.log(event.detail.range));
      export const attributes: JSX.IntrinsicElements['event-timeline'] = { theme: 'blue' };
    `);
    const failure = errorsOnlyIn('bad.ts', 'tsconfig.json');
    expect(failure).toMatch(/bad\.ts\(4,\d+\).*Property 'range' does not exist/);
    expect(failure).toMatch(/bad\.ts\(5,\d+\).*Type '"blue"' is not assignable/);
    rmSync(join(project, 'bad.ts'));
  });

  it('ships the React component as a subpath that imports React (an optional peer, not installed here) and the index, not a copy of the chart', () => {
    const installed = join(project, 'node_modules');
    const component = readFileSync(join(installed, 'eventline', 'dist', 'react.js'), 'utf8');
    expect([...component.matchAll(/^import\b[^;]*?\bfrom '([^']+)';/gm)].map((match) => match[1])).toEqual(['react', './index.js']);
    expect(component).not.toContain('createChart');
    expect(existsSync(join(installed, 'react'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, 'eventline', 'package.json'), 'utf8')) as { peerDependencies: unknown; peerDependenciesMeta: unknown; dependencies: Record<string, string> };
    expect([manifest.peerDependencies, manifest.peerDependenciesMeta]).toEqual([{ react: '>=18', vue: '>=3.3' }, { react: { optional: true }, vue: { optional: true } }]);
    expect(Object.keys(manifest.dependencies)).not.toContain('react');
  });

  it('type-checks the React example of docs/react.md against the packed types, and the props and the element catch mistakes', () => {
    const installed = join(project, 'node_modules');
    const docs = readFileSync(join(installed, 'eventline', 'docs', 'react.md'), 'utf8');
    const example = /```tsx\n(\/\/ App\.tsx\n[\s\S]*?)```/.exec(docs)?.[1];
    expect(example).toContain("from 'eventline/react'");
    // React's types as an app has them; React itself is not needed to type-check.
    mkdirSync(join(installed, '@types'), { recursive: true });
    symlinkSync(join(repo, 'node_modules', '@types', 'react'), join(installed, '@types', 'react'), 'dir');
    writeFileSync(join(project, 'tsconfig.react.json'), JSON.stringify({
      compilerOptions: { strict: true, jsx: 'react-jsx', module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [] },
      include: ['*.tsx'],
    }));
    writeFileSync(join(project, 'news.tsx'), example!);
    writeFileSync(join(project, 'bad.tsx'), `
      import { Timeline } from 'eventline/react';
      export const tall = <Timeline height="tall" />;
      export const handler = <Timeline onSelect={(detail: { range: [Date, Date] }) => detail.range} />;
      export const element = <event-timeline theme="blue" oneventline:select={(event) => event.detail.range} />;
    `);
    expect(errorsOnlyIn('bad.tsx', 'tsconfig.react.json')).toMatch(/bad\.tsx\(3,[\s\S]*Type 'string' is not assignable to type 'number'[\s\S]*bad\.tsx\(4,\d+\): error TS2322: Type '\(detail: \{ range: \[Date, Date\]; \}\)[\s\S]*bad\.tsx\(5,[\s\S]*'"blue"'[\s\S]*bad\.tsx\(5,[\s\S]*Property 'range' does not exist/);
    // The other tests' tsconfig.json, which has no JSX setting, would read them.
    for (const file of ['bad.tsx', 'news.tsx']) rmSync(join(project, file));
  });

  it('type-checks the component and the element with React 18\'s types too, whose React.JSX extends the global JSX that eventline/element declares', () => {
    // A folder of its own whose @types/react is React 18's; the package is the installed one, read where it is linked.
    const app = join(project, 'react18');
    mkdirSync(join(app, 'node_modules', '@types'), { recursive: true });
    symlinkSync(join(project, 'node_modules', 'eventline'), join(app, 'node_modules', 'eventline'), 'dir');
    symlinkSync(join(repo, 'node_modules', '@types', 'react-18'), join(app, 'node_modules', '@types', 'react'), 'dir');
    // What React 18's types import, as npm installs them beside it.
    symlinkSync(join(repo, 'node_modules', 'csstype'), join(app, 'node_modules', 'csstype'), 'dir');
    symlinkSync(join(repo, 'node_modules', '@types', 'prop-types'), join(app, 'node_modules', '@types', 'prop-types'), 'dir');
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { strict: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2022', lib: ['es2022', 'dom'], noEmit: true, skipLibCheck: false, types: [], preserveSymlinks: true },
      include: ['app.tsx'],
    }));
    writeFileSync(join(app, 'app.tsx'), `
      import 'eventline/element';
      import { Timeline } from 'eventline/react';
      import { ukraineSecurityGuarantees } from 'eventline/datasets/ukraine';
      export const component = <Timeline dataset={ukraineSecurityGuarantees} height={400} style={{ maxWidth: 960 }} onSelect={({ id }) => console.log(id)} />;
      export const element = <event-timeline src="/timeline.json" theme="dark" style={{ maxWidth: 960 }} aria-busy={true} data-kind="news" />;
    `);
    expect(readFileSync(join(app, 'node_modules', '@types', 'react', 'package.json'), 'utf8')).toMatch(/"version": "18\./);
    run('node', [tsc, '-p', 'tsconfig.json'], app);
  });

  it('defines the eventline global when the IIFE file is evaluated, with no dependencies to load', () => {
    const code = readFileSync(join(project, 'node_modules', 'eventline', 'dist', 'eventline.iife.js'), 'utf8');
    const context: { eventline?: { parseDataset(input: unknown): { events: unknown[] } } } = {};
    runInNewContext(`${code};this.eventline = eventline;`, context);
    expect(typeof context.eventline?.parseDataset).toBe('function');
    expect(context.eventline?.parseDataset(dataset).events).toHaveLength(1);
  });

  it('keeps the importers in their own subpath and add-on script, sharing the library’s EventlineDataError', () => {
    writeFileSync(join(project, 'importers.mjs'), `
      import { EventlineDataError } from 'eventline';
      import { fromTimelineJS } from 'eventline/importers';
      const dataset = fromTimelineJS({ events: [{ start_date: { year: 2025 }, text: { headline: '<b>A</b>' } }] });
      let shared = false;
      try { fromTimelineJS({}); } catch (error) { shared = error instanceof EventlineDataError; }
      console.log(JSON.stringify({ title: dataset.events[0].title, shared, inIndex: 'fromTimelineJS' in await import('eventline') }));
    `);
    expect(JSON.parse(run('node', ['importers.mjs'], project))).toEqual({ title: 'A', shared: true, inIndex: false });
    const dist = join(project, 'node_modules', 'eventline', 'dist');
    const context: { eventline?: { fromTimelineJS?: (json: unknown) => { events: { title: string }[] } } } = {};
    runInNewContext(`${readFileSync(join(dist, 'eventline.iife.js'), 'utf8')};this.eventline = eventline;`, context);
    expect(context.eventline?.fromTimelineJS).toBeUndefined();
    runInNewContext(readFileSync(join(dist, 'eventline-importers.js'), 'utf8'), context);
    expect(context.eventline?.fromTimelineJS?.({ events: [{ start_date: { year: 2025 }, text: { headline: 'B' } }] }).events[0]?.title).toBe('B');
    expect(() => runInNewContext(readFileSync(join(dist, 'eventline-importers.js'), 'utf8'), {})).toThrow('dist/eventline-importers.js adds to eventline: load dist/eventline.iife.js before it');
  });

  it('leaves the SVG writer out of the one-tag script until its export add-on is loaded, and says so', () => {
    const dist = join(project, 'node_modules', 'eventline', 'dist');
    const summit = { ...dataset, events: [{ ...dataset.events[0], title: 'Paris summit' }] };
    const context: { eventline?: { renderToSVGString?: (input: unknown) => string } } = {};
    runInNewContext(`${readFileSync(join(dist, 'eventline.iife.js'), 'utf8')};this.eventline = eventline;`, context);
    expect(() => context.eventline?.renderToSVGString?.(summit)).toThrow('or load dist/eventline-export.js after dist/eventline.iife.js');
    runInNewContext(readFileSync(join(dist, 'eventline-export.js'), 'utf8'), context);
    const svg = context.eventline?.renderToSVGString?.(summit) ?? '';
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('>Paris summit</text>');
    expect(() => runInNewContext(readFileSync(join(dist, 'eventline-export.js'), 'utf8'), {})).toThrow('the eventline export add-on adds to eventline: load dist/eventline.iife.js before dist/eventline-export.js');
  });

  it('ships a locale add-on script per language, which registers its locale with the eventline global', () => {
    const dir = join(project, 'node_modules', 'eventline', 'dist', 'locales');
    expect(packedFiles.filter((file) => file.startsWith('dist/locales/'))).toEqual(LOCALE_ADDONS.map((code) => `dist/locales/${code}.js`));
    for (const code of LOCALE_ADDONS) {
      const registered: [string, { code?: string }][] = [];
      runInNewContext(readFileSync(join(dir, `${code}.js`), 'utf8'), { eventline: { registerLocale: (name: string, locale: { code?: string }) => registered.push([name, locale]) } });
      expect(registered.map(([name, locale]) => [name, locale.code])).toEqual([[code, code]]);
    }
    expect(() => runInNewContext(readFileSync(join(dir, 'de.js'), 'utf8'), {})).toThrow('dist/locales/de.js registers a locale with eventline: load dist/eventline.iife.js before it');
  });

  it('resolves the style.css, schema, schema.json, export, iife, react and vue subpaths, and ships the schema the validator uses', () => {
    writeFileSync(join(project, 'resolve.mjs'), `
      const { datasetSchema } = await import('eventline/schema');
      console.log(JSON.stringify([datasetSchema.title, ...['eventline/style.css', 'eventline/schema', 'eventline/schema.json', 'eventline/export', 'eventline/iife', 'eventline/element', 'eventline/importers', 'eventline/locales/de', 'eventline/react', 'eventline/vue'].map((s) => import.meta.resolve(s).split('/node_modules/')[1])]));
    `);
    expect(JSON.parse(run('node', ['resolve.mjs'], project))).toEqual([
      'eventline dataset', 'eventline/dist/eventline.css', 'eventline/dist/schema.js', 'eventline/dist/eventline.schema.json', 'eventline/dist/export.js', 'eventline/dist/eventline.iife.js', 'eventline/dist/element.js', 'eventline/dist/importers.js', 'eventline/dist/locales/de.js', 'eventline/dist/react.js', 'eventline/dist/vue.js',
    ]);
    const shipped = JSON.parse(readFileSync(join(project, 'node_modules', 'eventline', 'dist', 'eventline.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(datasetSchema)));
  });
});
