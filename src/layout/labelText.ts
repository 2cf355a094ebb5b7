/**
 * A label's text as the layout can set it: one line, two balanced lines, or cut with an ellipsis
 * (never to fewer than {@link MIN_CUT_CHARACTERS} characters). Widths from the width table.
 */
import type { TimelineEvent } from '../types.js';
import { textWidth, truncateToWidth } from './textWidth.js';

/** A cut label keeps at least this many characters of its title: shorter, a reader cannot tell which event it is. */
export const MIN_CUT_CHARACTERS = 24;

/** One label's text and the shapes it can take. */
export interface LabelText {
  /** The whole text (`c. ` before an approximate event's title). */
  text: string;
  /** Its width on one line, px. */
  width: number;
  /** The text on two lines of about equal width, split at a space; null when it has no space. */
  wrapped: readonly [string, string] | null;
  /** The wider of the two lines, px. */
  wrappedWidth: number;
  /** Set in bold: the most important events (importance 3) have the strongest labels. */
  strong: boolean;
}

/**
 * Past this many characters a title is cut before it is measured or split: no label shows more
 * (two lines of at most 300 px), and a 1 MB title must not cost every frame a megabyte of work.
 */
export const MAX_LABEL_CHARACTERS = 300;

/** The text a label shows (an era's, a point's or a span's), at most {@link MAX_LABEL_CHARACTERS} long. */
export function labelTitle(event: TimelineEvent): string {
  const title = event.approximate ? `c. ${event.title}` : event.title;
  if (title.length <= MAX_LABEL_CHARACTERS) return title;
  // Not between the two halves of a surrogate pair (an emoji): a high surrogate, U+D800–U+DBFF, is 54 in its top six bits.
  const end = MAX_LABEL_CHARACTERS - ((title.charCodeAt(MAX_LABEL_CHARACTERS - 2) >> 10) === 54 ? 2 : 1);
  return `${title.slice(0, end)}…`;
}

/** The text split at the space that makes its wider line narrowest. */
function balanced(text: string, fontSize: number, bold: boolean): { lines: [string, string]; width: number } | null {
  let best: { lines: [string, string]; width: number } | null = null;
  for (let index = text.indexOf(' '); index > 0; index = text.indexOf(' ', index + 1)) {
    const lines: [string, string] = [text.slice(0, index), text.slice(index + 1)];
    const width = Math.max(textWidth(lines[0], fontSize, bold), textWidth(lines[1], fontSize, bold));
    if (!best || width < best.width) best = { lines, width };
  }
  return best;
}

/** Shapes already measured, per font size: every frame asks again for the events in view. */
const known = new Map<number, WeakMap<TimelineEvent, LabelText>>();

/** The label text of `event` measured at `fontSize` (the label font unless the page's font is wider or narrower), once per event. */
export function labelTextOf(event: TimelineEvent, fontSize: number): LabelText {
  let sized = known.get(fontSize);
  if (!sized) known.set(fontSize, (sized = new WeakMap()));
  const cached = sized.get(event);
  if (cached) return cached;
  const text = labelTitle(event);
  const strong = event.importance === 3;
  // The two-line form is worked out only when a label is tried on two lines: most never are.
  let split: ReturnType<typeof balanced> | undefined;
  const lines = (): ReturnType<typeof balanced> => (split === undefined ? (split = balanced(text, fontSize, strong)) : split);
  const shaped: LabelText = {
    text, width: textWidth(text, fontSize, strong), strong,
    get wrapped() {
      return lines()?.lines ?? null;
    },
    get wrappedWidth() {
      return lines()?.width ?? Infinity;
    },
  };
  sized.set(event, shaped);
  return shaped;
}

/**
 * `text` cut with an ellipsis to fit `maxWidth` px at `fontSize`, keeping at least
 * {@link MIN_CUT_CHARACTERS} characters; the text itself when it fits; null when even the shortest cut does not fit.
 */
export function cutToWidth(text: string, maxWidth: number, fontSize: number, bold: boolean): string | null {
  const cut = truncateToWidth(text, maxWidth, fontSize, bold);
  return cut === text || [...cut].length - 1 >= Math.min(MIN_CUT_CHARACTERS, [...text].length) ? cut : null;
}
