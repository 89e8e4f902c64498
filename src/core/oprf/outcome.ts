import { CheckFailure } from '../range/errors.ts';
import type { BreachRef, CheckOutcome, SourceDescriptor } from '../range/types.ts';
import { indexesFromBitmap, xorHex } from './sealed-line.ts';

/**
 * The comparison on the device: no line with our tag is "not found"; a line with our tag unseals to the
 * breaches it is in. A matching line that unseals to nothing or to a breach the source does not list
 * means the bucket was not built for this descriptor, so it is an error rather than a guess.
 */
export function outcomeFromSealedLine(
  sealed: string | undefined,
  mask: string,
  source: SourceDescriptor,
): CheckOutcome {
  if (sealed === undefined) return { status: 'not-found' };
  const indexes = indexesFromBitmap(xorHex(sealed, mask), source.breaches.length);
  if (indexes === undefined || indexes.length === 0) {
    throw new CheckFailure('malformed', 'a matching bucket line names no breach this source lists');
  }
  const breaches = indexes.map((i) => source.breaches[i]).filter((b): b is BreachRef => b !== undefined);
  return { status: 'found', count: breaches.length, breaches };
}
