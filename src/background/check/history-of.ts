import type { HistoryRecord, HistoryResult, ResultOutcome } from '../../contracts/index.ts';
import type { ConfiguredSource } from '../sources/configured-sources.ts';

/** The history line for one source: status and breach ids, never the identifier or its hash. */
export function historyResultOf(source: ConfiguredSource, outcome: ResultOutcome): HistoryResult {
  const base = { sourceId: source.descriptor.id, sourceName: source.descriptor.name };
  if (outcome.status === 'found') {
    return { ...base, status: 'found', breachIds: outcome.breaches.map((b) => b.id), count: outcome.count };
  }
  if (outcome.status === 'not-found') return { ...base, status: 'not-found' };
  return { ...base, status: 'error', errorCode: outcome.code };
}

export function historyRecordOf(
  fields: Omit<HistoryRecord, 'results'>,
  results: readonly { source: ConfiguredSource; outcome: ResultOutcome }[],
): HistoryRecord {
  return { ...fields, results: results.map((r) => historyResultOf(r.source, r.outcome)) };
}
