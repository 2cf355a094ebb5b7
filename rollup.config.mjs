// Builds the published files: ESM + one bundled .d.ts (dependencies external), the self-contained
// minified IIFE (global `eventline`), the stylesheet and the dataset JSON Schema. Nothing here uses the network.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import json from '@rollup/plugin-json';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { cssText } from './scripts/css-text-plugin.mjs';
import { leanSelection } from './scripts/lean-selection-plugin.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies ?? {});
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));
const isLibraryIndex = (id) => /^(\.\.\/)+index\.js$/.test(id) || /[\\/]src[\\/]index\.(js|ts)$/.test(id);
const isImporters = (id) => id === '../importers.js' || /[\\/]src[\\/]importers\.(js|ts)$/.test(id);
const isElementDefinition = (id) => id === './define.js' || /[\\/]src[\\/]embed[\\/]define\.(js|ts)$/.test(id);
/** Modules that import the library (element, importers) use it through `index.js` instead of a copy. */
const sharedModules = (id) => (isLibraryIndex(id) ? './index.js' : isImporters(id) ? './importers.js' : id);

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
  });

/** Terser for the one-tag script and its export add-on: ES2022 (the build's target), two passes. */
const minifyModern = (format = {}) => terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false, ...format } });

/** Copies the stylesheet into the output as `eventline.css`. */
const stylesheet = () => ({
  name: 'eventline-stylesheet',
  buildStart() {
    this.addWatchFile('src/styles/eventline.css');
    this.emitFile({ type: 'asset', fileName: 'eventline.css', source: readFileSync('src/styles/eventline.css', 'utf8') });
  },
});

/** Writes the JSON Schema from the built module, so the shipped file is exactly what the validator uses. */
const schemaFile = () => ({
  name: 'eventline-schema',
  async writeBundle() {
    const built = await import(`${pathToFileURL('dist/index.js').href}?t=${Date.now()}`);
    writeFileSync('dist/eventline.schema.json', `${JSON.stringify(built.datasetSchema, null, 2)}\n`);
  },
});

/**
 * The one-tag script's built-in English without date-fns's date parsing (`match`) and relative dates
 * (`formatRelative`): eventline only writes dates (through `localize` and `formatLong`) and durations
 * (`formatDistance`), and the locale object never leaves the script for date-fns `parse`. About 1 KB gzip.
 */
const withoutEnglishParsing = () => {
  const unused = { './en-US/_lib/match.js': 'match', './en-US/_lib/formatRelative.js': 'formatRelative' };
  const fromEnglish = (importer) => /date-fns[\\/]locale[\\/]en-(US|GB)\.js$/.test(importer ?? '');
  return {
    name: 'eventline-without-english-parsing',
    resolveId: (source, importer) => (source in unused && fromEnglish(importer) ? `\0eventline-unused:${unused[source]}` : null),
    load: (id) => {
      if (!id.startsWith('\0eventline-unused:')) return null;
      const name = id.slice('\0eventline-unused:'.length);
      return [
        `const unavailable = () => { throw new Error('eventline.iife.js: its built-in English locale has no date-fns ${name}'); };`,
        name === 'match'
          ? `export const match = { ordinalNumber: unavailable, era: unavailable, quarter: unavailable, month: unavailable, day: unavailable, dayPeriod: unavailable };`
          : `export const formatRelative = unavailable;`,
      ].join('\n');
    },
  };
};

/**
 * The one-tag script takes its SVG writer (export) from an add-on: every import of ssr/svgWriter.ts
 * resolves to the slot the add-on `dist/eventline-export.js` fills (src/embed/svgWriterSlot.ts).
 */
const SVG_WRITER_SLOT = fileURLToPath(new URL('./src/embed/svgWriterSlot.ts', import.meta.url));
const isSvgWriter = (source) => /(^|[\\/])svgWriter\.(js|ts)$/.test(source);
const svgWriterFromAddon = () => ({
  name: 'eventline-svg-writer-from-addon',
  resolveId: (source) => (isSvgWriter(source) ? SVG_WRITER_SLOT : null),
});

/** Add-on scripts for the one-tag build: `dist/locales/<code>.js` registers one date-fns locale. */
const LOCALE_ADDONS = ['ar', 'de', 'es', 'fr', 'it', 'pl', 'pt', 'ru', 'uk'];
const localeAddon = (code) => {
  const id = `eventline-locale:${code}`;
  return {
    input: id,
    plugins: [
      {
        name: 'eventline-locale-addon',
        resolveId: (source) => (source === id ? id : null),
        load: (source) =>
          source === id
            ? [
                `import { ${code} } from 'date-fns/locale/${code}';`,
                `if (typeof eventline === 'undefined' || typeof eventline.registerLocale !== 'function') {`,
                `  throw new Error('dist/locales/${code}.js registers a locale with eventline: load dist/eventline.iife.js before it');`,
                `}`,
                `eventline.registerLocale('${code}', ${code});`,
              ].join('\n')
            : null,
      },
      nodeResolve({ browser: true }),
      terser({ format: { comments: false } }),
    ],
    output: { file: `dist/locales/${code}.js`, format: 'iife' },
  };
};

