/** What a key press asks the timeline to do. */
export type KeyAction =
  | { kind: 'move'; to: NavigationTarget }
  | { kind: 'page'; direction: -1 | 1 }
  | { kind: 'activate' }
  | { kind: 'close' }
  | { kind: 'zoom'; to: 'in' | 'out' | 'fit' }
  | { kind: 'help' };

/** Where a move goes from the focused event. */
export type NavigationTarget = 'next' | 'previous' | 'up' | 'down' | 'first' | 'last';

/** The parts of a `KeyboardEvent` the keymap reads. */
export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const zoom = (to: 'in' | 'out' | 'fit'): KeyAction => ({ kind: 'zoom', to });
const move = (to: NavigationTarget): KeyAction => ({ kind: 'move', to });

/** Each key's action (shared, never changed: the keyboard layer only reads them). */
const ACTIONS: Readonly<Record<string, KeyAction>> = {
  ArrowRight: move('next'), ArrowLeft: move('previous'), ArrowUp: move('up'), ArrowDown: move('down'), Home: move('first'), End: move('last'),
  PageUp: { kind: 'page', direction: -1 }, PageDown: { kind: 'page', direction: 1 },
  Enter: { kind: 'activate' }, ' ': { kind: 'activate' }, Escape: { kind: 'close' },
  '+': zoom('in'), '=': zoom('in'), '-': zoom('out'), _: zoom('out'), 0: zoom('fit'), '?': { kind: 'help' },
};

/**
 * The timeline's keys (pure): arrows, Home/End, PageUp/PageDown, Enter/Space, Escape, `+`/`-`/`0`
 * for zoom, and `?` for the key help. `=` and `_` count as `+` and `-` (the same keys without Shift on many layouts). A key held
 * with Ctrl, Meta or Alt belongs to the browser (Ctrl+`+` zooms the page), so it maps to nothing.
 */
export function keyAction(press: KeyPress): KeyAction | null {
  return press.ctrlKey || press.metaKey || press.altKey || !Object.hasOwn(ACTIONS, press.key) ? null : ACTIONS[press.key]!;
}

export const HELP_HINT = 'Press question mark for the keys.';

const FIRST_LAST = ' Home, End: the first, the last. ';
const OPEN_CLOSE = 'Tab: its details; Escape: close.';

/** The key help: shown while the keyboard is in the chart, and said when the reader presses `?`. */
export const KEY_HELP = `Arrow keys: left and right in time, up and down between lanes.${FIRST_LAST}Page Up, Page Down: a screen. Enter: open an event or a group; ${OPEN_CLOSE} Plus, minus, 0: zoom.`;

/** The key help of the vertical story (the list view and phones), said when the reader presses `?` there. */
export const STORY_KEY_HELP = `Arrow keys: the next and previous card.${FIRST_LAST}Enter: open a card; ${OPEN_CLOSE}`;
