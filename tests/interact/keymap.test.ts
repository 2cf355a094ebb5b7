import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/interact/keymap.js';

describe('keyAction', () => {
  it.each([
    ['ArrowRight', { kind: 'move', to: 'next' }],
    ['ArrowLeft', { kind: 'move', to: 'previous' }],
    ['ArrowUp', { kind: 'move', to: 'up' }],
    ['ArrowDown', { kind: 'move', to: 'down' }],
    ['Home', { kind: 'move', to: 'first' }],
    ['End', { kind: 'move', to: 'last' }],
    ['PageUp', { kind: 'page', direction: -1 }],
    ['PageDown', { kind: 'page', direction: 1 }],
    ['Enter', { kind: 'activate' }],
    [' ', { kind: 'activate' }],
    ['Escape', { kind: 'close' }],
    ['+', { kind: 'zoom', to: 'in' }],
    ['=', { kind: 'zoom', to: 'in' }],
    ['-', { kind: 'zoom', to: 'out' }],
    ['0', { kind: 'zoom', to: 'fit' }],
  ])('maps %j to its action', (key, action) => {
    expect(keyAction({ key })).toEqual(action);
  });

  it('leaves keys held with Ctrl, Meta or Alt to the browser (Ctrl + zooms the page), and ignores other keys', () => {
    expect(keyAction({ key: '+', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', metaKey: true })).toBeNull();
    expect(keyAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(keyAction({ key: 'Tab' })).toBeNull();
    expect(keyAction({ key: 'a' })).toBeNull();
  });
});
