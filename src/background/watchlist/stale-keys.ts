import type { ResultOutcome } from '../../contracts/index.ts';
import { keyParamsOf, type RangeKey, type SourceDescriptor } from '../../core/index.ts';

/**
 * False when the source now hashes identifiers differently (salt, work factor, prefix length, scheme or
 * key) than when the key was made. Such a key can never match again, so checking it would read as a
 * silent "not found"; the person has to enter the identifier again instead.
 */
export function keyFitsSource(key: RangeKey, source: SourceDescriptor): boolean {
  return key.scheme === source.scheme && key.params === keyParamsOf(source, key.kind);
}

export function reentryMessage(sourceName: string): string {
  return `Re-enter the identifier to keep watching it against ${sourceName}: the source changed how it hashes identifiers, so the saved check no longer fits. Nothing was sent.`;
}

/** The outcome recorded for a stale key; not transient, so monitoring does not back off over it. */
export function reentryOutcome(sourceName: string): ResultOutcome {
  return { status: 'error', code: 'unsupported', message: reentryMessage(sourceName) };
}
