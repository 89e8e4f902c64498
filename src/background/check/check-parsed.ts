import type { ResultOutcome, Settings } from '../../contracts/index.ts';
import type { ParsedIdentifier, RangeKey } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources, coversKind, type ConfiguredSource } from '../sources/configured-sources.ts';
import type { CheckManyOptions } from '../range-adapter.ts';
import { suggestsStaleDescriptor } from '../sources/descriptor-mismatch.ts';
import { refreshCustomSources, type RefreshDeps } from '../sources/refresh-sources.ts';
import { keysForSources, type KeyAttempt } from './keys-for-sources.ts';
import { PrefixLedger } from './prefix-ledger.ts';
import { runRangeChecks } from './run-range-checks.ts';

export interface SourceCheck {
  source: ConfiguredSource;
  outcome: ResultOutcome;
  /** Present when the identifier could be hashed for this source. */
  key?: RangeKey;
}

/** Enabled sources that cover the kind. */
export function sourcesFor(
  parsed: ParsedIdentifier,
  settings: Settings,
  deps: Pick<BackgroundDeps, 'builtInSources'>,
): ConfiguredSource[] {
  return configuredSources(settings, deps.builtInSources).filter(
    (s) => s.enabled && coversKind(s, parsed.kind),
  );
}

type CheckDeps = RefreshDeps & Pick<BackgroundDeps, 'rangeClient' | 'oprfKey'>;

/**
 * Keys for every source, reusing those the caller has just made (an xc-oprf-v1 key costs an evaluation
 * by the source's key holder, so making it twice for one action would double what it sees).
 */
async function keysReusing(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
  deps: CheckDeps,
  made: readonly KeyAttempt[],
): Promise<KeyAttempt[]> {
  const reuse = (s: ConfiguredSource) =>
    made.find((a) => 'key' in a && a.source.descriptor.id === s.descriptor.id);
  const fresh = await keysForSources(
    parsed,
    sources.filter((s) => reuse(s) === undefined),
    deps,
  );
  return sources.map((s) => reuse(s) ?? (fresh.shift() as KeyAttempt));
}

/** Hash for every source, check every key in one batch, and pair each source with its outcome. */
async function checkOnce(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
  deps: CheckDeps,
  ledger: PrefixLedger,
  options: CheckManyOptions = {},
  made: readonly KeyAttempt[] = [],
): Promise<SourceCheck[]> {
  const attempts = await keysReusing(parsed, sources, deps, made);
  const keyed = attempts.flatMap((a) => ('key' in a ? [a] : []));
  const outcomes = await runRangeChecks(keyed, deps, { ...options, ledger });
  return attempts.map((attempt) => {
    if (!('key' in attempt)) return attempt;
    const outcome = outcomes[keyed.indexOf(attempt)] ?? {
      status: 'error',
      code: 'network',
      message: 'No answer.',
    };
    return { source: attempt.source, key: attempt.key, outcome };
  });
}

/**
 * Checks against every source. A custom source whose bucket disagrees with its stored source.json (the
 * publisher appended a breach or changed line counts) has its source.json read again, and is checked once
 * more with a fresh bucket, when the re-read changed only what may change without asking (breaches,
 * counts): a change to how keys are made waits for the person (refresh-sources.ts), and the ledger
 * refuses a second prefix of this identifier to any source whatever happens. `made`: keys the caller
 * already has for some of these sources (used for the first check only).
 */
export async function checkParsed(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
  deps: CheckDeps,
  made: readonly KeyAttempt[] = [],
): Promise<SourceCheck[]> {
  const ledger = new PrefixLedger();
  const first = await checkOnce(parsed, sources, deps, ledger, {}, made);
  const suspects = new Set(
    first.flatMap((c) =>
      c.source.custom !== undefined && suggestsStaleDescriptor(c.outcome) ? [c.source.descriptor.id] : [],
    ),
  );
  if (suspects.size === 0) return first;
  const { changed, settings } = await refreshCustomSources(deps, { maxAgeMs: 0, ids: suspects });
  if (changed.size === 0) return first;
  const again = configuredSources(settings, deps.builtInSources).filter(
    (s) => changed.has(s.descriptor.id) && s.enabled && coversKind(s, parsed.kind),
  );
  const retried = await checkOnce(parsed, again, deps, ledger, { fresh: true });
  return first.map((c) => retried.find((r) => r.source.descriptor.id === c.source.descriptor.id) ?? c);
}
