import { describe, expect, it } from 'vitest';
import { hashFor, idFromHash } from '../../src/interact/deepLink.js';

describe('deep-link fragments', () => {
  it('writes and reads #event=<id>, and round-trips ids that need escaping', () => {
    expect(hashFor('paris-summit')).toBe('#event=paris-summit');
    expect(hashFor(null)).toBe('');
    expect(idFromHash('#event=paris-summit')).toBe('paris-summit');
    expect(idFromHash(hashFor('a b/ü'))).toBe('a b/ü');
  });

  it('ignores fragments that name no event, including a malformed escape', () => {
    for (const hash of ['', '#', '#top', '#event=', '#event=a&x=1', '#event=%E0%A4%A']) expect(idFromHash(hash), hash).toBeNull();
  });
});
