import type { ResultOutcome, WatchlistEntry } from '../../contracts/index.ts';
import type { RangeKey } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { PrefixLedger } from '../check/prefix-ledger.ts';
import { runRangeChecks } from '../check/run-range-checks.ts';
import { configuredSources, type ConfiguredSource } from '../sources/configured-sources.ts';
import { suggestsStaleDescriptor } from '../sources/descriptor-mismatch.ts';
import { awaitingConfirmationOutcome, awaitsConfirmation } from '../sources/pending-change.ts';
import { refreshCustomSources, type RefreshDeps } from '../sources/refresh-sources.ts';
import { applyOutcome } from './apply-outcome.ts';
import { keyFitsSource, reentryOutcome } from './stale-keys.ts';

export interface EntryRecheck {
  entry: WatchlistEntry;
  /** New breach ids per source id (a Map: ids are publisher data, see core/own-record.ts). */
  newBreachIds: Map<string, string[]>;
  outcomes: { sourceId: string; outcome: ResultOutcome }[];
}

type RecheckDeps = RefreshDeps & Pick<BackgroundDeps, 'rangeClient'>;

/** One stored key of one entry against its (enabled) source. */
interface PlannedCheck {
  entry: number;
  source: ConfiguredSource;
  key: RangeKey;
}

async function plan(entries: readonly WatchlistEntry[], deps: RecheckDeps): Promise<PlannedCheck[]> {
  const settings = await deps.settings.get();
  const sources = configuredSources(settings, deps.builtInSources).filter((s) => s.enabled);
  return entries.flatMap((entry, i) =>
    entry.keys.flatMap((key) => {
      const source = sources.find((s) => s.descriptor.id === key.sourceId);
      return source === undefined ? [] : [{ entry: i, source, key }];
    }),
  );
}

/** The answer given without a request, or undefined when the key may be sent. */
function answeredLocally(check: PlannedCheck): ResultOutcome | undefined {
  const { source } = check;
  if (awaitsConfirmation(source)) return awaitingConfirmationOutcome(source.descriptor.name);
  if (!keyFitsSource(check.key, source.descriptor)) return reentryOutcome(source.descriptor.name);
  return undefined;
}

/**
 * Stale keys and sources awaiting confirmation are answered here without a request; the rest go out in
 * one batch of fresh buckets. Each entry is one identifier in the ledger.
 */
async function run(
  checks: readonly PlannedCheck[],
  deps: RecheckDeps,
  ledger: PrefixLedger,
): Promise<ResultOutcome[]> {
  const local = checks.map(answeredLocally);
  // A re-check is asked for to see what changed, so no bucket is reused from an earlier check.
  const answers = await runRangeChecks(
    checks.flatMap((c, i) => (local[i] === undefined ? [{ ...c, identifier: c.entry }] : [])),
    deps,
    { fresh: true, ledger },
  );
  let next = 0;
  return checks.map(
    (_, i) => local[i] ?? answers[next++] ?? { status: 'error', code: 'network', message: 'No answer.' },
  );
}

/**
 * A bucket that disagrees with the stored source.json (a breach appended, another line count) means the
 * publisher updated: read the source.json again once and re-check that source's keys once.
 */
async function retryAfterRefresh(
  checks: readonly PlannedCheck[],
  outcomes: ResultOutcome[],
  deps: RecheckDeps,
  ledger: PrefixLedger,
): Promise<ResultOutcome[]> {
  const suspects = new Set(
    checks.flatMap((c, i) => {
      const outcome = outcomes[i];
      const suspect =
        c.source.custom !== undefined && outcome !== undefined && suggestsStaleDescriptor(outcome);
      return suspect ? [c.source.descriptor.id] : [];
    }),
  );
  if (suspects.size === 0) return outcomes;
  const { changed, settings } = await refreshCustomSources(deps, { maxAgeMs: 0, ids: suspects });
  if (changed.size === 0) return outcomes;
  const current = configuredSources(settings, deps.builtInSources);
  const again = checks.flatMap((c, index) => {
    const source = current.find((s) => s.descriptor.id === c.source.descriptor.id);
    return changed.has(c.source.descriptor.id) && source !== undefined ? [{ ...c, source, index }] : [];
  });
  const retried = await run(again, deps, ledger);
  const merged = [...outcomes];
  again.forEach((c, n) => {
    const outcome = retried[n];
    if (outcome !== undefined) merged[c.index] = outcome;
  });
  return merged;
}

/**
 * Re-checks entries against their enabled sources in one batch: prefixes shared by several entries are
 * fetched once by the range client. Custom sources' descriptors read longer than `sourceMaxAgeMs` ago
 * are read again first. Nothing about the entries is written here; the caller saves and notifies.
 */
export async function recheckEntries(
  entries: readonly WatchlistEntry[],
  deps: RecheckDeps,
  at: string,
  sourceMaxAgeMs: number,
): Promise<EntryRecheck[]> {
  await refreshCustomSources(deps, { maxAgeMs: sourceMaxAgeMs });
  const checks = await plan(entries, deps);
  const ledger = new PrefixLedger();
  const outcomes = await retryAfterRefresh(checks, await run(checks, deps, ledger), deps, ledger);
  return entries.map((original, i) => {
    let entry = original;
    const result: EntryRecheck = { entry, newBreachIds: new Map(), outcomes: [] };
    checks.forEach((check, n) => {
      if (check.entry !== i) return;
      const sourceId = check.source.descriptor.id;
      const outcome = outcomes[n] ?? { status: 'error', code: 'network', message: 'No answer.' };
      const applied = applyOutcome(entry, sourceId, outcome, at);
      entry = applied.entry;
      result.outcomes.push({ sourceId, outcome });
      if (applied.newBreachIds.length > 0) result.newBreachIds.set(sourceId, applied.newBreachIds);
    });
    result.entry = entry;
    return result;
  });
}

export const newFindingCount = (recheck: EntryRecheck): number =>
  [...recheck.newBreachIds.values()].reduce((sum, ids) => sum + ids.length, 0);
