/**
 * A horizontal brush for the overview strip on pointer events (mouse, pen and touch alike): drag the
 * selection to move it, drag an edge to resize it, drag elsewhere to draw a new one, click elsewhere
 * to ask for the view to be centred there. It keeps d3-brush's DOM (`.overlay`, `.selection`,
 * `.handle--w`, `.handle--e`), without d3-brush's d3-transition and d3-color, which the one-tag
 * script would otherwise carry only for it.
 */
import { setAttributes, svgElement } from '../render/svgElement.js';

/** Width of the invisible grab areas on the selection's edges, in px. */
const HANDLE_WIDTH = 6;
/** A press that moves less than this many px is a click. */
const CLICK_DISTANCE = 2;

/** The brush as the overview drives it. */
export interface BrushX {
  /** Sets the horizontal extent the selection lives in. */
  extent(left: number, right: number): void;
  /** Shows the selection at `[x0, x1]` px without reporting it. */
  move(x0: number, x1: number): void;
}

type Mode = 'move' | 'w' | 'e' | 'draw';

interface Gesture {
  pointerId: number;
  mode: Mode;
  startX: number;
  start: [number, number];
  moved: boolean;
}

/**
 * Builds the brush's rectangles in `group` (of height `height`) and listens to the pointer on them until
 * `signal` aborts. It reports `moved(x0, x1)` when the reader moved, resized or drew the selection (it
 * now spans `[x0, x1]` px), and `clicked(x)` when they clicked or tapped outside it, at `x` px; neither
 * for {@link BrushX.move}.
 */
export function createBrushX(
  group: SVGGElement, height: number, moved: (x0: number, x1: number) => void, clicked: (x: number) => void, signal: AbortSignal,
): BrushX {
  const doc = group.ownerDocument;
  const rect = (className: string, cursor: string, more?: { width: number }): SVGRectElement => svgElement(doc, 'rect', { class: className, cursor, y: 1, height: height - 2, ...more });
  const overlay = rect('overlay', 'crosshair');
  const selection = rect('selection', 'move');
  const west = rect('handle handle--w', 'ew-resize', { width: HANDLE_WIDTH });
  const east = rect('handle handle--e', 'ew-resize', { width: HANDLE_WIDTH });
  const modes = new Map<Element, Mode>([[selection, 'move'], [west, 'w'], [east, 'e'], [overlay, 'draw']]);
  setAttributes(group, { fill: 'none', 'pointer-events': 'all' });
  group.style.touchAction = 'none';
  group.append(overlay, selection, west, east);

  let left = 0;
  let right = 1;
  let current: [number, number] = [0, 1];
  let gesture: Gesture | null = null;

  const clamp = (x: number): number => Math.max(left, Math.min(right, x));
  const draw = ([x0, x1]: [number, number]): void => {
    current = [x0, x1];
    setAttributes(selection, { x: x0, width: Math.max(0, x1 - x0) });
    west.setAttribute('x', String(x0 - HANDLE_WIDTH / 2));
    east.setAttribute('x', String(x1 - HANDLE_WIDTH / 2));
  };
  /** The pointer's x in the strip's own coordinates (its width attribute over its on-screen box). */
  const xOf = (event: PointerEvent): number => {
    const svg = group.ownerSVGElement;
    const box = (svg ?? group).getBoundingClientRect();
    const width = Number(svg?.getAttribute('width')) || box.width || 1;
    return ((event.clientX - box.left) / (box.width || 1)) * width;
  };

  function selectionFor(active: Gesture, x: number): [number, number] {
    const [s0, s1] = active.start;
    const dx = x - active.startX;
    if (active.mode === 'move') {
      const shift = Math.max(left - s0, Math.min(right - s1, dx));
      return [s0 + shift, s1 + shift];
    }
    if (active.mode === 'draw') return [clamp(Math.min(active.startX, x)), clamp(Math.max(active.startX, x))];
    // Resizing: the dragged edge follows the pointer; past the other edge the two swap, as in d3-brush.
    const edge = clamp((active.mode === 'w' ? s0 : s1) + dx);
    const other = active.mode === 'w' ? s1 : s0;
    return [Math.min(edge, other), Math.max(edge, other)];
  }

  const options = { signal };
  group.addEventListener('pointerdown', (event) => {
    const mode = modes.get(event.target as Element);
    if (!mode || gesture || event.button !== 0 || event.ctrlKey) return;
    event.preventDefault();
    gesture = { pointerId: event.pointerId, mode, startX: xOf(event), start: current, moved: false };
    // Capture keeps the gesture when the pointer leaves the strip; a synthetic event's pointer cannot be captured.
    try {
      group.setPointerCapture?.(event.pointerId);
    } catch {
      // The gesture still follows moves over the strip.
    }
  }, options);
  group.addEventListener('pointermove', (event) => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const x = xOf(event);
    if (!gesture.moved && Math.abs(x - gesture.startX) < CLICK_DISTANCE) return;
    gesture.moved = true;
    const next = selectionFor(gesture, x);
    if (next[0] === current[0] && next[1] === current[1]) return;
    draw(next);
    moved(next[0], next[1]);
  }, options);
  const end = (event: PointerEvent): void => {
    if (!gesture || event.pointerId !== gesture.pointerId) return;
    const finished = gesture;
    gesture = null;
    if (group.hasPointerCapture?.(event.pointerId)) group.releasePointerCapture(event.pointerId);
    if (!finished.moved && finished.mode === 'draw' && event.type === 'pointerup') clicked(clamp(finished.startX));
  };
  group.addEventListener('pointerup', end, options);
  group.addEventListener('pointercancel', end, options);

  draw(current);
  return {
    extent(nextLeft, nextRight) {
      left = nextLeft;
      right = Math.max(nextLeft, nextRight);
      setAttributes(overlay, { x: left, width: right - left });
    },
    move(x0, x1) {
      draw([x0, x1]);
    },
  };
}
