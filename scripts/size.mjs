// `npm run size` (after `npm run build`): the gzip sizes of what a page downloads, against the budgets
// decided in the timestamps-and-size issue (#20): dist/eventline.iife.js with the stylesheet at most
// 48 KB (the one-tag script carries its stylesheet and adopts it, so a page loads no CSS file with it),
// and dist/index.js (its dependencies not counted) at most 38 KB, measured minified as a bundler would
// ship it. Then what a bundler app ships: a two-line entry bundled with rollup, node-resolve and terser
// (dependencies included), for `createTimeline` with the stylesheet and for `parseDataset` alone. A
// report, not a test: it exits 0 either way, printing "OVER BUDGET" for a miss; `--json` prints JSON
// instead.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { minify } from 'terser';
import { virtualEntry } from './rollup/virtualEntry.mjs';

const dist = new URL('../dist/', import.meta.url);
const KB = 1024;
/** The budgets, in gzip bytes: the size test checks the same numbers. */
export const BUDGETS = { iife: 48 * KB, index: 38 * KB };
const gzip = (text) => gzipSync(text, { level: 9 }).length;
const read = (name) => readFileSync(new URL(name, dist), 'utf8');

/**
 * The gzip size in bytes of each shipped file (and of the budgeted combinations), with its budget.
 * @returns {Promise<{ file: string, bytes: number, budget?: number }[]>}
 */
export async function measureSizes() {
  const iife = read('eventline.iife.js');
  const css = read('eventline.css');
  const index = read('index.js');
  const indexMinified = (await minify(index, { module: true, format: { comments: false } })).code ?? '';
  return [
    { file: 'dist/eventline.iife.js (its stylesheet built in)', bytes: gzip(iife), budget: BUDGETS.iife },
    { file: 'dist/eventline.css (for bundler users)', bytes: gzip(css) },
    { file: 'dist/index.js, minified', bytes: gzip(indexMinified), budget: BUDGETS.index },
    { file: 'dist/index.js, as shipped', bytes: gzip(index) },
    { file: 'dist/importers.js', bytes: gzip(read('importers.js')) },
    { file: 'dist/element.js', bytes: gzip(read('element.js')) },
    { file: 'dist/react.js', bytes: gzip(read('react.js')) },
    { file: 'dist/eventline-importers.js (add-on)', bytes: gzip(read('eventline-importers.js')) },
    { file: 'dist/eventline-export.js (add-on)', bytes: gzip(read('eventline-export.js')) },
    ...readdirSync(new URL('locales/', dist)).sort().map((name) => ({ file: `dist/locales/${name} (add-on)`, bytes: gzip(read(`locales/${name}`)) })),
  ];
}

/**
 * The two-line apps of `npm run size`: what each imports from the package (as `eventline` resolves,
 * to `dist/index.js`) and does with it.
 */
export const APPS = {
  'an app calling createTimeline, with the stylesheet': {
    code: "import { createTimeline } from 'eventline';\ncreateTimeline(document.querySelector('#chart'), { dataset: window.dataset });",
    css: true,
  },
  'an app calling parseDataset alone': {
    code: "import { parseDataset } from 'eventline';\nconsole.log(parseDataset(window.dataset).events.length);",
    css: false,
  },
};

/**
 * What a bundler app ships (gzip bytes): each of {@link APPS} bundled as an app's build would bundle it,
 * rollup with node-resolve (browser fields, dependencies from node_modules), minified by terser, plus the
 * stylesheet (`eventline/style.css`) where the app imports it.
 * @returns {Promise<{ file: string, bytes: number, javascript: number, css: number }[]>}
 */
export async function measureApps() {
  const index = fileURLToPath(new URL('index.js', dist));
  const css = gzip(read('eventline.css'));
  const rows = [];
  for (const [name, app] of Object.entries(APPS)) {
    const bundle = await rollup({
      input: 'app-entry',
      plugins: [virtualEntry('app-entry', app.code), { name: 'eventline-package', resolveId: (source) => (source === 'eventline' ? index : null) }, nodeResolve({ browser: true })],
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const code = (await minify(output[0].code, { module: true, format: { comments: false } })).code ?? '';
    const javascript = gzip(code);
    rows.push({ file: name, bytes: javascript + (app.css ? css : 0), javascript, css: app.css ? css : 0 });
  }
  return rows;
}

async function main() {
  const rows = await measureSizes();
  const apps = await measureApps();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ files: rows, apps }, null, 2));
    return;
  }
  const kb = (bytes) => `${(bytes / KB).toFixed(1).padStart(5)} KB`;
  const width = Math.max(...rows.map((row) => row.file.length), ...apps.map((app) => app.file.length));
  for (const row of rows) {
    const budget = row.budget === undefined ? '' : ` / ${(row.budget / KB).toFixed(0)} KB${row.bytes > row.budget ? '  OVER BUDGET' : ''}`;
    console.log(`${row.file.padEnd(width)}  ${kb(row.bytes)} gzip${budget}`);
  }
  console.log('\nWhat a bundler app ships (a two-line entry; rollup, node-resolve and terser; dependencies included):');
  for (const app of apps) console.log(`${app.file.padEnd(width)}  ${kb(app.bytes)} gzip (JavaScript ${kb(app.javascript).trim()}${app.css ? `, stylesheet ${kb(app.css).trim()}` : ''})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
