// Builds the published files from one table of entries (ENTRIES): ES modules with bundled .d.ts
// files for bundler users (dependencies external), the one-tag script (everything bundled, global
// `eventline`) and its add-on scripts, the stylesheet and the dataset JSON Schema. Nothing here uses
// the network, and no dependency's code is edited. Custom plugins live in scripts/rollup/, each with
// the reason it exists.
import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { asciiOnly } from './scripts/rollup/asciiOnly.mjs';
import { cssText } from './scripts/rollup/cssText.mjs';
import { schemaFile } from './scripts/rollup/schemaFile.mjs';
import { sharedModules } from './scripts/rollup/sharedModules.mjs';
import { stylesheetAsset } from './scripts/rollup/stylesheetAsset.mjs';
import { svgWriterFromAddon } from './scripts/rollup/svgWriterFromAddon.mjs';
import { virtualEntry } from './scripts/rollup/virtualEntry.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
// Peer dependencies (React for `eventline/react`, Vue's types for `eventline/vue`) are the app's own copy: imported, never bundled.
const dependencies = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** The global an add-on script extends; without the eventline script its own check says what to load, not a ReferenceError. */
const EVENTLINE_GLOBAL = '(typeof eventline === "undefined" ? {} : eventline)';

/** The date-fns locales shipped as add-on scripts for the one-tag build (src/embed/locales.ts lists the same). */
const LOCALE_ADDONS = ['ar', 'de', 'es', 'fr', 'it', 'pl', 'pt', 'ru', 'uk'];

/**
 * Every file the build writes, in build order: the index first (later entries import it).
 * - `format`: `es` for bundler users (dependencies stay imports), `iife` for script tags (all bundled);
 * - `types`: also write a bundled .d.ts beside it;
 * - `shared`: source files whose modules this file takes from another built file instead of a copy
 *   (see scripts/rollup/sharedModules.mjs), with the id it imports them by;
 * - `minify`: `modern` (ES2022, two passes: the one-tag script and export add-on), `plain`, or none.
 */
const ENTRIES = [
  { input: 'src/index.ts', file: 'dist/index.js', format: 'es', types: true, plugins: [stylesheetAsset(), svgWriterFromAddon()] },
  // The dataset's JSON Schema (`eventline/schema`), and eventline.schema.json written from it.
  { input: 'src/model/schema.ts', file: 'dist/schema.js', format: 'es', types: true, plugins: [schemaFile()] },
  {
    // The export add-on for bundlers (`eventline/export`): the SVG writers and the PNG drawing.
    input: 'src/embed/exportAddon.ts', file: 'dist/export.js', format: 'es', types: true,
    shared: { 'src/index.ts': './index.js' },
  },
  {
    // The demo dataset, a module of its own so the library never carries demo data.
    input: 'src/datasets/ukraine.ts', file: 'dist/datasets/ukraine.js', format: 'es', types: true,
    shared: { 'src/index.ts': '../index.js' }, plugins: [json({ preferConst: true })],
  },
  { input: 'src/importers/index.ts', file: 'dist/importers.js', format: 'es', types: true, shared: { 'src/index.ts': './index.js' } },
  {
    // The custom element, registered on import, with the importers.
    input: 'src/embed/element.ts', file: 'dist/element.js', format: 'es', types: true,
    shared: { 'src/index.ts': './index.js', 'src/importers/index.ts': './importers.js' },
  },
  // The React component (`eventline/react`); React itself is a peer dependency, so it stays an import.
  // Its types also give React's JSX the `<event-timeline>` element, whose types come from element.d.ts.
  {
    input: 'src/react/index.ts', file: 'dist/react.js', format: 'es', types: true,
    shared: { 'src/index.ts': './index.js', 'src/embed/define.ts': './element.js' },
  },
  // Vue's template types for the element and the compiler option it needs (`eventline/vue`).
  { input: 'src/vue/index.ts', file: 'dist/vue.js', format: 'es', types: true, shared: { 'src/embed/define.ts': './element.js' } },
  {
    // The one-tag script renders as soon as the page has its data, so V8's explicit compile hint asks
    // for every function to be compiled while the script streams in, instead of lazily on the first
    // render (about 20 ms of main-thread compiling inside a cold 10,000-event render, by trace).
    input: 'src/embed/iife.ts', file: 'dist/eventline.iife.js', format: 'iife', name: 'eventline',
    minify: 'modern', preamble: '//# allFunctionsCalledOnLoad', plugins: [svgWriterFromAddon()],
  },
  {
    // Add-on for the one-tag script: the importers, added to the `eventline` global they extend.
    input: 'src/embed/importersAddon.ts', file: 'dist/eventline-importers.js', format: 'iife', name: 'eventline', extend: true,
    minify: 'plain', shared: { 'src/index.ts': 'eventline', 'src/embed/define.ts': 'eventline' },
  },
  {
    // Add-on for the one-tag script: the SVG writer behind export, registered with the global it extends.
    input: 'src/embed/exportAddon.ts', file: 'dist/eventline-export.js', format: 'iife', name: 'eventline', extend: true,
    minify: 'modern', shared: { 'src/index.ts': 'eventline', 'src/embed/svgWriterSlot.ts': 'eventline' },
  },
  ...LOCALE_ADDONS.map((code) => ({
    input: `eventline-locale:${code}`, file: `dist/locales/${code}.js`, format: 'iife', minify: 'plain',
    plugins: [virtualEntry(`eventline-locale:${code}`, [
      `import { ${code} } from 'date-fns/locale/${code}';`,
      `if (typeof eventline === 'undefined' || typeof eventline.registerLocale !== 'function') {`,
      `  throw new Error('dist/locales/${code}.js registers a locale with eventline: load dist/eventline.iife.js before it');`,
      `}`,
      `eventline.registerLocale('${code}', ${code});`,
    ].join('\n'))],
  })),
];

