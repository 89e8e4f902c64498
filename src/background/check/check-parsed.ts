import { RequestError, type ResultOutcome, type Settings } from '../../contracts/index.ts';
import type { ParsedIdentifier, RangeKey } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { configuredSources, coversKind, type ConfiguredSource } from '../sources/configured-sources.ts';
import { keysForSources } from './keys-for-sources.ts';
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

export function noSourceError(): RequestError {
  return new RequestError(
    'no-source',
    'No enabled source can check this kind of identifier yet. Add or enable one in the settings.',
  );
}

/** Hash for every source, check every key in one batch, and pair each source with its outcome. */
export async function checkParsed(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
  deps: Pick<BackgroundDeps, 'rangeClient' | 'hostPermissions' | 'oprfKey'>,
): Promise<SourceCheck[]> {
  const attempts = await keysForSources(parsed, sources, deps);
  const keyed = attempts.flatMap((a) => ('key' in a ? [a] : []));
  const outcomes = await runRangeChecks(keyed, deps);
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
