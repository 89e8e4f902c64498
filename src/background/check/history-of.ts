import type { HistoryRecord, HistoryResult, ResultOutcome } from '../../contracts/index.ts';

/** Enough to name a source in history. */
export interface SourceName {
  id: string;
  name: string;
}

/** The history line for one source: status and breach ids, never the identifier or its hash. */
export function historyResultOf(source: SourceName, outcome: ResultOutcome): HistoryResult {
  const base = { sourceId: source.id, sourceName: source.name };
  if (outcome.status === 'found') {
    return { ...base, status: 'found', breachIds: outcome.breaches.map((b) => b.id), count: outcome.count };
  }
  if (outcome.status === 'not-found') return { ...base, status: 'not-found' };
  return { ...base, status: 'error', errorCode: outcome.code };
}

export function historyRecordOf(
  fields: Omit<HistoryRecord, 'results'>,
  results: readonly { source: SourceName; outcome: ResultOutcome }[],
): HistoryRecord {
  return { ...fields, results: results.map((r) => historyResultOf(r.source, r.outcome)) };
}
