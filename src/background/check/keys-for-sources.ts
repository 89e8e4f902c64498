import type { ResultOutcome } from '../../contracts/index.ts';
import {
  computeRangeKey,
  UnsupportedCheckError,
  type ParsedIdentifier,
  type RangeKey,
} from '../../core/index.ts';
import type { ConfiguredSource } from '../sources/configured-sources.ts';

export type KeyAttempt =
  { source: ConfiguredSource; key: RangeKey } | { source: ConfiguredSource; outcome: ResultOutcome };

/** Hashes the identifier once per source; a source that cannot take it gets an `unsupported` outcome. */
export async function keysForSources(
  parsed: ParsedIdentifier,
  sources: readonly ConfiguredSource[],
): Promise<KeyAttempt[]> {
  return Promise.all(
    sources.map(async (source): Promise<KeyAttempt> => {
      try {
        return { source, key: await computeRangeKey(parsed, source.descriptor) };
      } catch (error) {
        const message =
          error instanceof UnsupportedCheckError
            ? error.message
            : 'The identifier could not be hashed for this source.';
        return { source, outcome: { status: 'error', code: 'unsupported', message } };
      }
    }),
  );
}
