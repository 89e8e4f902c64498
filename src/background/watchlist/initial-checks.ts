import type { HistoryRecord } from '../../contracts/index.ts';
import type { ParsedIdentifier } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { checkParsed, type SourceCheck } from '../check/check-parsed.ts';
import type { KeyAttempt } from '../check/keys-for-sources.ts';
import type { ConfiguredSource } from '../sources/configured-sources.ts';
import type { RefreshDeps } from '../sources/refresh-sources.ts';
import { outcomesFromHistory } from './seed-entry.ts';

/** "Watch this" follows the check it refers to within moments; an older record is not trusted. */
export const SEED_MAX_AGE_MS = 10 * 60_000;

function seedable(
  record: HistoryRecord | undefined,
  parsed: ParsedIdentifier,
  now: Date,
): record is HistoryRecord {
  return (
    record !== undefined &&
    record.trigger === 'manual' &&
    record.kind === parsed.kind &&
    record.hint === parsed.masked &&
    now.getTime() - Date.parse(record.checkedAt) <= SEED_MAX_AGE_MS
  );
}

/**
 * The first outcomes of a new entry: those of the check the user has just seen (by its history record,
 * so nothing is fetched twice), or a fresh check of the enabled sources when there is no such check,
 * made with the keys the entry is about to store (`made`), so no source evaluates the identifier twice.
 */
export async function initialChecks(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
  checkId: string | undefined,
  deps: RefreshDeps & Pick<BackgroundDeps, 'db' | 'rangeClient' | 'oprfKey'>,
  made: readonly KeyAttempt[] = [],
): Promise<SourceCheck[]> {
  const record = checkId === undefined ? undefined : await deps.db.history.get(checkId);
  if (!seedable(record, parsed, deps.now())) {
    return checkParsed(
      parsed,
      sources.filter((s) => s.enabled),
      deps,
      made,
    );
  }
  const seen = outcomesFromHistory(record);
  return sources.flatMap((source) => {
    const outcome = seen.get(source.descriptor.id);
    return outcome === undefined ? [] : [{ source, outcome }];
  });
}
