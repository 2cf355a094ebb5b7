import type { DataIssue } from '../types.js';

/** How many issues the error message lists before summarising the rest (all stay in `issues`). */
const LISTED_IN_MESSAGE = 20;

/** Writes issues one per line as `path: message`, the form every eventline error uses. */
export function formatIssues(issues: readonly DataIssue[]): string {
  return issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n');
}

/**
 * Thrown by {@link parseDataset} when a dataset has problems. `issues` lists them (up to 1,000), each
 * naming the event and field, e.g. `events[3].start: "2022-13-01" is not a valid date (there is no month 13)`.
 */
export class EventlineDataError extends Error {
  /** Every problem found, in input order. */
  readonly issues: readonly DataIssue[];

  /** Creates the error from the collected issues (at least one). */
  constructor(issues: readonly DataIssue[]) {
    const listed = formatIssues(issues.slice(0, LISTED_IN_MESSAGE));
    const rest = issues.length > LISTED_IN_MESSAGE ? `\n… and ${issues.length - LISTED_IN_MESSAGE} more` : '';
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`Invalid eventline dataset (${count}):\n${listed}${rest}`);
    this.name = 'EventlineDataError';
    this.issues = issues;
  }
}
