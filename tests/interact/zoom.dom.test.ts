import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createZoom, type ZoomController } from '../../src/interact/zoom.js';
import { zoomLimits } from '../../src/layout/zoomMath.js';

/**
 * The zoom's gestures in jsdom, without a browser: jsdom has no layout, so the chart's box starts at
 * x = 0 and a pointer's clientX is its position in the chart. The plot runs from 0 to 100 px over
 * display times 0–1000, so 1 px is 10 ms at the fitted view.
 */
const FITTED: [number, number] = [0, 1000];
let svg: SVGSVGElement;
let zoom: ZoomController;
let listening: AbortController;
let zooms: boolean[];

function pointer(type: string, x: number, init: PointerEventInit = {}): PointerEvent {
  const event = new PointerEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: 10, button: 0, pointerId: 1, pointerType: 'mouse', ...init });
  svg.dispatchEvent(event);
  return event;
}

function wheel(x: number, deltaY: number, init: WheelEventInit = {}): WheelEvent {
  const event = new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: x, clientY: 10, deltaY, ...init });
  svg.dispatchEvent(event);
  return event;
}

/** The display time under `x` px. */
const timeAt = (x: number): number => {
  const [a, b] = zoom.domain();
  return a + (x / 100) * (b - a);
};

beforeEach(() => {
  svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  document.body.append(svg);
  zooms = [];
  // Reduced motion: every move is immediate, so the tests read the result at once.
  listening = new AbortController();
  zoom = createZoom(svg, (userInput) => zooms.push(userInput), () => true, listening.signal);
  zoom.rebase(FITTED, zoomLimits(FITTED, { minSpan: 10 }), { left: 0, right: 100 }, true);
  zooms = [];
});

afterEach(() => {
  listening.abort();
  svg.remove();
});

describe('createZoom in jsdom', () => {
  it('zooms in around the pointer on the wheel, keeping the time under it in place, as reader input', () => {
    const before = timeAt(30);
    const event = wheel(30, -100);
    const [a, b] = zoom.domain();
    // d3-zoom's default delta: 2^(-100 × 0.002) of the width.
    expect(b - a).toBeCloseTo(1000 * 2 ** -0.2, -1);
    expect(timeAt(30)).toBeCloseTo(before, -1);
    expect(a).toBeGreaterThan(0);
    expect(event.defaultPrevented).toBe(true);
    expect(zooms).toEqual([true]);
  });

  it('leaves a new wheel gesture at a zoom limit to the page, which scrolls', () => {
    const event = wheel(50, 100);
    expect(zoom.domain()).toEqual(FITTED);
    expect(event.defaultPrevented).toBe(false);
    expect(zooms).toEqual([]);
  });

  it('pans with a horizontal swipe and with Shift and the wheel, by as much as the wheel moved', () => {
    zoom.zoomTo([400, 600], false, false);
    // 10 px of a 100 px plot is a tenth of the 200 ms in view.
    const swipe = wheel(50, 2, { deltaX: 10 });
    expect(swipe.defaultPrevented).toBe(true);
    expect(zoom.domain()).toEqual([420, 620]);
    wheel(50, 10, { shiftKey: true });
    expect(zoom.domain()).toEqual([440, 640]);
    wheel(50, 0, { deltaX: -40 });
    expect(zoom.domain()).toEqual([360, 560]);
  });

  it('leaves a swipe past the end of the data to the page', () => {
    zoom.zoomTo([800, 1000], false, false);
    zooms = [];
    const swipe = wheel(50, 0, { deltaX: 30 });
    expect(zoom.domain()).toEqual([800, 1000]);
    expect(swipe.defaultPrevented).toBe(false);
  });

  it('pans with a drag: the time grabbed stays under the pointer, and the click that ends it is swallowed', () => {
    zoom.zoomTo([400, 600], false, false);
    const grabbed = timeAt(20);
    pointer('pointerdown', 20);
    pointer('pointermove', 40);
    expect(timeAt(40)).toBeCloseTo(grabbed, 5);
    expect(zoom.domain()).toEqual([360, 560]);
    pointer('pointerup', 40);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    const seen = vi.fn();
    svg.addEventListener('click', seen);
    svg.dispatchEvent(click);
    expect(seen).not.toHaveBeenCalled();
    expect(click.defaultPrevented).toBe(true);
  });

  it('does not pan past the edges of the data', () => {
    zoom.zoomTo([100, 300], false, false);
    pointer('pointerdown', 10);
    pointer('pointermove', 90);
    expect(zoom.domain()).toEqual([0, 200]);
  });

  it('pinches with two fingers: their distance sets the width, their middle stays put', () => {
    zoom.zoomTo([400, 600], false, false);
    expect(zooms).toEqual([false]);
    zooms = [];
    const touch = (type: string, id: number, x: number): PointerEvent => pointer(type, x, { pointerId: id, pointerType: 'touch' });
    touch('pointerdown', 1, 20);
    touch('pointerdown', 2, 80);
    // The fingers grabbed 440 and 560; spread to 10 and 90 px they span 80% of the width.
    touch('pointermove', 1, 10);
    touch('pointermove', 2, 90);
    expect(zoom.domain()).toEqual([425, 575]);
    touch('pointerup', 1, 10);
    touch('pointerup', 2, 90);
    expect(zooms).toEqual([true, true]);
  });

  it('zooms in on a double-click (out with Shift) around the pointer', () => {
    svg.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, clientX: 50 }));
    expect(zoom.domain()).toEqual([250, 750]);
    svg.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, clientX: 50, shiftKey: true }));
    expect(zoom.domain()).toEqual(FITTED);
  });

  it('zooms in on a double-tap, and not again on the dblclick a browser adds for it', () => {
    const tap = (timeStamp: number): void => {
      for (const type of ['pointerdown', 'pointerup']) {
        const event = new PointerEvent(type, { bubbles: true, clientX: 50, button: 0, pointerId: 7, pointerType: 'touch' });
        Object.defineProperty(event, 'timeStamp', { value: timeStamp });
        svg.dispatchEvent(event);
      }
    };
    tap(1000);
    tap(1200);
    expect(zoom.domain()).toEqual([250, 750]);
    const dblclick = new MouseEvent('dblclick', { bubbles: true, cancelable: true, clientX: 50 });
    Object.defineProperty(dblclick, 'timeStamp', { value: 1250 });
    svg.dispatchEvent(dblclick);
    expect(zoom.domain()).toEqual([250, 750]);
  });

  it('keeps the range through a rebase to a wider plot, and fits with show = false', () => {
    zoom.zoomTo([400, 600], false, false);
    zoom.rebase(FITTED, zoomLimits(FITTED, { minSpan: 10 }), { left: 0, right: 200 }, true);
    expect(zoom.domain()).toEqual([400, 600]);
    // 100 px is now the middle of the plot: the wheel there zooms around 500.
    wheel(100, -100);
    const [a, b] = zoom.domain();
    expect((a + b) / 2).toBeCloseTo(500, 0);
    zoom.rebase(FITTED, zoomLimits(FITTED, { minSpan: 10 }), { left: 0, right: 200 }, false);
    expect(zoom.domain()).toEqual(FITTED);
  });

  it('stops listening when its signal aborts', () => {
    listening.abort();
    const event = wheel(50, -100);
    expect(event.defaultPrevented).toBe(false);
    expect(zoom.domain()).toEqual(FITTED);
  });
});