export default [
  {
    input: 'src/index.ts',
    external: isDependency,
    plugins: [cssText(), compile(), stylesheet(), schemaFile()],
    output: { file: 'dist/index.js', format: 'es' },
  },
  {
    // Datasets are separate modules that import the library's own index, so it never carries demo data.
    input: 'src/datasets/ukraine.ts',
    external: (id) => isDependency(id) || isLibraryIndex(id),
    plugins: [json({ preferConst: true }), cssText(), compile()],
    output: { file: 'dist/datasets/ukraine.js', format: 'es', paths: (id) => (isLibraryIndex(id) ? '../index.js' : id) },
  },
  {
    input: 'src/index.ts',
    external: isDependency,
    plugins: [dts({ tsconfig: './tsconfig.json' })],
    output: { file: 'dist/index.d.ts', format: 'es' },
  },
  {
    // Dataset declarations refer to the library's types through the package's own index.d.ts.
    input: 'src/datasets/ukraine.ts',
    external: (id) => isDependency(id) || isLibraryIndex(id),
    plugins: [dts({ tsconfig: './tsconfig.json' })],
    output: { file: 'dist/datasets/ukraine.d.ts', format: 'es', paths: (id) => (isLibraryIndex(id) ? '../index.js' : id) },
  },
  {
    // The importers (TimelineJS JSON, spreadsheet CSV), a subpath of their own.
    input: 'src/importers.ts',
    external: (id) => isDependency(id) || isLibraryIndex(id),
    plugins: [compile()],
    output: { file: 'dist/importers.js', format: 'es', paths: sharedModules },
  },
  {
    input: 'src/importers.ts',
    external: (id) => isDependency(id) || isLibraryIndex(id),
    plugins: [dts({ tsconfig: './tsconfig.json' })],
    output: { file: 'dist/importers.d.ts', format: 'es', paths: sharedModules },
  },
  {
    // The custom element, registered on import, with the importers.
    input: 'src/embed/element.ts',
    external: (id) => isDependency(id) || isLibraryIndex(id) || isImporters(id),
    plugins: [cssText(), compile()],
    output: { file: 'dist/element.js', format: 'es', paths: sharedModules },
  },
  {
    input: 'src/embed/element.ts',
    external: (id) => isDependency(id) || isLibraryIndex(id) || isImporters(id),
    plugins: [dts({ tsconfig: './tsconfig.json' })],
    output: { file: 'dist/element.d.ts', format: 'es', paths: sharedModules },
  },
  {
    // The one-tag script renders as soon as the page has its data, so V8's explicit compile hint asks
    // for every function to be compiled while the script streams in, instead of lazily on the first
    // render (about 20 ms of main-thread compiling inside a cold 10,000-event render, by trace).
    // minifyModern writes ES2022 and takes a second pass: about 250 B gzip less than the defaults.
    // leanSelection leaves out the d3 selection methods eventline never calls (about 1 KB gzip).
    input: 'src/embed/iife.ts',
    plugins: [cssText(), withoutEnglishParsing(), svgWriterFromAddon(), leanSelection(), nodeResolve({ browser: true }), compile(), minifyModern({ preamble: '//# allFunctionsCalledOnLoad' })],
    output: { file: 'dist/eventline.iife.js', format: 'iife', name: 'eventline' },
  },
  {
    // Add-on for the one-tag script: the importers, added to the `eventline` global it extends.
    input: 'src/embed/importersAddon.ts',
    external: (id) => isLibraryIndex(id) || isElementDefinition(id),
    plugins: [nodeResolve({ browser: true }), compile(), terser({ format: { comments: false } })],
    output: {
      file: 'dist/eventline-importers.js', format: 'iife', name: 'eventline', extend: true,
      globals: (id) => (isLibraryIndex(id) || isElementDefinition(id) ? 'eventline' : id),
    },
  },
  {
    // Add-on for the one-tag script: the SVG writer behind export, registered with the global it extends.
    input: 'src/embed/exportAddon.ts',
    external: (id) => /[\\/]svgWriterSlot\.(js|ts)$/.test(id) || id === './svgWriterSlot.js',
    plugins: [cssText(), withoutEnglishParsing(), nodeResolve({ browser: true }), compile(), minifyModern()],
    output: {
      file: 'dist/eventline-export.js', format: 'iife', name: 'eventline', extend: true,
      // Without the eventline script the add-on's own check says what to load, not a ReferenceError.
      globals: (id) => (/svgWriterSlot/.test(id) ? '(typeof eventline === "undefined" ? {} : eventline)' : id),
    },
  },
  ...LOCALE_ADDONS.map(localeAddon),
];
