/** What the timeline does for input on its marks; {@link attachInput} only finds the target. */
export interface InputActions {
  /** Select an event (or clear with null). */
  select(id: string | null): unknown;
  /** Open a cluster mark, by its key. */
  openCluster(key: string): void;
  /** Draw a shortened gap (by its real start) at full length. */
  expandGap(start: number): void;
  /** Show (or hide, with null) the tooltip for an event; `byFocus` when keyboard focus moved. */
  hover(id: string | null, byFocus: boolean): void;
}

/**
 * Delegates clicks, pointer and focus movement to `actions` (keys: see keyboard.ts). Every listener sits on
 * the timeline's own root or SVG (never on document or window) and is removed when `signal` aborts.
 */
export function attachInput(root: HTMLElement, svg: SVGSVGElement, actions: InputActions, signal: AbortSignal): void {
  const eventIdOf = (target: EventTarget | null): string | null =>
    (target as Element | null)?.closest?.('.eventline-event')?.getAttribute('data-event-id') ?? null;

  root.addEventListener('click', (event) => {
    const target = event.target as Element;
    // The vertical story's cards open and close themselves (render/story.ts); the detail panel's close
    // button does what Escape does (timeline/controls.ts), and has nothing here to find.
    if (target.closest?.('.eventline-story')) return;
    const gap = target.closest?.('[data-gap-start]')?.getAttribute('data-gap-start');
    if (gap) return actions.expandGap(Number(gap));
    const cluster = target.closest?.('.eventline-cluster');
    if (cluster) return actions.openCluster(cluster.getAttribute('data-cluster-key') ?? '');
    const id = target.closest?.('[data-event-id]')?.getAttribute('data-event-id');
    if (id) actions.select(id);
  }, { signal });
  svg.addEventListener('pointerover', (event) => actions.hover(eventIdOf(event.target), false), { signal });
  svg.addEventListener('pointerout', () => actions.hover(null, false), { signal });
  svg.addEventListener('focusin', (event) => actions.hover(eventIdOf(event.target), true), { signal });
  svg.addEventListener('focusout', () => actions.hover(null, true), { signal });
}
