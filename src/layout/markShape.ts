/**
 * Category colours and shapes: up to twelve categories each get a colour of their own and one of six
 * shapes, so that no category is told apart by colour alone (the legend shows the same). Beyond
 * twelve, the rest share the twelfth slot as "Other". Pure: the renderers turn slots into classes and
 * paths.
 */

/** How many categories get a colour of their own. */
export const CATEGORY_SLOTS = 12;

/** The shapes markers take, in order of the slots (slot `i` has shape `i % 6`). */
export const MARK_SHAPES = ['circle', 'square', 'diamond', 'triangle', 'triangle-down', 'hexagon'] as const;

/** A marker's shape. */
export type MarkShape = (typeof MARK_SHAPES)[number];

/**
 * The colour slot of category `index` (−1 for an event without a category): the index itself for the
 * first twelve categories; beyond, the rest share slot 11 with the twelfth ("Other").
 */
export function categorySlot(index: number): number {
  return Math.min(index, CATEGORY_SLOTS - 1);
}

/** The shape of colour slot `slot` (a circle without a category). */
export function shapeOfSlot(slot: number): MarkShape {
  return slot < 0 ? 'circle' : MARK_SHAPES[slot % MARK_SHAPES.length]!;
}

/**
 * Each shape as an SVG path centred on the origin, for the marker radius of 5 px, about as much ink as
 * the circle (a square of the same area looks bigger than a triangle of it, so the triangles are a
 * little larger). Written out rather than computed: six short strings weigh less than the code.
 */
const SHAPE_PATHS: Readonly<Record<MarkShape, string>> = {
  circle: 'M-5,0A5,5 0 1,0 5,0A5,5 0 1,0 -5,0Z',
  square: 'M-4.43,-4.43L4.43,-4.43L4.43,4.43L-4.43,4.43Z',
  diamond: 'M0,-6.25L6.25,0L0,6.25L-6.25,0Z',
  triangle: 'M0,-6.75L6.43,4.05L-6.43,4.05Z',
  'triangle-down': 'M0,6.75L6.43,-4.05L-6.43,-4.05Z',
  hexagon: 'M5.5,0L2.75,4.76L-2.75,4.76L-5.5,0L-2.75,-4.76L2.75,-4.76Z',
};

/** The marker path of `shape`, centred on the origin (marker radius 5 px). */
export function shapePath(shape: MarkShape): string {
  return SHAPE_PATHS[shape];
}
