// `npm run bench` (builds first, then runs this): renders synthetic news datasets of 1,000, 10,000 and
// 100,000 events in headless Chromium, dated by calendar day and timestamped by the minute (live
// coverage, wire items), and reports the median time from mount to two frames later, DOM size and JS
// heap against eventline's performance targets for each kind of data. A benchmark, not a test: a missed target
// prints "TARGET MISSED" but the exit code stays 0; only a harness failure exits non-zero.
// Then bench/compare.mjs measures vis-timeline and TimelineJS beside eventline in the same run.
// Options: --sizes=1000,5000  --runs=5  --mode=cold|warm|both (default both)  --kinds=days,timestamps  --no-compare
//   cold: every run in a fresh browser context: a page that renders one timeline on load, JIT cold.
//   warm: one page per size, measured after a warm-up in that page: the library's steady state.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/serve.mjs';
import { QUIET_MS } from './settle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results.json', import.meta.url));
const CHROMIUM_PATH = process.env.EVENTLINE_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
  '--enable-precise-memory-info', '--js-flags=--expose-gc',
];
const VIEWPORT = { width: 1280, height: 800 };
const WARMUP_RUNS = 1;
const RUN_TIMEOUT_MS = 120_000; // one page load + one render; generous even for 100,000 events on a slow box
const TOTAL_BUDGET_MS = 12 * 60_000; // stop before 13 minutes, whatever happens (both kinds of data)

/** The kinds of data (bench/synthetic.mjs): calendar days, and timestamps to the minute. */
const KINDS = ['days', 'timestamps'];
// Timestamped data has its own render targets (the timestamps-and-size issue, #20); DOM and heap are the same.
const TARGETS = [
  { name: 'render 10,000 < 100 ms', applies: (count, kind) => kind === 'days' && count === 10_000, metric: 'renderMs', limit: 100, unit: 'ms' },
  { name: 'render 100,000 < 600 ms', applies: (count, kind) => kind === 'days' && count === 100_000, metric: 'renderMs', limit: 600, unit: 'ms' },
  { name: 'render 10,000 < 70 ms', applies: (count, kind) => kind === 'timestamps' && count === 10_000, metric: 'renderMs', limit: 70, unit: 'ms' },
  { name: 'render 100,000 < 250 ms', applies: (count, kind) => kind === 'timestamps' && count === 100_000, metric: 'renderMs', limit: 250, unit: 'ms' },
  { name: 'DOM < 3,000 nodes', applies: () => true, metric: 'domNodes', limit: 3000, unit: 'nodes' },
  { name: 'heap at 100,000 < 50 MB', applies: (count) => count === 100_000, metric: 'heapMB', limit: 50, unit: 'MB' },
];

function parseArgs(argv) {
  const options = { sizes: [1000, 10_000, 100_000], runs: 5, modes: ['cold', 'warm'], kinds: KINDS, compare: true };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--sizes') {
      const raw = value() ?? '';
      options.sizes = raw.split(',').map((part) => Number(part.trim().replace(/_/g, '')));
      if (options.sizes.length === 0 || options.sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        throw new Error(`--sizes wants whole numbers ≥ 1 separated by commas, e.g. --sizes=1000,5000 (got "${raw}")`);
      }
    } else if (flag === '--runs') {
      options.runs = Number(value());
      if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs wants a whole number ≥ 1');
    } else if (flag === '--mode') {
      const mode = value();
      if (!['cold', 'warm', 'both'].includes(mode)) throw new Error('--mode wants cold, warm or both');
      options.modes = mode === 'both' ? ['cold', 'warm'] : [mode];
    } else if (flag === '--kinds') {
      options.kinds = (value() ?? '').split(',').map((kind) => kind.trim());
      if (options.kinds.length === 0 || options.kinds.some((kind) => !KINDS.includes(kind))) throw new Error(`--kinds wants ${KINDS.join(' and/or ')}, separated by commas`);
    } else if (flag === '--no-compare') {
      options.compare = false;
    } else {
      throw new Error(`Unknown option "${argv[i]}". Usage: node bench/run.mjs [--sizes=1000,10000,100000] [--runs=5] [--mode=both] [--kinds=days,timestamps] [--no-compare]`);
    }
  }
  return options;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function withTimeout(promise, ms, label) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One render. Cold: in a fresh browser context (its own renderer process), so no heap, DOM or JIT
 * state carries over. Warm: in `warmPage`, which earlier runs of the same size have already used.
 */
