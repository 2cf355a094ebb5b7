import { describe, expect, it } from 'vitest';
import { readHash, writeHash } from '../../src/interact/deepLink.js';

describe('deep-link fragments', () => {
  it('writes and reads #event=<id>', () => {
    expect(writeHash('', 'event', 'paris-summit')).toBe('#event=paris-summit');
    expect(writeHash('#event=paris-summit', 'event', null)).toBe('');
    expect(readHash('#event=paris-summit', 'event')).toBe('paris-summit');
    expect(readHash('#top&event=Paris_2025-09', 'event')).toBe('Paris_2025-09');
  });

  it('ignores fragments that name no event for the key, including an empty value', () => {
    for (const hash of ['', '#', '#top', '#event=', '#events=a', '#xevent=a', '#event-2=a', '#a&xevent=b']) expect(readHash(hash, 'event'), hash).toBeNull();
  });

  it('keeps each chart to its own key: writing one leaves the others in their place', () => {
    const both = writeHash(writeHash('', 'event', 'a'), 'event-2', 'b');
    expect(both).toBe('#event=a&event-2=b');
    expect([readHash(both, 'event'), readHash(both, 'event-2')]).toEqual(['a', 'b']);
    expect(writeHash(both, 'event', 'c')).toBe('#event=c&event-2=b');
    expect(writeHash(both, 'event', null)).toBe('#event-2=b');
    // A pair of the page's own stays; a bare anchor becomes a key with no value, as URLSearchParams writes it.
    expect(writeHash('#q=kyiv', 'event', 'a')).toBe('#q=kyiv&event=a');
    expect(writeHash('#top', 'event', 'a')).toBe('#top=&event=a');
  });
});
