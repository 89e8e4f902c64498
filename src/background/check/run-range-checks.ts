import type { ResultOutcome } from '../../contracts/index.ts';
import type { RangeKey, SourceDescriptor } from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import type { CheckManyOptions } from '../range-adapter.ts';
import { originsOf, type ConfiguredSource } from '../sources/configured-sources.ts';
import { permissionMissing } from './permission-missing.ts';

export interface KeyedCheck {
  source: ConfiguredSource;
  key: RangeKey;
}

/**
 * Checks keys against their sources in one batch (the range client fetches each prefix once). Custom
 * sources whose host permission is missing are not contacted at all and get `permission-missing`.
 */
export async function runRangeChecks(
  checks: readonly KeyedCheck[],
  deps: Pick<BackgroundDeps, 'rangeClient' | 'hostPermissions'>,
  options: CheckManyOptions = {},
): Promise<ResultOutcome[]> {
  const allowed = await Promise.all(checks.map((c) => deps.hostPermissions.has(originsOf(c.source))));
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
    if (!allowed[i]) return permissionMissing(check.source);
    return answers[next++] ?? { status: 'error', code: 'network', message: 'No answer was received.' };
  });
}
