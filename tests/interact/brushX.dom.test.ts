import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type BrushX, createBrushX } from '../../src/interact/brushX.js';

/**
 * The overview's brush in jsdom: the strip is 400 px wide on screen and in its own units, so a
 * pointer's clientX is its x. The selection lives between 20 and 380 px.
 */
let svg: SVGSVGElement;
let brush: BrushX;
let listening: AbortController;
const moved = vi.fn<(x0: number, x1: number) => void>();
const clicked = vi.fn<(x: number) => void>();

const part = (selector: string): Element => svg.querySelector(selector)!;

function press(target: Element, x: number, to?: number, { release = true, pointerId = 1 } = {}): void {
  const init = { bubbles: true, cancelable: true, clientY: 5, button: 0, pointerId, pointerType: 'mouse' };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x }));
  if (to !== undefined) target.dispatchEvent(new PointerEvent('pointermove', { ...init, clientX: to }));
  if (release) target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: to ?? x }));
}

beforeEach(() => {
  moved.mockClear();
  clicked.mockClear();
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('width', '400');
  svg.getBoundingClientRect = () => ({ left: 0, top: 0, width: 400, height: 44, right: 400, bottom: 44, x: 0, y: 0, toJSON: () => ({}) });
  const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
  svg.append(group);
  document.body.append(svg);
  listening = new AbortController();
  brush = createBrushX(group, 44, moved, clicked, listening.signal);
  brush.extent(20, 380);
  brush.move(100, 200);
});

afterEach(() => {
  listening.abort();
  svg.remove();
});

describe('createBrushX in jsdom', () => {
  it('moves the selection with a drag, keeping its width, and reports it', () => {
    press(part('.selection'), 150, 180);
    expect(moved).toHaveBeenLastCalledWith(130, 230);
    expect(part('.selection').getAttribute('x')).toBe('130');
    expect(part('.selection').getAttribute('width')).toBe('100');
    // The edges' grab areas follow, centred on the edges.
    expect(part('.handle--w').getAttribute('x')).toBe('127');
    expect(part('.handle--e').getAttribute('x')).toBe('227');
  });

  it('stops a moved selection at the extent', () => {
    press(part('.selection'), 150, 400);
    expect(moved).toHaveBeenLastCalledWith(280, 380);
  });

  it('resizes from an edge; dragged past the other edge, the two swap', () => {
    press(part('.handle--w'), 100, 50);
    expect(moved).toHaveBeenLastCalledWith(50, 200);
    brush.move(100, 200);
    press(part('.handle--e'), 200, 60);
    expect(moved).toHaveBeenLastCalledWith(60, 100);
  });

  it('draws a new selection from the background, clamped to the extent', () => {
    press(part('.overlay'), 300, 395);
    expect(moved).toHaveBeenLastCalledWith(300, 380);
    expect(clicked).not.toHaveBeenCalled();
  });

  it('reports a click (a press that moves under 2 px) outside the selection, and not a click on it', () => {
    press(part('.overlay'), 300, 301);
    expect(clicked).toHaveBeenCalledWith(300);
    expect(moved).not.toHaveBeenCalled();
    press(part('.selection'), 150);
    expect(clicked).toHaveBeenCalledTimes(1);
  });

  it('follows only the pointer that started the gesture, and a cancelled one is not a click', () => {
    press(part('.selection'), 150, undefined, { release: false, pointerId: 1 });
    part('.selection').dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 190, pointerId: 2 }));
    expect(moved).not.toHaveBeenCalled();
    part('.selection').dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, clientX: 150, pointerId: 1 }));
    press(part('.overlay'), 300, undefined, { release: false, pointerId: 3 });
    part('.overlay').dispatchEvent(new PointerEvent('pointercancel', { bubbles: true, clientX: 300, pointerId: 3 }));
    expect(clicked).not.toHaveBeenCalled();
  });

  it('does not report what move() shows, and stops listening when its signal aborts', () => {
    brush.move(10, 20);
    expect(moved).not.toHaveBeenCalled();
    listening.abort();
    press(part('.selection'), 15, 60);
    expect(moved).not.toHaveBeenCalled();
  });
});
