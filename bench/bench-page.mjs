// In-page half of the benchmark (see run.mjs). Exposes window.runBench(count): generates the dataset
// (not timed), then times eventline.createTimeline from just before the call until two animation
// frames later, i.e. until the first frame with the timeline has been produced.
import { settle, twoFrames } from './settle.mjs';
import { asFetched, syntheticDataset } from './synthetic.mjs';

const container = document.getElementById('bench-container');
const MB = 1024 * 1024;

const heapMB = () => (performance.memory ? performance.memory.usedJSHeapSize / MB : null);
const round = (value, digits) => (value === null ? null : Number(value.toFixed(digits)));

/**
 * One measured render of `count` synthetic events (generated from `seed`, dated by calendar day or
 * timestamped by the minute) into the 1200×600 container.
 * @param {number} count
 * @param {number} [seed]
 * @param {'days' | 'timestamps'} [kind]
 * @returns {Promise<{ count: number, renderMs: number, domNodes: number, heapMB: number | null, syncMs: number, heapBaselineMB: number | null, heapRetainedMB: number | null }>}
 */
async function runBench(count, seed = 1, kind = 'days') {
  const api = window.eventline;
  if (!api || typeof api.createTimeline !== 'function') {
    throw new Error(
      `eventline.createTimeline is not a function (the global eventline has: ${api ? Object.keys(api).join(', ') : 'nothing, it is not defined'}). Build the library (npm run build) with the timeline component.`,
    );
  }
  if (!container) throw new Error('bench page: #bench-container is missing');

  const dataset = asFetched(syntheticDataset({ count, seed, kind }));
  container.replaceChildren();
  // Two collections (in settle): the first can leave the previous run's detached DOM (and what it
  // references) for the second. The clock starts on a settled page (see settle.mjs).
  await settle();
  const heapBaselineMB = heapMB();

  const start = performance.now();
  const timeline = api.createTimeline(container, { dataset, height: 500 });
  const syncMs = performance.now() - start;
  await twoFrames();
  const renderMs = performance.now() - start;

  try {
    const domNodes = container.querySelectorAll('*').length + 1;
    const heapAfterMB = heapMB();
    const problems = [];
    if (!container.querySelector('.eventline')) problems.push('no .eventline root element');
    if (!container.querySelector('svg')) problems.push('no <svg>');
    if (problems.length > 0) {
      throw new Error(`createTimeline did not render a real timeline for ${count} events: ${problems.join(', ')} inside the container (${domNodes} nodes).`);
    }
    // What stays alive with the timeline mounted (the dataset included), without render-time garbage.
    let heapRetainedMB = null;
    if (typeof window.gc === 'function') {
      window.gc();
      window.gc();
      heapRetainedMB = heapMB();
    }
    return {
      count,
      kind,
      renderMs: round(renderMs, 1),
      domNodes,
      heapMB: round(heapAfterMB, 1),
      syncMs: round(syncMs, 1),
      heapBaselineMB: round(heapBaselineMB, 1),
      heapRetainedMB: round(heapRetainedMB, 1),
    };
  } finally {
    timeline?.destroy?.();
  }
}

window.runBench = runBench;
// For bench/phone.mjs, which mounts the vertical story itself.
window.syntheticDataset = syntheticDataset;
