/**
 * The vertical story layout for narrow containers (phones): the events from top to bottom in time
 * order, each a card with its whole title, and a separator where a long stretch passes without
 * events ("60 years 7 months later"). Pure: the DOM renderer (render/story.ts) takes the heights as
 * estimates for the cards it has not drawn yet, the SVG writer (ssr/storyWriter.ts) as positions.
 */
import type { Locale } from 'date-fns';
import type { TimelineEvent } from '../types.js';
import { formatExact, formatYear } from './formatDate.js';
import { chooseGaps, type GapCompression } from './gaps.js';
import type { PreparedModel } from './prepare.js';
import { textWidth } from './textWidth.js';

/** In `layout: 'auto'`, a container narrower than this many px shows the vertical layout. */
export const VERTICAL_BELOW = 600;

/** Which way time runs: across the chart, or down the page. */
export type Orientation = 'horizontal' | 'vertical';

/** The orientation the `layout` option gives a container `width` px wide. */
export function orientationFor(layout: 'auto' | Orientation, width: number): Orientation {
  if (layout !== 'auto') return layout;
  return width < VERTICAL_BELOW ? 'vertical' : 'horizontal';
}

/** One row of the story: an event's card (eras included, drawn as section headings), or a long empty stretch. */
export type StoryRow =
  | { kind: 'event'; event: TimelineEvent }
  | { kind: 'gap'; start: number; end: number };

/**
 * The story's rows: every event in time order, with a
 * separator before the first event after each stretch that gap compression would shorten.
 */
export function storyRows(model: PreparedModel, compression: GapCompression): StoryRow[] {
  const gaps = chooseGaps(model, compression);
  const rows: StoryRow[] = [];
  let next = 0;
  for (const event of model.dataset.events) {
    const start = event.start.getTime();
    while (next < gaps.length && start > gaps[next]!.start) {
      const gap = gaps[next++]!;
      rows.push({ kind: 'gap', start: gap.start, end: gap.end });
    }
    rows.push({ kind: 'event', event });
  }
  return rows;
}

/** Room left of the cards for the time rail and the markers on it, px (the stylesheet's `.eventline-card` rules use the same numbers). */
const RAIL = 28;
/** Space between rows. */
export const ROW_GAP = 8;
/** A card's padding across and down. */
const PAD_X = 12;
const PAD_Y = 10;
/** A card's head has a 1 px border above and below. */
const BORDER = 1;
/** A card's date line, title font and title line, and its chips' line. */
const DATE_LINE = 18;
const TITLE_FONT = 16;
const TITLE_LINE = 22;
const CHIP_LINE = 20;
/** A separator row. */
const GAP_ROW = 36;

/**
 * Sizes of the story in px, as one table for the renderers; this module reads the constants above,
 * which a minifier writes as numbers where a property keeps its name.
 */
export const STORY_METRICS = {
  rail: RAIL,
  rowGap: ROW_GAP,
  padX: PAD_X,
  padY: PAD_Y,
  border: BORDER,
  dateLine: DATE_LINE,
  titleFont: TITLE_FONT,
  titleLine: TITLE_LINE,
  chipLine: CHIP_LINE,
  gapRow: GAP_ROW,
} as const;

/**
 * `text` broken into lines no wider than `width` px at `fontSize` (bold when `bold`), at spaces; a
 * word longer than a line stands on a line of its own (the browser breaks it, the SVG lets it run).
 */
