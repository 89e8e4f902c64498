import type { HistoryRecord, ResultOutcome, WatchlistEntry } from '../../contracts/index.ts';
import type { SourceCheck } from '../check/check-parsed.ts';
import { applyOutcome } from './apply-outcome.ts';

/** Outcomes the user already saw in a check, rebuilt from its history record (breach ids only). */
export function outcomesFromHistory(record: HistoryRecord): Map<string, ResultOutcome> {
  const outcomes = new Map<string, ResultOutcome>();
  for (const r of record.results) {
    if (r.status === 'not-found') outcomes.set(r.sourceId, { status: 'not-found' });
    if (r.status === 'found') {
      const ids = r.breachIds ?? [];
      // applyOutcome needs only the ids; titles are resolved from the source when shown.
      const breaches = ids.map((id) => ({ id, title: id, operator: '', date: '', dataClasses: [] }));
      outcomes.set(r.sourceId, { status: 'found', count: r.count ?? ids.length, breaches });
    }
  }
  return outcomes;
}

/**
 * Fills a new entry with what the user has just seen. Those breaches count as seen, so monitoring
 * announces only what is found later.
 */
export function seedEntry(entry: WatchlistEntry, checks: readonly SourceCheck[], at: string): WatchlistEntry {
  let seeded = entry;
  for (const { source, outcome } of checks) {
    seeded = applyOutcome(seeded, source.descriptor.id, outcome, at).entry;
  }
  return seeded;
}
