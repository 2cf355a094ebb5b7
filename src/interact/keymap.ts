/** What a key press asks the timeline to do. */
export type KeyAction =
  | { kind: 'move'; to: NavigationTarget }
  | { kind: 'page'; direction: -1 | 1 }
  | { kind: 'activate' }
  | { kind: 'close' }
  | { kind: 'zoom'; to: 'in' | 'out' | 'fit' };

/** Where a move goes from the focused event. */
export type NavigationTarget = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/** The parts of a `KeyboardEvent` the keymap reads. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const MOVES: Readonly<Record<string, NavigationTarget>> = {
  ArrowRight: 'next', ArrowLeft: 'previous', ArrowUp: 'up', ArrowDown: 'down', Home: 'first', End: 'last',
};

/**
 * The timeline's keys (pure): arrows, Home/End, PageUp/PageDown, Enter/Space, Escape, and `+`/`-`/`0`
 * for zoom. `=` and `_` count as `+` and `-` (the same keys without Shift on many layouts). A key held
 * with Ctrl, Meta or Alt belongs to the browser (Ctrl+`+` zooms the page), so it maps to nothing.
 */
export function keyAction(press: KeyPress): KeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const move = MOVES[press.key];
  if (move) return { kind: 'move', to: move };
  switch (press.key) {
    case 'PageUp': return { kind: 'page', direction: -1 };
    case 'PageDown': return { kind: 'page', direction: 1 };
    case 'Enter': case ' ': return { kind: 'activate' };
    case 'Escape': return { kind: 'close' };
    case '+': case '=': return { kind: 'zoom', to: 'in' };
    case '-': case '_': return { kind: 'zoom', to: 'out' };
    case '0': return { kind: 'zoom', to: 'fit' };
    default: return null;
  }
}

/** The key help read with the chart (its `aria-describedby`), also shown to sighted keyboard users. */
export const KEY_HELP =
  'Arrow keys move between events (left and right in time, up and down between lanes); Home and End go to the first and last; ' +
  'Page Up and Page Down move a screen; Enter opens an event; Escape closes it; plus, minus and 0 zoom in, out and to everything.';