const compile = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    noEmit: false,
    noEmitOnError: true,
    declaration: false,
    sourceMap: false,
    // The documentation ships in the .d.ts files (bundled from the sources); the JavaScript stays lean.
    removeComments: true,
    // Every entry compiles the same program: the first one's type information serves the rest
    // (the build is about a third faster on the 2-core CI machine; the output is the same).
    incremental: true,
    cacheDir: 'node_modules/.cache/rollup-typescript',
    tsBuildInfoFile: 'node_modules/.cache/rollup-typescript/tsconfig.tsbuildinfo',
  });

// Every shipped script is ASCII (`ascii_only`, and asciiOnly() for the unminified ES modules): a page
// that is not UTF-8 decodes a script served without a charset in its own encoding (#22).
const minifier = (entry) => {
  if (entry.minify === 'modern') {
    return terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false, ascii_only: true, ...(entry.preamble ? { preamble: entry.preamble } : {}) } });
  }
  return entry.minify === 'plain' ? terser({ format: { comments: false, ascii_only: true } }) : null;
};

/** The rollup configs for one entry: its JavaScript, and its declarations when it has `types`. */
function configsFor(entry) {
  const shared = entry.shared ? [sharedModules(entry.shared)] : [];
  const bundled = entry.format === 'iife';
  const sharedIds = new Set(Object.values(entry.shared ?? {}));
  const external = bundled ? (id) => sharedIds.has(id) : (id) => isDependency(id) || sharedIds.has(id);
  const javascript = {
    input: entry.input,
    external,
    plugins: [
      ...shared, cssText(), ...(entry.plugins ?? []),
      ...(bundled ? [nodeResolve({ browser: true })] : []),
      ...(entry.input.endsWith('.ts') ? [compile()] : []),
      minifier(entry),
      // Last, after the minifier: on what terser has escaped already there is nothing left to do.
      asciiOnly(),
    ].filter(Boolean),
    output: {
      file: entry.file, format: entry.format,
      ...(entry.name ? { name: entry.name } : {}),
      ...(entry.extend ? { extend: true, globals: (id) => (sharedIds.has(id) ? EVENTLINE_GLOBAL : id) } : {}),
    },
  };
  if (!entry.types) return [javascript];
  const declarations = {
    input: entry.input,
    external,
    plugins: [...shared, dts({ tsconfig: './tsconfig.json' })],
    output: { file: entry.file.replace(/\.js$/, '.d.ts'), format: 'es' },
  };
  return [javascript, declarations];
}

export default ENTRIES.flatMap(configsFor);
