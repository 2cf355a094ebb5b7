import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/layout/isolate.js';

const [LRE, RLE, PDF, RLO, LRI, RLI, FSI, PDI] = ['\u202a', '\u202b', '\u202c', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('isolate', () => {
  it('wraps text in first-strong isolate marks and changes nothing else in it', () => {
    expect(isolate('Reuters')).toBe(`${FSI}Reuters${PDI}`);
    expect(isolate('رويترز, 5 أيلول')).toBe(`${FSI}رويترز, 5 أيلول${PDI}`);
    expect(isolate('')).toBe(`${FSI}${PDI}`);
    // Marks that only steer (LRM, RLM, ALM) stay: they cannot reach past the isolate.
    expect(isolate('a\u200eb\u200f\u061c')).toBe(`${FSI}a\u200eb\u200f\u061c${PDI}`);
  });

  it('leaves out every embedding, override, isolate and terminator, so nothing in it reaches past its end', () => {
    expect(isolate(`Reuters ${RLO}`)).toBe(`${FSI}Reuters ${PDI}`);
    // A stray PDI would close the isolate around it (even an element's, in Chromium) and free the RLO after it.
    expect(isolate(`Reuters ${PDI}${RLO}x`)).toBe(`${FSI}Reuters x${PDI}`);
    expect(isolate(`${LRE}a${RLE}b${PDF}${LRI}c${RLI}d${FSI}e${PDI}`)).toBe(`${FSI}abcde${PDI}`);
  });
});
