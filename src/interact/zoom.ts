import { pointer, select } from 'd3-selection';
import { type D3ZoomEvent, type ZoomBehavior, zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { clampDomain, type ZoomLimits } from '../layout/scale.js';
import { timeScale } from './timeScale.js';

/** The zoom state of one timeline: d3-zoom's transform over a base scale that is never mutated. */
export interface ZoomController {
  /** The visible range in ms. */
  domain(): [number, number];
  /** Shows `range` (clamped to the limits) through the same transform as wheel and drag. */
  zoomTo(range: readonly [number, number], animate: boolean): void;
  /**
   * Re-bases after a resize or a new dataset, then shows `show`: `true` keeps the visible range,
   * `false` the fitted one, a range that range (each clamped to the limits). One zoom event.
   */
  rebase(fitted: readonly [number, number], limits: ZoomLimits, plot: { left: number; right: number; height: number }, show?: boolean | readonly [number, number]): void;
  /** Removes every listener d3-zoom added. */
  destroy(): void;
}

const DURATION = 450;
const ease = (t: number): number => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * Attaches d3-zoom to `svg`. Wheel, drag, double-click and `zoomTo` all move one transform, so every
 * path emits the same `onZoom` and honours the same limits. `reducedMotion()` turns animation off.
 */
export function createZoom(
  svg: SVGSVGElement,
  onZoom: (userInput: boolean) => void,
  reducedMotion: () => boolean,
): ZoomController {
  const base = timeScale();
  let transform: ZoomTransform = zoomIdentity;
  let animation: number | null = null;
  let left = 0;
  let right = 1;
  let based = false;
  let limits: ZoomLimits | null = null;
  // True while a zoom the reader asked for (double-click) is applied: it is user input though d3-zoom
  // does not see an input event.
  let fromReader = false;
  const view = svg.ownerDocument.defaultView;
  const behavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = event.transform;
      onZoom(event.sourceEvent != null || fromReader);
    })
    .on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (event.sourceEvent != null) stopAnimation();
    });
  // Double-click (and double-tap, which d3-zoom reroutes to the `dblclick.zoom` listener) zooms through
  // zoomTo, animated like the buttons and not under reduced motion, instead of through d3-transition,
  // which the timeline otherwise never needs.
  const selection = select(svg).call(behavior).on('dblclick.zoom', (event: MouseEvent | TouchEvent) => {
    if (!limits) return;
    const touch = 'changedTouches' in event ? event.changedTouches[0] : undefined;
    const [x] = pointer(touch ?? event, svg);
    const [a, b] = domain();
    const share = (x - left) / (right - left);
    const at = a + share * (b - a);
    const span = (b - a) * (event.shiftKey ? 2 : 0.5);
    event.preventDefault();
    zoomTo(clampDomain([at - share * span, at - share * span + span], limits), true, true);
  });

  const domain = (): [number, number] => {
    const [a, b] = transform.rescaleX(base).domain();
    return [a!.getTime(), b!.getTime()];
  };
  const transformFor = ([a, b]: readonly [number, number]): ZoomTransform => {
    const k = (right - left) / Math.max(1e-9, base(new Date(b)) - base(new Date(a)));
    return zoomIdentity.translate(left - k * base(new Date(a)), 0).scale(k);
  };
  const apply = (range: readonly [number, number], userInput: boolean): void => {
    fromReader = userInput;
    try {
      behavior.transform(selection, transformFor(range));
    } finally {
      fromReader = false;
    }
  };
  function stopAnimation(): void {
    if (animation !== null) view?.cancelAnimationFrame(animation);
    animation = null;
  }

  function zoomTo(range: readonly [number, number], animate: boolean, userInput = false): void {
    stopAnimation();
    const from = domain();
    if (!animate || reducedMotion() || !view?.requestAnimationFrame) {
      apply(range, userInput);
      return;
    }
    const startTime = view.performance.now();
    const step = (now: number): void => {
      // Frame timestamps and performance.now() may come from different clocks: clamp to [0, 1].
      const t = Math.min(1, Math.max(0, (now - startTime) / DURATION));
      const e = ease(t);
      apply([from[0] + (range[0] - from[0]) * e, from[1] + (range[1] - from[1]) * e], userInput);
      animation = t < 1 ? view.requestAnimationFrame(step) : null;
    };
    animation = view.requestAnimationFrame(step);
  }

  return {
    domain,
    zoomTo: (range, animate) => zoomTo(range, animate),
    rebase(fitted, nextLimits, plot, show = true) {
      limits = nextLimits;
      const keep = typeof show === 'object' ? show : based && show ? domain() : null;
      based = true;
      left = plot.left;
      right = plot.right;
      base.domain([new Date(fitted[0]), new Date(fitted[1])]).range([left, right]);
      const fullSpan = fitted[1] - fitted[0];
      behavior
        .extent([[left, 0], [right, plot.height]])
        // The same limits as clampDomain, so wheel and pinch allow exactly what keys and buttons do.
        .scaleExtent([fullSpan / nextLimits.maxSpan, Math.max(fullSpan / nextLimits.maxSpan, fullSpan / nextLimits.minSpan)])
        .translateExtent([[base(new Date(nextLimits.bounds[0])), -Infinity], [base(new Date(nextLimits.bounds[1])), Infinity]]);
      apply(clampDomain(keep ?? fitted, nextLimits), false);
    },
    destroy() {
      stopAnimation();
      selection.on('.zoom', null);
    },
  };
}