export function wrapText(text: string, width: number, fontSize: number, bold: boolean): string[] {
  const lines: string[] = [];
  const space = textWidth(' ', fontSize, bold);
  let line = '';
  let used = 0;
  // Word by word, each measured once: a 10,000-event story wraps every title when it is shown.
  for (const word of text.split(' ')) {
    if (word === '') continue;
    const size = textWidth(word, fontSize, bold);
    if (line && used + space + size > width) {
      lines.push(line);
      line = word;
      used = size;
    } else {
      used += line ? space + size : size;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** A row placed: its top, height and (for a card) its title's lines. */
export interface StoryItem {
  row: StoryRow;
  y: number;
  height: number;
  /** The title in lines; empty for a separator. */
  lines: string[];
}

/** The story laid out at a width: every row placed, and the total height. */
export interface StoryLayout {
  width: number;
  items: StoryItem[];
  height: number;
}

/** The height of an event's card whose title takes `lines` lines. */
export const cardHeight = (lines: number): number =>
  2 * (PAD_Y + BORDER) + DATE_LINE + lines * TITLE_LINE + CHIP_LINE;

/**
 * Places `rows` at `width` px: a card's height follows from its title wrapped to the card's width
 * (text widths times `textScale`, the page font's measure against the width table).
 */
export function layoutStory(rows: readonly StoryRow[], width: number, textScale = 1): StoryLayout {
  const inner = Math.max(40, (width - RAIL - 2 * PAD_X) / textScale);
  const items: StoryItem[] = [];
  let y = 0;
  for (const row of rows) {
    const lines = row.kind === 'event' ? wrapText(row.event.title, inner, TITLE_FONT, true) : [];
    const height = row.kind === 'event' ? cardHeight(lines.length) : GAP_ROW;
    items.push({ row, y, height, lines });
    y += height + ROW_GAP;
  }
  return { width, items, height: Math.max(0, y - ROW_GAP) };
}

/**
 * The rows' heights at `width` without wrapping the titles (a title's lines counted from its width):
 * what the browser story takes for the cards it has not drawn yet, in one quick pass over 10,000
 * titles; the cards it draws are measured.
 */
export function estimateHeights(rows: readonly StoryRow[], width: number): Float64Array<ArrayBuffer> {
  const inner = Math.max(40, width - RAIL - 2 * PAD_X);
  return Float64Array.from(rows, (row) => (row.kind === 'gap' ? GAP_ROW : cardHeight(Math.max(1, Math.ceil(textWidth(row.event.title, TITLE_FONT, true) / inner)))));
}

/** Whether the story's periods are months: its events (eras aside) span less than two years. */
export function byMonth(rows: readonly StoryRow[]): boolean {
  const times = rows.flatMap((row) => (row.kind === 'event' && !row.event.era ? [row.event.start.getTime()] : []));
  return times.length > 0 && times[times.length - 1]! - times[0]! < 2 * 365.25 * 864e5;
}

/**
 * Each row's period, for the sticky heading and the jump menu: its event's year, or its month when
 * the events (eras aside) span less than two years; a separator takes the period of the event after it.
 */
export function rowPeriods(rows: readonly StoryRow[], locale: Locale): string[] {
  const monthly = byMonth(rows);
  const periods: string[] = [];
  const years: Record<number, string> = {};
  let period = '';
  for (let index = rows.length - 1; index >= 0; index--) {
    const row = rows[index]!;
    if (row.kind === 'event') period = monthly ? formatExact(row.event.start, 'month', locale) : (years[row.event.start.getUTCFullYear()] ??= formatYear(row.event.start.getUTCFullYear(), locale));
    periods[index] = period;
  }
  return periods;
}

/** A choice of the jump menu: a period, its first event (eras aside), and how many events it holds. */
export interface JumpChoice {
  period: string;
  id: string;
  count: number;
}

/** The periods the reader can jump to, in time order, from the rows and their {@link rowPeriods}. */
export function jumpChoices(rows: readonly StoryRow[], periods: readonly string[]): JumpChoice[] {
  const choices: JumpChoice[] = [];
  rows.forEach((row, index) => {
    if (row.kind !== 'event' || row.event.era) return;
    const last = choices[choices.length - 1];
    if (last && last.period === periods[index]) last.count++;
    else choices.push({ period: periods[index]!, id: row.event.id, count: 1 });
  });
  return choices;
}
