import { createTimeScale, type TimeScale } from '../layout/timeScale.js';
import { clampDomain, grabDomain, zoomAround, type ZoomLimits } from '../layout/zoomMath.js';

/** The zoom state of one timeline: the visible range, moved by wheel, pointers, double-click and `zoomTo`. */
export interface ZoomController {
  /** The visible range in ms. */
  domain(): [number, number];
  /** Shows `range` (clamped to the limits) through the same path as wheel and drag; `userInput` when the reader asked for it. */
  zoomTo(range: readonly [number, number], animate: boolean, userInput: boolean): void;
  /**
   * Re-bases after a resize or a new dataset, then shows `show`: `true` keeps the visible range,
   * `false` the fitted one, a range that range (each clamped to the limits). One zoom event.
   */
  rebase(fitted: readonly [number, number], limits: ZoomLimits, plot: { left: number; right: number }, show: boolean | readonly [number, number]): void;
}

const DURATION = 450;
const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
/** A wheel gesture ends this long after its last event (d3-zoom's wheelDelay). */
const WHEEL_IDLE_MS = 150;
/** Two taps this close in time and space are a double-tap. */
const DOUBLE_TAP_MS = 500;
const DOUBLE_TAP_PX = 20;

/** How much one wheel event widens the view: d3-zoom's default wheel delta, as a width factor. */
function wheelFactor(event: WheelEvent): number {
  return 2 ** (event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * (event.ctrlKey ? 10 : 1));
}

/** A horizontal swipe (a trackpad, a tilting wheel) or Shift with the wheel pans instead of zooming. */
const panning = (event: WheelEvent): boolean => event.shiftKey || Math.abs(event.deltaX) > Math.abs(event.deltaY);

/**
 * Attaches the zoom to `svg`: the wheel zooms around the pointer (a horizontal swipe or Shift+wheel
 * pans), one pointer (mouse, pen or finger) pans, two fingers pinch, a double-click or double-tap zooms in (with Shift, out). Every path moves
 * one range within the same limits as the keys and buttons, and emits the same `onZoom`;
 * `reducedMotion()` turns animation off. When `signal` aborts, its listeners, animation and timer stop. Pointer events cover mouse, pen and touch alike, so this
 * replaces d3-zoom and the d3-drag, d3-dispatch and d3-transition it brings (about 3.5 KB gzip).
 */
