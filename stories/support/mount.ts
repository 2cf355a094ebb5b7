/**
 * Story helpers: mount a timeline in a fresh container (destroyed before the next story), and the
 * datasets the stories show.
 */
import { createTimeline, type Timeline, type TimelineOptions } from '../../src/index.js';

const mounted = new Set<Timeline>();

/** Destroys every timeline the stories mounted (the preview calls this between stories). */
export function destroyMounted(): void {
  for (const timeline of mounted) timeline.destroy();
  mounted.clear();
}

/** A story's wrapper: the container (of `width` px, or the canvas width) and an optional note above it. */
export function storyFrame(options: { width?: number; note?: string; dark?: boolean; dir?: 'rtl' | 'ltr'; lang?: string } = {}): { frame: HTMLElement; container: HTMLElement } {
  const frame = document.createElement('div');
  if (options.dark) frame.className = 'story-dark';
  if (options.dir) frame.dir = options.dir;
  if (options.lang) frame.lang = options.lang;
  if (options.note) {
    const note = document.createElement('p');
    note.className = 'story-note';
    note.textContent = options.note;
    frame.append(note);
  }
  const container = document.createElement('div');
  if (options.width) container.style.width = `${options.width}px`;
  frame.append(container);
  return { frame, container };
}

/** Mounts a timeline once its container is in the page (so it measures its real width). */
export function mountTimeline(options: TimelineOptions, frameOptions: Parameters<typeof storyFrame>[0] = {}): HTMLElement {
  const { frame, container } = storyFrame(frameOptions);
  // The renderer attaches the returned node, then the timeline measures it: wait one microtask.
  queueMicrotask(() => {
    const timeline = createTimeline(container, options);
    mounted.add(timeline);
    (frame as HTMLElement & { timeline?: Timeline }).timeline = timeline;
  });
  return frame;
}

/** The timeline mounted in a story's canvas (for play functions). */
export function timelineIn(canvas: HTMLElement): Timeline {
  const frame = canvas.querySelector('div') as (HTMLElement & { timeline?: Timeline }) | null;
  if (!frame?.timeline) throw new Error('no timeline mounted in this story');
  return frame.timeline;
}
