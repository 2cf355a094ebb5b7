// In-page half of bench/compare.mjs: loads one library (`?lib=eventline|vis|timelinejs`) and mounts the
// same synthetic dataset in it in the same 1200×600 box, times mount → ready → two animation frames, and records frame
// intervals and long tasks while the Node side drives real wheel and drag input.
import { settle, twoFrames } from './settle.mjs';
import { asFetched, syntheticDataset } from './synthetic.mjs';

const container = document.getElementById('bench-container');

/** Each library's stylesheet and script: a page loads only the one it measures (`?lib=`). */
const ASSETS = {
  eventline: { css: '/dist/eventline.css', js: '/dist/eventline.iife.js' },
  vis: { css: '/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css', js: '/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js' },
  timelinejs: { css: '/node_modules/@knight-lab/timelinejs/dist/css/timeline.css', js: '/node_modules/@knight-lab/timelinejs/dist/js/timeline.js', id: 'timeline-script-tag' },
};
const load = (tag, attributes) =>
  new Promise((done, fail) => {
    const element = Object.assign(document.createElement(tag), attributes);
    element.onload = done;
    element.onerror = () => fail(new Error(`peers page: could not load ${attributes.src ?? attributes.href}`));
    document.head.append(element);
  });
const lib = new URLSearchParams(location.search).get('lib');
const assets = ASSETS[lib];
if (!assets) throw new Error(`peers page: ?lib= must be one of ${Object.keys(ASSETS).join(', ')} (got ${lib})`);
await load('link', { rel: 'stylesheet', href: assets.css });
await load('script', { src: assets.js, ...(assets.id ? { id: assets.id } : {}) });
window.peerLoaded = lib;
const heapMB = () => (performance.memory ? performance.memory.usedJSHeapSize / 1024 / 1024 : null);
const parts = (iso) => {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
};

/** Mounts a library; resolves when it says it is ready (synchronously for eventline and vis-timeline). */
const MOUNT = {
  eventline(dataset) {
    window.eventline.createTimeline(container, { dataset, height: 500 });
    return Promise.resolve();
  },
  vis(dataset) {
    const groups = [...new Set(dataset.events.map((event) => event.group ?? 'Events'))].map((id) => ({ id, content: id }));
    const items = dataset.events.map((event) => ({ id: event.id, content: event.title, start: event.start, ...(event.end ? { end: event.end } : {}), group: event.group ?? 'Events' }));
    window.peer = new window.vis.Timeline(container, items, groups, { height: 500 });
    return Promise.resolve();
  },
  timelinejs(dataset) {
    const events = dataset.events.map((event) => ({
      unique_id: event.id, start_date: parts(event.start), ...(event.end ? { end_date: parts(event.end) } : {}),
      text: { headline: event.title }, group: event.group,
    }));
    return new Promise((resolve) => {
      window.peer = new window.TL.Timeline(container, { events }, { script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, theme: null });
      window.peer.on('ready', () => resolve());
    });
  },
};

/** What the reader sees of the visible range: it must change when the input is not ignored. */
window.viewSignature = (lib) => {
  if (lib === 'eventline') return container.querySelector('.eventline-axis')?.textContent ?? '';
  if (lib === 'vis') {
    const range = window.peer.getWindow();
    return `${range.start.valueOf()}–${range.end.valueOf()}`;
  }
  const slider = container.querySelector('.tl-timenav-slider');
  return `${slider?.style.left ?? ''}|${container.querySelector('.tl-timeaxis')?.textContent ?? ''}`;
};

/** One measured mount of `count` events (seeded; dated by day or timestamped), in a page used for nothing else. */
window.mountPeer = async (lib, count, seed, kind = 'days') => {
  const dataset = asFetched(syntheticDataset({ count, seed, kind }));
  await settle();
  const start = performance.now();
  await MOUNT[lib](dataset);
  await twoFrames();
  return { renderMs: performance.now() - start, domNodes: container.querySelectorAll('*').length + 1, heapMB: heapMB() };
};

/** Starts recording frame intervals and long tasks; `stopRecording()` returns them. */
window.startRecording = () => {
  const record = { frames: [], longTasks: 0, on: true };
  window.recording = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks += entry.duration;
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const tick = (now) => {
    if (!record.on) return;
    record.frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};
window.stopRecording = () => {
  window.recording.on = false;
  return { frames: window.recording.frames.slice(1), longTasks: window.recording.longTasks };
};
