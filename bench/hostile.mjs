// `npm run bench:hostile` (builds first): what hostile input costs a page, in Chromium (#22). Each case
// runs in a fresh page of the bench (the one-tag script), `--runs` times (default 3), and prints medians:
// - 200,000 and 1,000,000 events that all start on 30 February: time from createTimeline to the error
//   panel on screen (two frames later), and how many problems the panel lists;
// - 50,000 events, each with its own lane and category: time to first frames, DOM nodes, SVG height;
// - 5 events with 1 MB titles: a zoomTo (no animation, drawn before it returns), median of 20.
// A case not done after --limit seconds (default 120), or whose page crashes, is reported as such.
// A benchmark, not a test: it prints the figures and exits 0. Options: --runs=3 --cases=errors,lanes,titles --root=<repository>
// (measure another checkout's dist/, e.g. the commit before a fix, on the same machine).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/serve.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const root = args.root ? resolve(args.root) : fileURLToPath(new URL('..', import.meta.url));
const runs = Number(args.runs ?? 3);
/** Which cases to run: `--cases=errors,lanes,titles` (default all). */
const cases = new Set((args.cases ?? 'errors,lanes,titles').split(','));
const CHROMIUM_PATH = process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium';
/** How long one case may take before it is reported as unfinished. */
const LIMIT_MS = Number(args.limit ?? 120) * 1000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(`${root}/dist/eventline.iife.js`)) throw new Error(`${root}/dist/eventline.iife.js is missing: run "npm run build" first`);
const server = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'] });

/** Runs `measure` (a function evaluated in the page, given `input`) in a fresh bench page, `runs` times. */
async function measureIn(measure, input) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', () => {});
    await page.goto(`${server.url}/bench/page.html`);
    await page.waitForFunction(() => typeof window.eventline?.createTimeline === 'function');
    // A case the page cannot finish (the renderer hangs or crashes) is reported as such, not waited on for ever.
    const crashed = new Promise((done) => page.on('crash', () => done({ failed: 'the page crashed' })));
    const late = new Promise((done) => setTimeout(() => done({ failed: `not done after ${LIMIT_MS / 1000} s` }), LIMIT_MS));
    const result = await Promise.race([page.evaluate(measure, input), crashed, late]);
    results.push(result);
    await page.close().catch(() => {});
    if (result.failed) break;
  }
  return results;
}

const source = { id: 's', publisher: 'p', title: 't', published: '2025' };
try {
  for (const count of cases.has('errors') ? [200_000, 1_000_000] : []) {
    const results = await measureIn(async ([n, src]) => {
      const events = Array.from({ length: n }, (_, index) => ({ id: `e${index}`, title: 'Bad date', start: '2025-02-30', sources: ['s'] }));
      const container = document.getElementById('bench-container');
      const start = performance.now();
      window.eventline.createTimeline(container, { dataset: { title: 'Broken', sources: [src], events } });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const alert = container.querySelector('[role="alert"]');
      return { ms: performance.now() - start, visible: alert !== null && alert.getClientRects().length > 0, listed: container.querySelectorAll('[role="alert"] li').length, nodes: container.querySelectorAll('*').length };
    }, [count, source]);
    const last = results.at(-1);
    if (last.failed) {
      console.log(`${count.toLocaleString('en')} events on 30 February: ${last.failed}`);
      continue;
    }
    console.log(`${count.toLocaleString('en')} events on 30 February: error on screen after ${median(results.map((r) => r.ms)).toFixed(0)} ms (median of ${runs}; visible: ${last.visible}, ${last.listed} problems listed, ${last.nodes} nodes)`);
  }

  const wide = !cases.has('lanes') ? [{ failed: 'not run' }] : await measureIn(async ([n, src]) => {
    const events = Array.from({ length: n }, (_, index) => ({ id: `e${index}`, title: `Event ${index}`, start: `2025-01-${String((index % 28) + 1).padStart(2, '0')}`, group: `Lane ${index}`, category: `Kind ${index}`, sources: ['s'] }));
    const container = document.getElementById('bench-container');
    const start = performance.now();
    window.eventline.createTimeline(container, { dataset: { title: 'Wide', sources: [src], events } });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return { ms: performance.now() - start, nodes: container.querySelectorAll('*').length + 1, svgHeight: Number(container.querySelector('.eventline-svg')?.getAttribute('height')), lanes: container.querySelectorAll('.eventline-lane').length };
  }, [50_000, source]);
  const lastWide = wide.at(-1);
  if (lastWide.failed) console.log(`50,000 events, each its own lane and category: ${lastWide.failed}`);
  else console.log(`50,000 events, each its own lane and category: first frames after ${median(wide.map((r) => r.ms)).toFixed(0)} ms, ${lastWide.nodes} DOM nodes, ${lastWide.lanes} lanes, SVG ${lastWide.svgHeight} px tall`);

  const titles = !cases.has('titles') ? [{ failed: 'not run' }] : await measureIn(async (src) => {
    const huge = 'word '.repeat(200_000);
    const events = Array.from({ length: 5 }, (_, index) => ({ id: `e${index}`, title: `${index} ${huge}`, start: `2025-01-0${index + 1}`, sources: ['s'] }));
    const container = document.getElementById('bench-container');
    const timeline = window.eventline.createTimeline(container, { dataset: { title: 'Long titles', sources: [src], events } });
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const times = [];
    for (let step = 0; step < 20; step++) {
      const day = Date.UTC(2025, 0, 1);
      const start = performance.now();
      timeline.zoomTo(step % 2 ? [new Date(day), new Date(day + 5 * 86_400_000)] : [new Date(day - 2 * 86_400_000), new Date(day + 3 * 86_400_000)]);
      times.push(performance.now() - start);
      await new Promise((done) => requestAnimationFrame(done));
    }
    return times.sort((a, b) => a - b)[10];
  }, source);
  if (titles.some((result) => result.failed)) console.log(`5 events with 1 MB titles: ${titles.find((result) => result.failed).failed}`);
  else console.log(`5 events with 1 MB titles: zoomTo ${median(titles).toFixed(1)} ms (median of 20 zooms, median of ${runs} pages)`);
} finally {
  await browser.close();
  await server.close();
}
