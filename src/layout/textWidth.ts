/**
 * Text width without the DOM: advance widths of Arial/Helvetica/Liberation Sans (the first fonts of
 * the label font stack) in thousandths of an em, for printable ASCII from U+0020. Layout uses this
 * instead of getBBox, so labels are placed in Node, on a server, and in one pass per frame.
 */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p-z { | } ~
];

/** Widths for common non-ASCII punctuation in news text. */
const EXTRA_WIDTHS: Record<string, number> = {
  '–': 556, '—': 1000, '‘': 222, '’': 222, '“': 333, '”': 333, '…': 1000, '·': 278, 'é': 556, 'É': 667, 'ç': 500,
};

/** Latin letters with accents, Cyrillic, Greek, Arabic: a little wider than the ASCII average, to stay safe. */
const DEFAULT_WIDTH = 620;
/** CJK ideographs, Hangul, kana and emoji take a full em. */
const WIDE_WIDTH = 1000;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{1f300}-\u{1faff}]/u;

/** The advance width of one character in thousandths of an em. */
function charWidth(char: string): number {
  const code = char.codePointAt(0) ?? 32;
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32] ?? DEFAULT_WIDTH;
  const extra = EXTRA_WIDTHS[char];
  if (extra !== undefined) return extra;
  return WIDE.test(char) ? WIDE_WIDTH : DEFAULT_WIDTH;
}

/** Estimated width in pixels of `text` set at `fontSize` pixels (bold text is about 8% wider). */
export function textWidth(text: string, fontSize: number, bold?: boolean): number {
  let total = 0;
  for (const char of text) total += charWidth(char);
  return (total * fontSize * (bold ? 1.08 : 1)) / 1000;
}

/** The ellipsis used for truncated labels. */
export const ELLIPSIS = '…';

/**
 * Shortens `text` with an ellipsis so that it fits `maxWidth` pixels; returns it unchanged when it
 * fits, and an empty string when not even one character and the ellipsis fit.
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, bold?: boolean): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const budget = maxWidth - textWidth(ELLIPSIS, fontSize, bold);
  const chars = [...text];
  let width = 0;
  let end = 0;
  while (end < chars.length) {
    const next = textWidth(chars[end]!, fontSize, bold);
    if (width + next > budget) break;
    width += next;
    end++;
  }
  if (end === 0) return '';
  return chars.slice(0, end).join('').trimEnd() + ELLIPSIS;
}
