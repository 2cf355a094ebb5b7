import { describe, expect, it } from 'vitest';
import { cutToWidth, labelTextOf, labelTitle, MAX_LABEL_CHARACTERS, MIN_CUT_CHARACTERS } from '../../src/layout/labelText.js';
import { METRICS } from '../../src/layout/metrics.js';
import { textWidth } from '../../src/layout/textWidth.js';
import type { TimelineEvent } from '../../src/types.js';

const event = (title: string, approximate = false): TimelineEvent => ({ id: 'e', title, start: new Date(0), precision: 'day', importance: 2, sources: ['s'], ...(approximate ? { approximate } : {}) }) as TimelineEvent;

describe('label text', () => {
  it('marks an approximate event with c.', () => {
    expect(labelTitle(event('Élysée source cites Korean truce as a model', true))).toBe('c. Élysée source cites Korean truce as a model');
  });

  it('cuts a huge title to 300 characters before measuring it, never inside an emoji', () => {
    const huge = 'word '.repeat(200_000);
    const text = labelTextOf(event(huge), METRICS.labelFont);
    expect(MAX_LABEL_CHARACTERS).toBe(300);
    expect(text.text).toBe(`${huge.slice(0, 299)}…`);
    expect(text.wrapped!.join(' ').length).toBe(300);
    expect(labelTitle(event('a'.repeat(298) + '\u{1F642}tail'))).toBe(`${'a'.repeat(298)}…`);
    expect(labelTitle(event('a'.repeat(297) + '\u{1F642}tail'))).toBe(`${'a'.repeat(297)}\u{1F642}…`);
    expect(labelTitle(event('a'.repeat(300)))).toBe('a'.repeat(300));
    expect(labelTitle(event('a'.repeat(300), true))).toBe(`c. ${'a'.repeat(296)}…`);
  });

  it('splits a title into two lines of about equal width at a space, losing no word', () => {
    const title = 'Putin: Western troops would be ‘legitimate targets’';
    const text = labelTextOf(event(title), METRICS.labelFont);
    expect(text.wrapped!.join(' ')).toBe(title);
    const [a, b] = text.wrapped!.map((line) => textWidth(line, METRICS.labelFont));
    expect(Math.abs(a! - b!)).toBeLessThan(text.width / 3);
    expect(text.wrappedWidth).toBe(Math.max(a!, b!));
    expect(labelTextOf(event('Unbreakable'), METRICS.labelFont).wrapped).toBeNull();
  });

  it('measures at the size it is asked, and remembers each size apart', () => {
    const shown = event('Paris summit');
    expect(labelTextOf(shown, 26).width).toBeCloseTo(2 * labelTextOf(shown, 13).width, 6);
  });

  it('cuts with an ellipsis to the room, keeping at least 24 characters, or not at all', () => {
    const title = 'Kremlin rejects Paris plan, points to Istanbul';
    expect(cutToWidth(title, 1000, 13, false)).toBe(title);
    const cut = cutToWidth(title, 200, 13, false)!;
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, 13)).toBeLessThanOrEqual(200);
    expect([...cut].length - 1).toBeGreaterThanOrEqual(MIN_CUT_CHARACTERS);
    expect(title.startsWith(cut.slice(0, -1))).toBe(true);
    expect(cutToWidth(title, 100, 13, false)).toBeNull();
    // A title shorter than 24 characters is only ever whole.
    expect(cutToWidth('Paris summit', 40, 13, false)).toBeNull();
  });
});
