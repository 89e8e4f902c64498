import type { ResultOutcome, SourceStatus, WatchlistEntry } from '../../contracts/index.ts';
import { ownValue, withOwnValue } from '../../core/index.ts';

export interface Applied {
  entry: WatchlistEntry;
  /** Breach ids this source reported that the entry had never seen before. */
  newBreachIds: string[];
}

/**
 * Folds one source's outcome into an entry. A success replaces the last result and clears the error; an
 * error is recorded next to the last good result and never turns a "found" into "clear".
 */
export function applyOutcome(
  entry: WatchlistEntry,
  sourceId: string,
  outcome: ResultOutcome,
  at: string,
): Applied {
  const previous: SourceStatus = ownValue(entry.status, sourceId) ?? {};
  if (outcome.status === 'error') {
    const status: SourceStatus = {
      ...previous,
      lastError: { code: outcome.code, message: outcome.message, at },
    };
    return { entry: { ...entry, status: withOwnValue(entry.status, sourceId, status) }, newBreachIds: [] };
  }
  const seen = ownValue(entry.seenBreachIds, sourceId) ?? [];
  const breachIds = outcome.status === 'found' ? outcome.breaches.map((b) => b.id) : [];
  const newBreachIds = breachIds.filter((id) => !seen.includes(id));
  const last: SourceStatus['last'] =
    outcome.status === 'found'
      ? { status: 'found', breachIds, count: outcome.count, checkedAt: at }
      : { status: 'not-found', checkedAt: at };
  return {
    entry: {
      ...entry,
      status: withOwnValue<SourceStatus>(entry.status, sourceId, { last }),
      // Seen ids are never forgotten: a breach that drops out of a source and comes back is not "new".
      seenBreachIds: withOwnValue(entry.seenBreachIds, sourceId, [...seen, ...newBreachIds]),
      lastCheckedAt: at,
    },
    newBreachIds,
  };
}
