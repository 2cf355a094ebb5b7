import { type KeyAction, keyAction } from './keymap.js';

/** What the timeline does for a key; {@link attachKeyboard} only decides which action a key is. */
export interface KeyboardActions {
  /** Runs `action` for a key pressed while focus is on `target` (a mark, a cluster, or the detail panel); returns whether it acted. */
  run(action: KeyAction, target: Element): boolean;
}


/**
 * Listens for the timeline's keys on its own root, never on `document` or `window`, so the page's own
 * shortcuts are untouched. Chart keys act only when a mark has focus; Escape works anywhere inside the
 * timeline (it closes the detail panel). Handled keys do not scroll the page.
 */
export function attachKeyboard(root: HTMLElement, svg: SVGSVGElement, actions: KeyboardActions, signal: AbortSignal): void {
  root.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    const target = event.target as Element | null;
    if (!action || !target || event.defaultPrevented) return;
    // Every key but Escape is handled only while focus is on the chart's marks; elsewhere in the root
    // (buttons, links) keys keep their usual meaning.
    if (action.kind !== 'close' && !svg.contains(target)) return;
    if (actions.run(action, target)) event.preventDefault();
  }, { signal });
}
