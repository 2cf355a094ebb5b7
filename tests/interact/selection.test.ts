import { describe, expect, it } from 'vitest';
import { NO_SELECTION, reduceSelection, type SelectionContext, type SelectionState } from '../../src/interact/selection.js';

/** Three events in time order. */
function contextOf(ids: readonly string[]): SelectionContext {
  return {
    has: (id) => ids.includes(id),
    neighbour(id, direction) {
      if (ids.length === 0) return null;
      if (id === null) return direction === 'next' ? ids[0]! : ids[ids.length - 1]!;
      const index = ids.indexOf(id) + (direction === 'next' ? 1 : -1);
      return ids[Math.max(0, Math.min(ids.length - 1, index))]!;
    },
  };
}
const context = contextOf(['crimea', 'invasion', 'paris']);
const selected = (id: string): SelectionState => ({ selected: id, returnFocusTo: null });

describe('reduceSelection', () => {
  it('selects a known event and clears with null, remembering where focus returns', () => {
    const one = reduceSelection(NO_SELECTION, { type: 'select', id: 'invasion' }, context);
    expect(one).toEqual({ selected: 'invasion', returnFocusTo: null });
    expect(reduceSelection(one, { type: 'select', id: null }, context)).toEqual({ selected: null, returnFocusTo: 'invasion' });
  });

  it('returns the same state for an unknown id, the event already selected, or clearing nothing', () => {
    const state = selected('paris');
    expect(reduceSelection(state, { type: 'select', id: 'atlantis' }, context)).toBe(state);
    expect(reduceSelection(state, { type: 'select', id: 'paris' }, context)).toBe(state);
    expect(reduceSelection(NO_SELECTION, { type: 'close' }, context)).toBe(NO_SELECTION);
  });

  it('steps through the story in time order, starting at either end, and stops there', () => {
    expect(reduceSelection(NO_SELECTION, { type: 'step', direction: 'next' }, context).selected).toBe('crimea');
    expect(reduceSelection(NO_SELECTION, { type: 'step', direction: 'previous' }, context).selected).toBe('paris');
    expect(reduceSelection(selected('crimea'), { type: 'step', direction: 'next' }, context).selected).toBe('invasion');
    const last = selected('paris');
    expect(reduceSelection(last, { type: 'step', direction: 'next' }, context)).toBe(last);
    expect(reduceSelection(NO_SELECTION, { type: 'step', direction: 'next' }, contextOf([]))).toBe(NO_SELECTION);
  });

  it('closes the detail panel (Escape) and sends focus back to the event it showed', () => {
    expect(reduceSelection(selected('invasion'), { type: 'close' }, context)).toEqual({ selected: null, returnFocusTo: 'invasion' });
  });

  it('keeps the selection across a new dataset only when its id survives', () => {
    const state = selected('invasion');
    expect(reduceSelection(state, { type: 'datasetChanged' }, contextOf(['invasion', 'other']))).toBe(state);
    expect(reduceSelection(state, { type: 'datasetChanged' }, contextOf(['other']))).toEqual(NO_SELECTION);
    const closed = { selected: null, returnFocusTo: 'gone' };
    expect(reduceSelection(closed, { type: 'datasetChanged' }, context)).toEqual(NO_SELECTION);
  });
});
