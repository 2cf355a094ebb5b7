/**
 * Writes the vertical story (layout/story.ts) as a standalone SVG string without a DOM: the time rail,
 * each card with its date, whole title and its lane and category beside a marker of the category's
 * colour and shape, and the separators of long empty stretches. For a print or social card of a phone
 * layout; writeSVG.ts is the door to it.
 */
import type { Locale } from 'date-fns';
import { formatEventWhen, formatTimeLength } from '../layout/formatDate.js';
import { laneAndCategory } from '../layout/lanes.js';
import { shapeOfSlot, shapePath } from '../layout/markShape.js';
import type { PreparedModel } from '../layout/prepare.js';
import { STORY_METRICS, type StoryLayout } from '../layout/story.js';
import { truncateToWidth } from '../layout/textWidth.js';
import type { Palette } from './palette.js';
import { escapeXml, n, tag } from './xml.js';

/** Room above the first card. */
const TOP = 8;

/** Writes `story` (of `model`) as a standalone SVG document in `palette`'s colours, dates in `locale`. */
export function storyToSVGString(story: StoryLayout, model: PreparedModel, options: { locale: Locale; palette: Palette }): string {
  const colour = (name: string): string => options.palette[name] ?? '#000';
  const { rail, padX, padY, dateLine, titleFont, titleLine } = STORY_METRICS;
  const { width } = story;
  const height = Math.round(story.height + 2 * TOP);
  const text = (x: number, y: number, attributes: Record<string, string | number>, content: string): string =>
    tag('text', { x, y, ...attributes }, escapeXml(content));
  const parts = [
    tag('title', {}, escapeXml(model.dataset.title)),
    tag('desc', {}, escapeXml(`${model.dataset.events.length} events in time order.`)),
    tag('rect', { width, height, fill: colour('bg') }),
    tag('line', { x1: rail / 2, x2: rail / 2, y1: 0, y2: height, stroke: colour('rule'), 'stroke-width': 2 }),
  ];
  const x = rail + padX;
  for (const { row, y: top, height: rowHeight, lines } of story.items) {
    const y = top + TOP;
    if (row.kind === 'gap') {
      parts.push(tag('rect', { x: rail / 2 - 3, y, width: 6, height: rowHeight, fill: colour('bg') }));
      parts.push(text(x, y + 23, { fill: colour('muted'), 'font-size': 13, 'font-style': 'italic' }, `${formatTimeLength(row.start, row.end, options.locale)} later`));
      continue;
    }
    const { event } = row;
    const slot = model.slotOf(event);
    parts.push(tag('rect', { x: rail, y, width: width - rail, height: rowHeight, rx: 6, fill: colour(event.era ? 'era' : 'lane-odd'), stroke: colour('rule') }));
    // One line, as the card's height allows: a dataset's own words for a date (displayDate) can be long.
    const when = truncateToWidth(formatEventWhen(event, { locale: options.locale }), width - x - padX, 13, true);
    parts.push(text(x, y + padY + 13, { fill: colour('muted'), 'font-size': 13, 'font-weight': 700 }, when));
    const titleTop = y + padY + dateLine;
    const title = lines.map((line, index) => tag('tspan', { x, y: titleTop + index * titleLine + 16 }, escapeXml(line))).join('');
    parts.push(tag('text', { fill: colour(event.era ? 'era-fg' : 'fg'), 'font-size': titleFont, 'font-weight': 700, 'font-style': event.era ? 'italic' : undefined }, title));
    const chipY = titleTop + lines.length * titleLine + 14;
    const fill = colour(slot < 0 ? 'category-none' : `category-${slot}`);
    parts.push(tag('path', { d: shapePath(shapeOfSlot(slot)), transform: `translate(${n(x + 5)},${n(chipY - 4)}) scale(0.8)`, fill }));
    parts.push(text(x + 14, chipY, { fill: colour('muted'), 'font-size': 13 }, laneAndCategory(event)));
  }
  const font = options.palette.font ?? 'Helvetica, Arial, "Liberation Sans", sans-serif';
  return tag('svg', {
    xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': model.dataset.title, 'font-family': font,
  }, parts.join(''));
}
