import type { ResultOutcome, WatchlistEntry } from '../../contracts/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { runRangeChecks, type KeyedCheck } from '../check/run-range-checks.ts';
import { configuredSources } from '../sources/configured-sources.ts';
import { applyOutcome } from './apply-outcome.ts';

export interface EntryRecheck {
  entry: WatchlistEntry;
  /** New breach ids per source id. */
  newBreachIds: Record<string, string[]>;
  outcomes: { sourceId: string; outcome: ResultOutcome }[];
}

/**
 * Re-checks entries against their enabled sources in one batch: prefixes shared by several entries are
 * fetched once by the range client. Nothing is written here; the caller saves and notifies.
 */
export async function recheckEntries(
  entries: readonly WatchlistEntry[],
  deps: Pick<BackgroundDeps, 'settings' | 'builtInSources' | 'rangeClient' | 'hostPermissions'>,
  at: string,
): Promise<EntryRecheck[]> {
  const sources = configuredSources(await deps.settings.get(), deps.builtInSources).filter((s) => s.enabled);
  const plan = entries.map((entry) =>
    entry.keys.flatMap((key): KeyedCheck[] => {
      const source = sources.find((s) => s.descriptor.id === key.sourceId);
      return source === undefined ? [] : [{ source, key }];
    }),
  );
  // A re-check is asked for to see what changed, so no bucket is reused from an earlier check.
  const outcomes = await runRangeChecks(plan.flat(), deps, { fresh: true });
  let next = 0;
  return entries.map((original, i) => {
    let entry = original;
    const result: EntryRecheck = { entry, newBreachIds: {}, outcomes: [] };
    for (const check of plan[i] ?? []) {
      const sourceId = check.source.descriptor.id;
      const outcome = outcomes[next++] ?? { status: 'error', code: 'network', message: 'No answer.' };
      const applied = applyOutcome(entry, sourceId, outcome, at);
      entry = applied.entry;
      result.outcomes.push({ sourceId, outcome });
      if (applied.newBreachIds.length > 0) result.newBreachIds[sourceId] = applied.newBreachIds;
    }
    result.entry = entry;
    return result;
  });
}

export const newFindingCount = (recheck: EntryRecheck): number =>
  Object.values(recheck.newBreachIds).reduce((sum, ids) => sum + ids.length, 0);