export function createZoom(
  svg: SVGSVGElement,
  onZoom: (userInput: boolean) => void,
  reducedMotion: () => boolean,
  signal: AbortSignal,
): ZoomController {
  const view = svg.ownerDocument.defaultView;
  /** Every listener's options: removed together when the chart is destroyed. */
  const options = { signal };
  /** The visible range (display time) across the plot's px: what every gesture moves. */
  let scale: TimeScale = createTimeScale([0, 1], [0, 1]);
  let based = false;
  let limits: ZoomLimits | null = null;
  let animation: number | null = null;
  let wheelTimer: ReturnType<typeof setTimeout> | undefined;
  /** Pointers down on the chart: where each is now (px) and the time it grabbed. */
  const pointers = new Map<number, { x: number; anchor: number; mouse: boolean }>();
  let moved = false;
  let lastTap: { time: number; x: number } | null = null;
  /** When a double-tap last zoomed: the dblclick some browsers add for it must not zoom again. */
  let doubleTapAt = -Infinity;

  /** Where `event` is across the chart, in the SVG's own px (as d3's pointer reads it). */
  const localX = (event: MouseEvent): number => {
    const matrix = svg.getScreenCTM?.()?.inverse();
    // The client point through the inverse screen matrix, as an SVGPoint's matrixTransform maps it.
    if (matrix) return matrix.a * event.clientX + matrix.c * event.clientY + matrix.e;
    return event.clientX - svg.getBoundingClientRect().left;
  };
  const span = (): number => scale.domain[1] - scale.domain[0];
  /** The view moved by a horizontal swipe or Shift+wheel, as far as the wheel moved, in the wheel's direction. */
  const panned = (event: WheelEvent, bounds: ZoomLimits): [number, number] => {
    const width = scale.range[1] - scale.range[0];
    const delta = Math.abs(event.deltaX) >= Math.abs(event.deltaY) ? event.deltaX : event.deltaY;
    // The wheel's movement in px: lines are about 16 px, a page the chart's width.
    const shift = ((delta * (event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? width : 1)) / Math.max(1, width)) * span();
    return clampDomain([scale.domain[0] + shift, scale.domain[1] + shift], bounds);
  };
  const domain = (): [number, number] => [Math.round(scale.domain[0]), Math.round(scale.domain[1])];

  function show(next: readonly [number, number], userInput: boolean): void {
    scale = scale.withDomain(next);
    onZoom(userInput);
  }
  function stopAnimation(): void {
    if (animation !== null) view?.cancelAnimationFrame(animation);
    animation = null;
  }

  function zoomTo(target: readonly [number, number], animate: boolean, userInput: boolean): void {
    stopAnimation();
    const from = scale.domain;
    if (!animate || reducedMotion() || !view?.requestAnimationFrame) {
      show(target, userInput);
      return;
    }
    const startTime = view.performance.now();
    const step = (now: number): void => {
      // Frame timestamps and performance.now() may come from different clocks: clamp to [0, 1].
      const t = Math.min(1, Math.max(0, (now - startTime) / DURATION));
      const e = ease(t);
      show([from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e], userInput);
      animation = t < 1 ? view.requestAnimationFrame(step) : null;
    };
    animation = view.requestAnimationFrame(step);
  }

  /** Zooms in (out with Shift) around `x`, animated: double-click and double-tap. */
  function zoomStepAt(x: number, out: boolean): void {
    if (!limits) return;
    zoomTo(zoomAround(scale.domain, scale.shareAt(x), out ? 2 : 0.5, limits), true, true);
  }

  svg.addEventListener('wheel', (event) => {
    if (!limits) return;
    const next = panning(event) ? panned(event, limits) : zoomAround(scale.domain, scale.shareAt(localX(event)), wheelFactor(event), limits);
    // At a limit, a new wheel gesture is the page's: it scrolls instead (as with d3-zoom).
    if (wheelTimer === undefined && Math.abs(next[1] - next[0] - span()) < 1e-9 * span() && Math.abs(next[0] - scale.domain[0]) < 1e-9 * span()) return;
    event.preventDefault();
    if (wheelTimer === undefined) stopAnimation();
    clearTimeout(wheelTimer);
    wheelTimer = setTimeout(() => (wheelTimer = undefined), WHEEL_IDLE_MS);
    show(next, true);
  }, { passive: false, signal });

  /** Every pointer grabs the time under it now, so a finger added or lifted never jumps the view. */
  const regrab = (): void => {
    for (const pointer of pointers.values()) pointer.anchor = scale.xToDisplay(pointer.x);
  };
  svg.addEventListener('pointerdown', (event) => {
    if (!limits || event.button !== 0 || (event.pointerType === 'mouse' && event.ctrlKey)) return;
    // There is one mouse: a press whose release never reached the chart is over.
    if (event.pointerType === 'mouse') for (const [id, pointer] of pointers) if (pointer.mouse) pointers.delete(id);
    if (pointers.size === 0) {
      stopAnimation();
      moved = false;
    }
    pointers.set(event.pointerId, { x: localX(event), anchor: 0, mouse: event.pointerType === 'mouse' });
    regrab();
  }, options);
  svg.addEventListener('pointermove', (event) => {
    const pointer = pointers.get(event.pointerId);
    if (!pointer || !limits) return;
    const x = localX(event);
    if (x === pointer.x) return;
    pointer.x = x;
    moved = true;
    // Captured once it moves, not on pointerdown: a captured pointer's click would go to the chart
    // instead of the mark or break under it.
    if (!svg.hasPointerCapture?.(event.pointerId)) {
      try {
        svg.setPointerCapture(event.pointerId);
      } catch {
        // A synthetic pointer (or one already gone) cannot be captured; moves over the chart still count.
      }
    }
    const held = [...pointers.values()];
    show(grabDomain(held.map((p) => p.anchor), held.map((p) => scale.shareAt(p.x)), span(), limits), true);
  }, options);
  const release = (event: PointerEvent): void => {
    if (!pointers.delete(event.pointerId)) return;
    regrab();
    if (pointers.size > 0) return;
    if (moved) {
      // A drag is not a click on what it started over (a mark would be selected): the click that
      // follows this pointerup in the same task is swallowed, and nothing after it (as d3-drag does).
      if (view) {
        const swallow = (click: Event): void => {
          click.stopPropagation();
          click.preventDefault();
        };
        view.addEventListener('click', swallow, { capture: true });
        view.setTimeout(() => view.removeEventListener('click', swallow, { capture: true }), 0);
      }
      return;
    }
    if (event.pointerType !== 'touch' || event.type !== 'pointerup') return;
    const x = localX(event);
    const now = event.timeStamp;
    if (lastTap && now - lastTap.time < DOUBLE_TAP_MS && Math.abs(x - lastTap.x) < DOUBLE_TAP_PX) {
      lastTap = null;
      doubleTapAt = now;
      zoomStepAt(x, false);
    } else lastTap = { time: now, x };
  };
  svg.addEventListener('pointerup', release, options);
  svg.addEventListener('pointercancel', release, options);
  // The chart's own capture taken away (a system dialog, say) ends that pointer too. A mark losing the
  // implicit capture a touch gives it, when the chart takes the pointer over, is not an end.
  svg.addEventListener('lostpointercapture', (event) => {
    if (event.target === svg) release(event);
  }, options);
  svg.addEventListener('dblclick', (event) => {
    event.preventDefault();
    if (event.timeStamp - doubleTapAt < DOUBLE_TAP_MS) return;
    zoomStepAt(localX(event), event.shiftKey);
  }, options);

  signal.addEventListener('abort', () => {
    stopAnimation();
    clearTimeout(wheelTimer);
  });

  return {
    domain,
    zoomTo,
    rebase(fitted, nextLimits, plot, keepView) {
      limits = nextLimits;
      const keep = typeof keepView === 'object' ? keepView : based && keepView ? scale.domain : null;
      based = true;
      scale = createTimeScale(scale.domain, [plot.left, plot.right]);
      show(clampDomain(keep ?? fitted, nextLimits), false);
    },
  };
}
