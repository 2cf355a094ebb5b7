import { type KeyAction, keyAction } from './keymap.js';


/**
 * Listens for the timeline's keys on its own root, never on `document` or `window`, so the page's own
 * shortcuts are untouched. Chart keys act only when a mark has focus; Escape works anywhere inside the
 * timeline (it closes the detail panel). Handled keys do not scroll the page. `run` does what a key
 * asks with focus on `target` (a mark, a cluster, or the detail panel), and says whether it acted:
 * this only decides which action a key is.
 */
export function attachKeyboard(root: HTMLElement, svg: SVGSVGElement, run: (action: KeyAction, target: Element) => boolean, signal: AbortSignal): void {
  root.addEventListener('keydown', (event) => {
    const action = keyAction(event);
    const target = event.target as Element | null;
    if (!action || !target || event.defaultPrevented) return;
    // Every key but Escape is handled only while focus is on the chart's marks; elsewhere in the root
    // (buttons, links) keys keep their usual meaning.
    if (action.kind !== 'close' && !svg.contains(target)) return;
    if (run(action, target)) event.preventDefault();
  }, { signal });
}
