// `npm run bench:phone` (builds first): the vertical story on a phone. 10,000 synthetic events (the
// bench's news-like generator) in a 390 × 844 touch viewport: the time from mount to two frames later,
// the DOM size (the bench page has no viewport meta tag, so the page is not emulated as mobile: a
// mobile viewport would lay it out 980 px wide), then the story scrolled with real wheel input (300 steps of 600 px, one a frame: a
// sixth of 10,000 cards, as fast as a flick) while a requestAnimationFrame loop records the frame intervals and a
// PerformanceObserver the long tasks. Targets: DOM < 3,000 nodes at every point of the scroll, and
// 60 fps (frame interval p95 at most 1.25 frames, 20.8 ms). A benchmark, not a test: a missed
// target prints TARGET MISSED and the exit code stays 0. Options: --count=10000 --runs=5.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));
const CHROMIUM_PATH = process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium';
const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const count = Number(args.count ?? 10_000);
const runs = Number(args.runs ?? 5);
/** Wheel steps of the scroll, 600 px each (a fast flick, 36,000 px a second): 300 steps read a sixth of 10,000 cards. */
const STEPS = 300;
const STEP_PX = 600;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

if (!existsSync(new URL('../dist/eventline.iife.js', import.meta.url))) throw new Error('dist/eventline.iife.js is missing: run "npm run build" first');
const server = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync', '--js-flags=--expose-gc'] });
const results = [];
try {
  for (let run = 0; run <= runs; run++) {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true });
    await page.goto(`${server.url}/bench/page.html`);
    await page.waitForFunction(() => typeof window.runBench === 'function');
    const mounted = await page.evaluate(async ([n, seed]) => {
      const container = document.getElementById('bench-container');
      container.style.cssText = 'width: auto; height: auto; overflow: visible';
      const dataset = window.syntheticDataset({ count: n, seed });
      await new Promise((done) => setTimeout(done, 500));
      const start = performance.now();
      window.timeline = window.eventline.createTimeline(container, { dataset });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return { renderMs: performance.now() - start, domNodes: container.querySelectorAll('*').length + 1, cards: container.querySelectorAll('.eventline-card').length, orientation: container.querySelector('.eventline').dataset.orientation };
    }, [count, run + 1]);
    // Scroll the whole story with the wheel, one step a frame, recording frames and long tasks.
    await page.evaluate(() => {
      const record = { frames: [], longTasks: [], maxNodes: 0, headings: new Set(), running: true };
      window.scrollRecord = record;
      new PerformanceObserver((list) => record.longTasks.push(...list.getEntries().map((entry) => entry.duration))).observe({ type: 'longtask' });
      let last = performance.now();
      const loop = (now) => {
        record.frames.push(now - last);
        last = now;
        record.maxNodes = Math.max(record.maxNodes, document.getElementById('bench-container').querySelectorAll('*').length + 1);
        record.headings.add(document.querySelector('.eventline-story-when')?.textContent);
        if (record.running) requestAnimationFrame(loop);
      };
      requestAnimationFrame(loop);
    });
    await page.mouse.move(200, 400);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const started = Date.now();
    for (let step = 0; step < STEPS && (await page.evaluate(() => scrollY + innerHeight)) < height - 10 && Date.now() - started < 60_000; step++) {
      await page.mouse.wheel(0, STEP_PX);
      await page.waitForTimeout(16);
    }
    const scrolled = await page.evaluate(() => {
      const record = window.scrollRecord;
      record.running = false;
      const frames = record.frames.slice(2).sort((a, b) => a - b);
      const at = (share) => frames[Math.min(frames.length - 1, Math.floor(share * frames.length))];
      return { frames: frames.length, p50: at(0.5), p95: at(0.95), longTasks: record.longTasks.length, longestTask: Math.max(0, ...record.longTasks), maxNodes: record.maxNodes, headings: record.headings.size, scrollY, last: document.querySelector('.eventline-card:last-of-type')?.dataset.eventId ?? null };
    });
    await page.close();
    const result = { ...mounted, ...scrolled };
    if (run > 0) results.push(result);
    console.log(`${run === 0 ? 'warm-up' : `run ${run}/${runs}`}: render ${mounted.renderMs.toFixed(1)} ms, ${mounted.domNodes} nodes (${mounted.cards} cards, ${mounted.orientation}); scroll ${scrolled.frames} frames, p50 ${scrolled.p50.toFixed(1)} ms, p95 ${scrolled.p95.toFixed(1)} ms, ${scrolled.longTasks} long tasks (longest ${scrolled.longestTask.toFixed(0)} ms), at most ${scrolled.maxNodes} nodes, ${scrolled.headings} year headings`);
  }
} finally {
  await browser.close();
  await server.close();
}
const summary = Object.fromEntries(['renderMs', 'domNodes', 'maxNodes', 'p50', 'p95', 'longTasks'].map((metric) => [metric, Number(median(results.map((result) => result[metric])).toFixed(1))]));
const targets = [
  { name: 'DOM < 3,000 nodes while scrolling', value: summary.maxNodes, limit: 3000 },
  { name: '60 fps scrolling (frame p95 ≤ 20.8 ms)', value: summary.p95, limit: 20.9 },
];
console.log(`\nmedians of ${runs} runs, ${count.toLocaleString('en-US')} events at 390 × 844: ${JSON.stringify(summary)}`);
for (const target of targets) console.log(`${target.value < target.limit ? 'met' : 'TARGET MISSED'}: ${target.name}: ${target.value}`);
const report = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
report.phone = { timestamp: new Date().toISOString(), count, runs, viewport: { width: 390, height: 844, touch: true }, median: summary, targets, results };
writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
