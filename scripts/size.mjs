// `npm run size` (after `npm run build`): the gzip sizes of what a page downloads, against the budgets
// decided in the timestamps-and-size issue (#20): dist/eventline.iife.js with the stylesheet at most
// 48 KB (the one-tag script carries its stylesheet and adopts it, so a page loads no CSS file with it),
// and dist/index.js (its dependencies not counted) at most 38 KB, measured minified as a bundler would
// ship it. A report, not a test: it exits 0 either way, printing "OVER BUDGET" for a miss; `--json`
// prints JSON instead.
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minify } from 'terser';

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
    { file: 'dist/eventline-importers.js (add-on)', bytes: gzip(read('eventline-importers.js')) },
    { file: 'dist/eventline-export.js (add-on)', bytes: gzip(read('eventline-export.js')) },
    ...readdirSync(new URL('locales/', dist)).sort().map((name) => ({ file: `dist/locales/${name} (add-on)`, bytes: gzip(read(`locales/${name}`)) })),
  ];
}

async function main() {
  const rows = await measureSizes();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const width = Math.max(...rows.map((row) => row.file.length));
  for (const row of rows) {
    const budget = row.budget === undefined ? '' : ` / ${(row.budget / KB).toFixed(0)} KB${row.bytes > row.budget ? '  OVER BUDGET' : ''}`;
    console.log(`${row.file.padEnd(width)}  ${(row.bytes / KB).toFixed(1).padStart(5)} KB gzip${budget}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