async function measureOnce(browser, baseUrl, count, kind, seed, label, warmPage = null) {
  if (warmPage) {
    const problems = [];
    const result = await withTimeout(warmPage.evaluate(([n, s, k]) => window.runBench(n, s, k), [count, seed, kind]), RUN_TIMEOUT_MS, `${label} (${count} events)`);
    return { result, problems };
  }
  const context = await browser.newContext({ viewport: VIEWPORT });
  const problems = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(RUN_TIMEOUT_MS);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    const run = async () => {
      await page.goto(`${baseUrl}/bench/page.html`);
      await page.waitForFunction(() => typeof window.runBench === 'function');
      await page.waitForTimeout(QUIET_MS);
      return page.evaluate(([n, s, k]) => window.runBench(n, s, k), [count, seed, kind]);
    };
    const result = await withTimeout(run(), RUN_TIMEOUT_MS, `${label} (${count} events)`);
    return { result, problems };
  } catch (error) {
    const detail = problems.length > 0 ? `\n  ${problems.join('\n  ')}` : '';
    throw new Error(`${label} with ${count} events (${kind}) failed: ${error.message}${detail}`, { cause: error });
  } finally {
    await context.close().catch(() => {});
  }
}

const fmt = (value, digits = 0) => (value === null || value === undefined ? 'n/a' : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

function printTable(summaries) {
  const headers = ['mode', 'data', 'events', 'median ms', 'min–max ms', 'DOM nodes', 'heap MB', ...TARGETS.map((t) => t.name)];
  const rows = summaries.map((s) => [
    s.mode,
    s.kind,
    fmt(s.count),
    fmt(s.median.renderMs, 1),
    `${fmt(s.min.renderMs, 1)}–${fmt(s.max.renderMs, 1)}`,
    fmt(s.median.domNodes),
    fmt(s.median.heapMB, 1),
    ...TARGETS.map((t) => {
      const check = s.targets.find((c) => c.name === t.name);
      return check ? (check.pass ? 'pass' : 'FAIL') : '–';
    }),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i > 1 && i < 7 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  for (const file of ['dist/eventline.iife.js', 'dist/eventline.css']) {
    if (!existsSync(new URL(`../${file}`, import.meta.url))) throw new Error(`${file} is missing: run "npm run build" first (npm run bench does).`);
  }
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it ("sudo apt-get install chromium") or set EVENTLINE_CHROMIUM.`);

  const startedAt = Date.now();
  let server;
  let browser;
  try {
    server = await startStaticServer({ root });
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    const machine = {
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cpus: os.cpus().length,
      memoryGB: Number((os.totalmem() / 1024 ** 3).toFixed(1)),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      chromium: browser.version(),
      node: process.version,
    };
    console.log(`eventline bench: ${options.sizes.map((n) => fmt(n)).join(', ')} events (${options.kinds.join(' and ')}); ${WARMUP_RUNS} warm-up + ${options.runs} runs each; modes: ${options.modes.join(', ')}`);
    console.log(`machine: ${machine.cpu} × ${machine.cpus}, ${machine.memoryGB} GB, ${machine.platform}; Chromium ${machine.chromium}; Node ${machine.node}\n`);

    const summaries = [];
    const warnings = new Set();
    for (const mode of options.modes) for (const kind of options.kinds) for (const count of options.sizes) {
      const runs = [];
      const warmups = [];
      let warmContext = null;
      let warmPage = null;
      if (mode === 'warm') {
        warmContext = await browser.newContext({ viewport: VIEWPORT });
        warmPage = await warmContext.newPage();
        warmPage.setDefaultTimeout(RUN_TIMEOUT_MS);
        warmPage.on('pageerror', (error) => warnings.add(`page error: ${error.message}`));
        await warmPage.goto(`${server.url}/bench/page.html`);
        await warmPage.waitForFunction(() => typeof window.runBench === 'function');
      }
      for (let i = 0; i < WARMUP_RUNS + options.runs; i += 1) {
        if (Date.now() - startedAt > TOTAL_BUDGET_MS) {
          throw new Error(`Stopped: the benchmark passed its ${TOTAL_BUDGET_MS / 60_000}-minute budget (use fewer --sizes or --runs).`);
        }
        const warmup = i < WARMUP_RUNS;
        const label = warmup ? 'warm-up' : `run ${i - WARMUP_RUNS + 1}/${options.runs}`;
        // A new seed per run: same shape, different events, so nothing a run caches helps the next.
        const { result, problems } = await measureOnce(browser, server.url, count, kind, i + 1, label, warmPage);
        for (const problem of problems) warnings.add(problem);
        (warmup ? warmups : runs).push(result);
        process.stdout.write(`  ${mode} ${kind.padEnd(10)} ${fmt(count).padStart(7)} ${label.padEnd(9)} ${fmt(result.renderMs, 1).padStart(8)} ms  (createTimeline call ${fmt(result.syncMs, 1)} ms)  ${fmt(result.domNodes)} nodes  heap ${fmt(result.heapMB, 1)} MB (dataset alone ${fmt(result.heapBaselineMB, 1)}, retained after gc ${fmt(result.heapRetainedMB, 1)})\n`);
      }
      await warmContext?.close().catch(() => {});
      const pick = (metric) => runs.map((run) => run[metric]).filter((value) => typeof value === 'number');
      const stat = (fn) => Object.fromEntries(['renderMs', 'syncMs', 'domNodes', 'heapMB', 'heapBaselineMB', 'heapRetainedMB'].map((m) => [m, pick(m).length ? fn(pick(m)) : null]));
      const summary = {
        mode,
        kind,
        count,
        median: stat(median),
        min: stat((values) => Math.min(...values)),
        max: stat((values) => Math.max(...values)),
        warmup: warmups,
        runs,
      };
      summary.targets = TARGETS.filter((t) => t.applies(count, kind)).map((t) => {
        const value = summary.median[t.metric];
        return { name: t.name, metric: t.metric, limit: t.limit, unit: t.unit, value, pass: value !== null && value < t.limit };
      });
      summaries.push(summary);
    }

    console.log('');
    printTable(summaries);
    console.log('\nrender = createTimeline call → two requestAnimationFrames later (median of the runs); heap = usedJSHeapSize right after render');
    console.log('(the in-page dataset included; results.json also has the dataset alone and the heap retained after a gc()).');
    if (warnings.size > 0) console.log(`\nThe page reported:\n  ${[...warnings].join('\n  ')}`);

    const missed = summaries.flatMap((s) => s.targets.filter((t) => !t.pass).map((t) => ({ mode: s.mode, kind: s.kind, count: s.count, ...t })));
    console.log('');
    for (const t of missed) {
      const value = t.value === null ? 'not measurable (performance.memory unavailable)' : `${fmt(t.value, t.unit === 'nodes' ? 0 : 1)} ${t.unit} (median)`;
      console.log(`TARGET MISSED (${t.mode}, ${t.kind}): ${fmt(t.count)} events, ${t.name}: ${value}`);
    }
    if (missed.length === 0) console.log('All targets met.');

    const report = {
      timestamp: new Date().toISOString(),
      machine,
      config: {
        sizes: options.sizes,
        kinds: options.kinds,
        runsPerSize: options.runs,
        modes: options.modes,
        warmupRunsPerSize: WARMUP_RUNS,
        viewport: VIEWPORT,
        container: { width: 1200, height: 600 },
        timelineHeight: 500,
        chromiumArgs: CHROMIUM_ARGS,
        measure: 'renderMs: performance.now() just before createTimeline → after two requestAnimationFrame callbacks; syncMs: the createTimeline call alone; domNodes: container.querySelectorAll("*").length + 1; heapMB: performance.memory.usedJSHeapSize after render (MiB), heapBaselineMB: same after generating the dataset and gc(), before the call; heapRetainedMB: same after render and a gc(), before destroy',
      },
      targets: TARGETS.map(({ name, metric, limit, unit }) => ({ name, metric, limit, unit })),
      data: 'days: bench/synthetic.mjs calendar-day events over 1990–2025; timestamps: the same shape timestamped by the minute over 2015–2025 (bursts of hours; 60% YYYY-MM-DDTHH:MMZ, 20% with seconds, 20% in a local offset)',
      results: summaries,
      targetsMissed: missed.map(({ mode, kind, count, name, value, limit, unit }) => ({ mode, kind, count, name, value, limit, unit })),
      warnings: [...warnings],
      durationSeconds: Number(((Date.now() - startedAt) / 1000).toFixed(1)),
    };
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nWrote ${resultsFile} (${report.durationSeconds} s).`);
    // The peers, in the same run on the same machine (bench/compare.mjs adds them to results.json).
    if (options.compare) execFileSync(process.execPath, [fileURLToPath(new URL('./compare.mjs', import.meta.url))], { stdio: 'inherit' });
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  }
}

try {
  await main();
} catch (error) {
  console.error(`\nbench failed: ${error.message}`);
  process.exitCode = 1;
}
