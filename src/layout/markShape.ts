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
 * The colour slot of category `index` among `count` (−1 for an event without a category): the index
 * itself up to twelve categories; beyond, the first eleven keep theirs and the rest share slot 11 ("Other").
 */
export function categorySlot(index: number, count: number): number {
  if (index < 0) return -1;
  return count <= CATEGORY_SLOTS ? index : Math.min(index, CATEGORY_SLOTS - 1);
}

/** The shape of colour slot `slot` (a circle without a category). */
export function shapeOfSlot(slot: number): MarkShape {
  return slot < 0 ? 'circle' : MARK_SHAPES[slot % MARK_SHAPES.length]!;
}

const round = (value: number): string => String(Math.round(value * 100) / 100);

/** A closed path through `points` (pairs around the origin). */
const polygon = (points: ReadonlyArray<readonly [number, number]>): string => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;

/**
 * An SVG path of `shape` centred on the origin, about as much ink as a circle of radius `r` (a square
 * of the same area looks bigger than a triangle of the same area, so the triangles are a little larger).
 */
export function shapePath(shape: MarkShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round(-r)},0A${round(r)},${round(r)} 0 1,0 ${round(r)},0A${round(r)},${round(r)} 0 1,0 ${round(-r)},0Z`;
    case 'square': {
      const half = r * 0.886;
      return polygon([[-half, -half], [half, -half], [half, half], [-half, half]]);
    }
    case 'diamond': {
      const reach = r * 1.25;
      return polygon([[0, -reach], [reach, 0], [0, reach], [-reach, 0]]);
    }
    case 'triangle': {
      const size = r * 1.35;
      return polygon([[0, -size], [size * 0.866 * 1.1, size * 0.6], [-size * 0.866 * 1.1, size * 0.6]]);
    }
    case 'triangle-down': {
      const size = r * 1.35;
      return polygon([[0, size], [size * 0.866 * 1.1, -size * 0.6], [-size * 0.866 * 1.1, -size * 0.6]]);
    }
    case 'hexagon': {
      const reach = r * 1.1;
      return polygon(Array.from({ length: 6 }, (_, corner) => {
        const angle = (Math.PI / 3) * corner;
        return [reach * Math.cos(angle), reach * Math.sin(angle)] as const;
      }));
    }
  }
}
