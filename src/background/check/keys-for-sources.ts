import type { ResultOutcome } from '../../contracts/index.ts';
import {
  CheckFailure,
  computeRangeKey,
  UnsupportedCheckError,
  type ParsedIdentifier,
  type RangeKey,
} from '../../core/index.ts';
import type { BackgroundDeps } from '../background-deps.ts';
import { originsOf, type ConfiguredSource } from '../sources/configured-sources.ts';
import { awaitingConfirmationOutcome, awaitsConfirmation } from '../sources/pending-change.ts';
import { permissionMissing } from './permission-missing.ts';

export type KeyAttempt =
  { source: ConfiguredSource; key: RangeKey } | { source: ConfiguredSource; outcome: ResultOutcome };

function failed(source: ConfiguredSource, error: unknown): KeyAttempt {
  if (error instanceof UnsupportedCheckError) {
    return { source, outcome: { status: 'error', code: 'unsupported', message: error.message } };
  }
  if (error instanceof CheckFailure) {
    const outcome: ResultOutcome = {
      status: 'error',
      code: error.code,
      message: `${source.descriptor.name} could not prepare the check (${error.detail}). Nothing was concluded.`,
    };
    if (error.retryAfterSeconds !== undefined) outcome.retryAfterSeconds = error.retryAfterSeconds;
    return { source, outcome };
  }
  const message = `The identifier could not be prepared for ${source.descriptor.name}. Nothing was sent.`;
  return { source, outcome: { status: 'error', code: 'unsupported', message } };
}

/**
 * Makes the key for one source. Hash schemes work offline; an xc-oprf-v1 key takes one evaluation by
 * the source's key holder, so that source's hosts must be allowed first.
 */
async function keyFor(
  parsed: ParsedIdentifier,
  source: ConfiguredSource,
  deps: Pick<BackgroundDeps, 'hostPermissions' | 'oprfKey'>,
): Promise<KeyAttempt> {
  if (awaitsConfirmation(source)) {
    return { source, outcome: awaitingConfirmationOutcome(source.descriptor.name) };
  }
  try {
    if (source.descriptor.scheme !== 'xc-oprf-v1') {
      return { source, key: await computeRangeKey(parsed, source.descriptor) };
    }
    if (!(await deps.hostPermissions.has(originsOf(source)))) {
      return { source, outcome: permissionMissing(source) };
    }
    return { source, key: await deps.oprfKey(parsed, source.descriptor) };
  } catch (error) {
    return failed(source, error);
  }
}

/** One key per source; a source that cannot take the identifier gets an error outcome instead. */
export function keysForSources(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
  deps: Pick<BackgroundDeps, 'hostPermissions' | 'oprfKey'>,
): Promise<KeyAttempt[]> {
  return Promise.all(sources.map((source) => keyFor(parsed, source, deps)));
}
