import { afterEach } from 'vitest';
import { createTimeline } from '../../src/timeline/index.js';
import type { Timeline } from '../../src/timeline/types.js';

/**
 * For a DOM test file: `mount(options)` creates a timeline in a fresh container attached to the
 * document; after each test every mounted timeline is destroyed and the document emptied.
 */
export function useMount(): (options: Parameters<typeof createTimeline>[1]) => { container: HTMLDivElement; timeline: Timeline } {
  const timelines: Timeline[] = [];
  afterEach(() => {
    for (const timeline of timelines.splice(0)) timeline.destroy();
    document.body.replaceChildren();
  });
  return (options) => {
    const container = document.createElement('div');
    document.body.append(container);
    const timeline = createTimeline(container, options);
    timelines.push(timeline);
    return { container, timeline };
  };
}
