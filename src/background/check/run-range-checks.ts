import type { ResultOutcome } from '../../contracts/index.ts';
import type { RangeKey, SourceDescriptor } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import type { CheckManyOptions } from '../range-adapter.ts';
import { originsOf, type ConfiguredSource } from '../sources/configured-sources.ts';
import { permissionMissing } from './permission-missing.ts';
import { secondPrefixOutcome, type PrefixLedger } from './prefix-ledger.ts';

export interface KeyedCheck {
  source: ConfiguredSource;
  key: RangeKey;
  /** Which identifier of the check the key belongs to (an index); 0 when the check has one identifier. */
  identifier?: number;
}

export interface RangeCheckOptions extends CheckManyOptions {
  /** Shared by every round of one check, so no source ever gets two prefixes of one identifier. */
  ledger: PrefixLedger;
}

/**
 * Checks keys against their sources in one batch (the range client fetches each prefix once). Custom
 * sources whose host permission is missing are not contacted at all and get `permission-missing`; a key
 * whose prefix differs from one the source was already sent for the same identifier in this check is
 * not sent either.
 */
export async function runRangeChecks(
  checks: readonly KeyedCheck[],
  deps: Pick<BackgroundDeps, 'rangeClient' | 'hostPermissions'>,
  { ledger, ...options }: RangeCheckOptions,
): Promise<ResultOutcome[]> {
  const permitted = await Promise.all(checks.map((c) => deps.hostPermissions.has(originsOf(c.source))));
  // Only a source that may be contacted is entered in the ledger: a refused one was sent nothing.
  const allowed = checks.map(
    (c, i) => permitted[i] === true && ledger.admit(c.identifier ?? 0, c.source.descriptor.id, c.key.prefix),
  );
  const sendable = checks.filter((_, i) => allowed[i]);
  const sourcesById = new Map<string, SourceDescriptor>(
    sendable.map((c) => [c.source.descriptor.id, c.source.descriptor]),
  );
  const answers =
    sendable.length === 0
      ? []
      : await deps.rangeClient.checkMany(
          sendable.map((c) => c.key),
          sourcesById,
          options,
        );
  let next = 0;
  return checks.map((check, i): ResultOutcome => {
    if (permitted[i] !== true) return permissionMissing(check.source);
    if (!allowed[i]) return secondPrefixOutcome(check.source.descriptor.name);
    return answers[next++] ?? { status: 'error', code: 'network', message: 'No answer was received.' };
  });
}
