import { expect } from 'vitest';
import { EventlineDataError } from '../../src/model/errors.js';

/** Runs `run`, which must throw an EventlineDataError, and returns its issues as `path: message` lines. */
export function thrownIssues(run: () => unknown): string[] {
  let error: unknown;
  try {
    run();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(EventlineDataError);
  return (error as EventlineDataError).issues.map((issue) => `${issue.path}: ${issue.message}`);
}
