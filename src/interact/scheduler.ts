/** Coalesces redraw requests: any number of `schedule()` calls within a frame give one `draw()`. */
export interface FrameScheduler {
  /** Requests a redraw on the next animation frame. */
  schedule(): void;
  /** Draws now if a redraw is pending (for API calls that should be visible at once). */
  flush(): void;
  /** Drops any pending redraw. */
  cancel(): void;
}

/** Creates a scheduler on `view`'s animation frames (falling back to a timer where there are none). */
export function createFrameScheduler(view: Window | null, draw: () => void): FrameScheduler {
  const request = view?.requestAnimationFrame?.bind(view) ?? ((callback: FrameRequestCallback) => setTimeout(() => callback(Date.now()), 16) as unknown as number);
  const cancelRequest = view?.cancelAnimationFrame?.bind(view) ?? ((handle: number) => clearTimeout(handle));
  let handle: number | null = null;
  const run = (): void => {
    handle = null;
    draw();
  };
  return {
    schedule() {
      if (handle === null) handle = request(run);
    },
    flush() {
      if (handle === null) return;
      cancelRequest(handle);
      run();
    },
    cancel() {
      if (handle !== null) cancelRequest(handle);
      handle = null;
    },
  };
}
