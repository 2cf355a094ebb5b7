// Both bench pages start the clock on a settled page, the way a reader's page mounts a timeline once
// its data has arrived: the in-page dataset generation leaves garbage and pending idle-time GC work,
// and a GC forced for the heap baseline leaves concurrent sweeping; timing straight after either
// measured the harness (about 15 ms at 10,000 events on this 2-core box), not the library.

const twoFrames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
/**
 * Resolves in a task of its own. A promise that resolves inside a requestAnimationFrame callback runs
 * its continuation in that frame, before the frame's style, layout and paint: a mount there is drawn
 * in the same frame, and "two frames later" then ends one frame after the first frame with the
 * timeline. A page's script mounts from a task (on load, after a fetch), so the clock starts in one.
 */
const nextTask = () =>
  new Promise((done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      done();
    };
    channel.port2.postMessage(null);
  });
const idle = () => new Promise((done) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(() => done(), { timeout: 500 }) : setTimeout(done, 50)));

/**
 * Collects garbage when the page may (`--expose-gc`), before and after two frames, waits for an idle
 * period and two frames, and resolves in a fresh task (see nextTask), where the clock starts.
 */
export async function settle() {
  collect();
  // A chart destroyed by the previous run is released by the browser only once a frame has passed
  // (measured: 36 MB still held at 100,000 events straight after destroy(), 2 MB a task later), so
  // collect again after two frames, or the baseline and the heap after render count it too.
  await twoFrames();
  collect();
  await idle();
  await twoFrames();
  await nextTask();
}

function collect() {
  if (typeof window.gc === 'function') {
    window.gc();
    window.gc();
  }
}

export { twoFrames };

/**
 * How long the Node side waits after a fresh page is ready before it starts a cold run. The previous
 * context's shutdown and this one's start-up run in other Chromium processes on the same two cores:
 * measured straight after load, a cold 10,000-event render took 110–200 ms here, while the renderer's
 * own main thread was idle; a second later it took 70–120 ms.
 */
export const QUIET_MS = 1000;
