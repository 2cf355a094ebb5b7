import { describe, expect, it, vi } from 'vitest';
import { createFrameScheduler } from '../../src/interact/scheduler.js';

/** A window whose animation frames run only when the test says so. */
function fakeView() {
  const callbacks = new Map<number, FrameRequestCallback>();
  let next = 1;
  const view = {
    requestAnimationFrame: (callback: FrameRequestCallback) => (callbacks.set(next, callback), next++),
    cancelAnimationFrame: (handle: number) => callbacks.delete(handle),
  } as unknown as Window;
  const frame = (): void => {
    const pending = [...callbacks.values()];
    callbacks.clear();
    for (const callback of pending) callback(0);
  };
  return { view, frame, pending: () => callbacks.size };
}

describe('createFrameScheduler', () => {
  it('draws once per frame however many redraws were asked for', () => {
    const { view, frame, pending } = fakeView();
    const draw = vi.fn();
    const scheduler = createFrameScheduler(view, draw);
    for (let i = 0; i < 30; i++) scheduler.schedule();
    expect(pending()).toBe(1);
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    scheduler.schedule();
    frame();
    expect(draw).toHaveBeenCalledTimes(2);
  });

  it('draws at once on flush, and not again at the frame; cancel drops a pending draw', () => {
    const { view, frame } = fakeView();
    const draw = vi.fn();
    const scheduler = createFrameScheduler(view, draw);
    scheduler.schedule();
    scheduler.flush();
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
    scheduler.flush();
    expect(draw).toHaveBeenCalledTimes(1);
    scheduler.schedule();
    scheduler.cancel();
    frame();
    expect(draw).toHaveBeenCalledTimes(1);
  });
});
