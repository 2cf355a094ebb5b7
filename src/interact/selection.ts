/**
 * The selection as a pure reducer: which event is open in the detail panel, and where keyboard focus
 * goes back to when it closes. Clicks, Enter, the list view, the story buttons, Escape, `select()`
 * and a new dataset all go through {@link reduceSelection}, so they agree on what each one does.
 */

/** What the reducer needs to know of the dataset. */
export interface SelectionContext {
  /** Whether the dataset has an event with this id. */
  has(id: string): boolean;
  /** The event before or after `id` in time order (the first or last from null); `id` itself at an end. */
  neighbour(id: string | null, direction: 'previous' | 'next'): string | null;
}

/** The selection state. */
export interface SelectionState {
  /** The selected event (its detail panel is open), or null. */
  readonly selected: string | null;
  /** The event keyboard focus returns to after the panel closed (Escape), or null. */
  readonly returnFocusTo: string | null;
}

/** What can happen to the selection. */
export type SelectionAction =
  /** Select an event (a click, Enter, a list item, `select(id)`), or clear with null. */
  | { type: 'select'; id: string | null }
  /** The story buttons: the previous or next event in time. */
  | { type: 'step'; direction: 'previous' | 'next' }
  /** Escape or the panel's close button: clear, and remember where focus goes back to. */
  | { type: 'close' }
  /** A new dataset: the selection survives only if its id does. */
  | { type: 'datasetChanged' };

/** Nothing selected. */
export const NO_SELECTION: SelectionState = { selected: null, returnFocusTo: null };

/**
 * The state after `action` (pure). Returns `state` itself when nothing changes (an unknown id, the
 * event already selected, a step past either end), so callers can tell a no-op by identity.
 */
export function reduceSelection(state: SelectionState, action: SelectionAction, context: SelectionContext): SelectionState {
  switch (action.type) {
    case 'select': {
      const { id } = action;
      if (id === state.selected || (id !== null && !context.has(id))) return state;
      return { selected: id, returnFocusTo: id === null ? state.selected : null };
    }
    case 'step': {
      const id = context.neighbour(state.selected, action.direction);
      return id === null || id === state.selected ? state : { selected: id, returnFocusTo: null };
    }
    case 'close':
      return state.selected === null ? state : { selected: null, returnFocusTo: state.selected };
    case 'datasetChanged': {
      const keeps = (id: string | null): boolean => id === null || context.has(id);
      if (keeps(state.selected) && keeps(state.returnFocusTo)) return state;
      return { selected: keeps(state.selected) ? state.selected : null, returnFocusTo: keeps(state.returnFocusTo) ? state.returnFocusTo : null };
    }
  }
}
