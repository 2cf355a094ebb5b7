import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventlineDataError, parseDataset, validateDataset } from '../../src/index.js';
import type { Dataset } from '../../src/types.js';
import { anyInput, runs, validDatasetInput } from './arbitraries.js';
import { undrawableDates } from './dateRange.js';

/** A character a reader sees: not whitespace, not a format or control character, not ignorable. */
const VISIBLE = /[^\p{White_Space}\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Cs}]/u;

/** Runs parseDataset, returning the dataset or the EventlineDataError; anything else thrown fails the property. */
function parse(input: unknown): Dataset | EventlineDataError {
  try {
    return parseDataset(input);
  } catch (error) {
    if (error instanceof EventlineDataError) return error;
    throw new Error(`parseDataset threw ${String(error)} instead of an EventlineDataError`, { cause: error });
  }
}

describe('parseDataset and validateDataset on arbitrary input (properties)', () => {
  it('throw nothing but EventlineDataError, and agree: the issues thrown are the issues validateDataset returns', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const issues = validateDataset(input);
        const parsed = parse(input);
        if (parsed instanceof EventlineDataError) {
          expect(issues.length).toBeGreaterThan(0);
          expect(parsed.issues).toEqual(issues);
          // Every problem is located and said in words.
          for (const issue of issues) {
            expect(issue.path).toMatch(/^(dataset|sources|events)\b/);
            expect(issue.message.trim()).not.toBe('');
          }
        } else {
          expect(issues).toEqual([]);
        }
      }),
      runs(200, 5),
    );
  });

  it('accept only titles a reader can see: not blank, not only zero-width or bidi characters', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, validDatasetInput), (input) => {
        const parsed = parse(input);
        if (parsed instanceof EventlineDataError) return;
        expect(parsed.title).toMatch(VISIBLE);
        for (const event of parsed.events) expect(event.title, `events "${event.id}" title`).toMatch(VISIBLE);
      }),
      runs(200, 5),
    );
  });

  it('accept only dates a chart can draw, every date’s period inside the range a Date holds; events come in time order', () => {
    fc.assert(
      fc.property(fc.oneof(anyInput, validDatasetInput), (input) => {
        const parsed = parse(input);
        if (parsed instanceof EventlineDataError) return;
        // `+275760` names a year that ends after the last instant a Date holds (issue #22, row 3).
        expect(undrawableDates(parsed)).toEqual([]);
        const starts = parsed.events.map((event) => event.start.getTime());
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      runs(200, 5),
    );
  });
});
