import raw from '../../data/ukraine-security-guarantees.json' with { type: 'json' };

/** Milliseconds of a dataset date (year, year-month or full date) at its start, in UTC. */
function startOf(date: string): number {
  return Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
}

/** The news dataset's ids in time order (start, then id), as the timeline sorts them for the keyboard. */
export const NEWS_IN_TIME_ORDER: readonly string[] = raw.events
  .map((event) => ({ id: event.id, time: startOf(event.start) }))
  .sort((a, b) => a.time - b.time || (a.id < b.id ? -1 : 1))
  .map((event) => event.id);
