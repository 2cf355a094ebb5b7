import { describe, expect, it } from 'vitest';
import { readHash, writeHash } from '../../src/interact/deepLink.js';

describe('deep-link fragments', () => {
  it('writes and reads #event=<id>, and round-trips ids that need escaping', () => {
    expect(writeHash('', 'event', 'paris-summit')).toBe('#event=paris-summit');
    expect(writeHash('#event=paris-summit', 'event', null)).toBe('');
    expect(readHash('#event=paris-summit', 'event')).toBe('paris-summit');
    expect(readHash(writeHash('', 'event', 'a b/ü&x=1'), 'event')).toBe('a b/ü&x=1');
  });

  it('ignores fragments that name no event for the key, including an empty value and a malformed escape', () => {
    for (const hash of ['', '#', '#top', '#event=', '#events=a', '#xevent=a', '#event-2=a', '#event=%E0%A4%A']) expect(readHash(hash, 'event'), hash).toBeNull();
  });

  it('keeps each chart to its own key: writing one leaves the others in their place', () => {
    const both = writeHash(writeHash('', 'event', 'a'), 'event-2', 'b');
    expect(both).toBe('#event=a&event-2=b');
    expect([readHash(both, 'event'), readHash(both, 'event-2')]).toEqual(['a', 'b']);
    expect(writeHash(both, 'event', 'c')).toBe('#event=c&event-2=b');
    expect(writeHash(both, 'event', null)).toBe('#event-2=b');
    expect(writeHash('#top&q=kyiv', 'event', 'a')).toBe('#top&q=kyiv&event=a');
  });
});
