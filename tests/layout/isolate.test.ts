import { describe, expect, it } from 'vitest';
import { isolate } from '../../src/layout/isolate.js';

const [LRE, RLE, PDF, RLO, LRI, RLI, FSI, PDI] = ['\u202a', '\u202b', '\u202c', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

/** Whether every opener in `text` is closed in order and no terminator is unmatched (UAX #9's matching). */
function balanced(text: string): boolean {
  const open: string[] = [];
  for (const character of text) {
    if ([LRE, RLE, RLO, '\u202d'].includes(character)) open.push(PDF);
    else if ([LRI, RLI, FSI].includes(character)) open.push(PDI);
    else if (character === PDF) {
      if (open.at(-1) !== PDF) return false;
      open.pop();
    } else if (character === PDI) {
      const at = open.lastIndexOf(PDI);
      if (at < 0 || open.slice(at + 1).length > 0) return false;
      open.length = at;
    }
  }
  return open.length === 0;
}

describe('isolate', () => {
  it('wraps plain text in first-strong isolate marks and changes nothing else', () => {
    expect(isolate('Reuters')).toBe(`${FSI}Reuters${PDI}`);
    expect(isolate('رويترز')).toBe(`${FSI}رويترز${PDI}`);
    expect(isolate('')).toBe(`${FSI}${PDI}`);
  });

  it('closes an override the text leaves open, so it cannot reverse what follows', () => {
    expect(isolate(`Reuters ${RLO}`)).toBe(`${FSI}Reuters ${RLO}${PDF}${PDI}`);
    expect(isolate(`a${RLI}b${RLE}c`)).toBe(`${FSI}a${RLI}b${RLE}c${PDF}${PDI}${PDI}`);
  });

  it('drops terminators that would close the isolate around it (the escape a stray PDI makes)', () => {
    expect(isolate(`Reuters ${PDI}${RLO}`)).toBe(`${FSI}Reuters ${RLO}${PDF}${PDI}`);
    expect(isolate(`${PDF}x`)).toBe(`${FSI}x${PDI}`);
  });

  it('keeps well-formed embeddings and isolates as written', () => {
    expect(isolate(`say ${RLE}שלום${PDF} now`)).toBe(`${FSI}say ${RLE}שלום${PDF} now${PDI}`);
    expect(isolate(`${LRI}a${PDI}${RLI}b${PDI}`)).toBe(`${FSI}${LRI}a${PDI}${RLI}b${PDI}${PDI}`);
  });

  it('lets a PDI close the embeddings opened inside its isolate, and no PDF reach past an open isolate', () => {
    // UAX #9: a PDI ends the embeddings opened since its isolate; the output says so explicitly.
    expect(isolate(`${RLI}a${RLE}b${PDI}c`)).toBe(`${FSI}${RLI}a${RLE}b${PDF}${PDI}c${PDI}`);
    // This PDF's embedding is outside the isolate still open: it matches nothing and is dropped.
    expect(isolate(`${RLE}a${LRI}b${PDF}c`)).toBe(`${FSI}${RLE}a${LRI}bc${PDI}${PDF}${PDI}`);
  });

  it('always gives balanced text, whatever the controls and their order', () => {
    const alphabet = [LRE, RLE, PDF, RLO, '\u202d', LRI, RLI, FSI, PDI, 'a', 'ب'];
    let seed = 7;
    for (let run = 0; run < 500; run++) {
      let text = '';
      for (let index = 0; index < 12; index++) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        text += alphabet[seed % alphabet.length];
      }
      const result = isolate(text);
      expect(balanced(result), JSON.stringify(result)).toBe(true);
      expect(result.replace(/[\u202a-\u202e\u2066-\u2069]/g, '')).toBe(text.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));
    }
  });
});
