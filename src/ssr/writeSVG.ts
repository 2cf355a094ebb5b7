/**
 * The one door to the SVG writers: the chart's frame or the vertical story, in the theme's colours (a
 * page's own values where it set them). `dist/index.js` and the one-tag script are built with this
 * module (and timeline/png.ts) resolved to src/embed/svgWriterSlot.ts, which the export add-on fills,
 * so pages that never export do not download the writers (see rollup.config.mjs).
 */
import type { Locale } from 'date-fns';
import type { PreparedModel } from '../layout/prepare.js';
import { layoutStory, type StoryRow } from '../layout/story.js';
import type { Layout } from '../layout/types.js';
import { paletteFor } from './palette.js';
import { storyToSVGString } from './storyWriter.js';
import { layoutToSVGString } from './svgWriter.js';

/** How an SVG is written: its dates' locale, its colours, and the font its text is set in. */
export interface SvgWriteOptions {
  locale: Locale;
  theme: 'light' | 'dark';
  /** A page's own value of `--eventline-<name>`, or an empty string (the stylesheet's value is taken). */
  override?: (name: string) => string;
  /** The font family (the page's, which the layout measured with); the width table's fonts when absent. */
  font?: string | undefined;
}

/** The vertical story to write: its rows, laid out here at `width` (the titles wrapped), so the writer's side carries the wrapping. */
export interface StoryFrame {
  rows: readonly StoryRow[];
  width: number;
}

/** `frame` (a chart layout, or the story's rows at a width, of `model`) as a standalone SVG document. */
export function writeSVG(frame: Layout | StoryFrame, model: PreparedModel, options: SvgWriteOptions): string {
  const colours = paletteFor(options.theme, undefined, options.override);
  const palette = options.font ? { ...colours, font: options.font } : colours;
  const written = { palette, locale: options.locale };
  return 'rows' in frame ? storyToSVGString(layoutStory(frame.rows, frame.width), model, written) : layoutToSVGString(frame, model, written);
}
