import { outcomeFromSealedLine } from '../oprf/outcome.ts';
import { splitOprfSuffix } from '../oprf/sealed-line.ts';
import type { BreachRef, CheckOutcome, SourceDescriptor } from './types.ts';

/** A range response after validation: only real (non-padding) entries, keyed by upper-case suffix. */
export type ParsedBucket =
  | { scheme: 'hibp-sha1'; counts: ReadonlyMap<string, number> }
  /** Suffix → indexes into the source's `breaches`, ascending. */
  | { scheme: 'xc-v1'; breaches: ReadonlyMap<string, readonly number[]> }
  /** xc-oprf-v1: tag → sealed bitmap, every line kept (padding cannot be told apart without the key). */
  | { scheme: 'xc-oprf-v1'; sealed: ReadonlyMap<string, string> };

/** The comparison that happens on the device: is our suffix in the bucket, and in which breaches? */
export function outcomeFromBucket(
  bucket: ParsedBucket,
  suffix: string,
  source: SourceDescriptor,
): CheckOutcome {
  if (bucket.scheme === 'hibp-sha1') {
    const count = bucket.counts.get(suffix);
    if (count === undefined) return { status: 'not-found' };
    return { status: 'found', count, breaches: [...source.breaches] };
  }
  if (bucket.scheme === 'xc-oprf-v1') {
    const { tag, mask } = splitOprfSuffix(suffix);
    return outcomeFromSealedLine(bucket.sealed.get(tag), mask, source);
  }
  const indexes = bucket.breaches.get(suffix);
  if (indexes === undefined) return { status: 'not-found' };
  const breaches = indexes.map((i) => source.breaches[i]).filter((b): b is BreachRef => b !== undefined);
  return { status: 'found', count: breaches.length, breaches };
}
