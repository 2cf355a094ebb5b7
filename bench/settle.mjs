// Both bench pages start the clock on a settled page, the way a reader's page mounts a timeline once
// its data has arrived: the in-page dataset generation leaves garbage and pending idle-time GC work,
// and a GC forced for the heap baseline leaves concurrent sweeping; timing straight after either
// measured the harness (about 15 ms at 10,000 events on this 2-core box), not the library.

const twoFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
const idle = () => new Promise((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: 500 }) : setTimeout(done, 50)));

/** Collects garbage when the page may (`--expose-gc`), waits for an idle period, then for two frames. */
export async function settle() {
  if (typeof window.gc === 'function') {
    window.gc();
    window.gc();
  }
  await idle();
  await twoFrames();
}

export { twoFrames };

/**
 * How long the Node side waits after a fresh page is ready before it starts a cold run. The previous
 * context's shutdown and this one's start-up run in other Chromium processes on the same two cores:
 * measured straight after load, a cold 10,000-event render took 110–200 ms here, while the renderer's
 * own main thread was idle; a second later it took 70–120 ms.
 */
export const QUIET_MS = 1000;
