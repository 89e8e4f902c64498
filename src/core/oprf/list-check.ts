import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import { keyParamsOf } from '../range/key-params.ts';
import type { BreachRef, CheckOutcome, RangeKey, SourceDescriptor } from '../range/types.ts';
import { assertValidIdentifier } from './call-context.ts';
import { evaluateIdentifier, type OprfCallContext } from './evaluate-identifier.ts';
import { lookupList, unsealBreaches, type ParsedList } from './list-file.ts';
import { LIST_KEY_PREFIX, listKeyFromSuffix } from './list-keys.ts';
import { oprfListParams, type OprfListParams } from './list-source.ts';
import { rangeKeyFromOutput } from './range-key-from-output.ts';

/** Makes the storable key for a list source with one evaluation: the tag and seal key, no prefix. */
export async function listRangeKey(
  ctx: OprfCallContext,
  id: ParsedIdentifier,
  source: SourceDescriptor,
): Promise<RangeKey> {
  assertValidIdentifier(id);
  const params = oprfListParams(id.kind, source);
  const keyParams = keyParamsOf(source, id.kind);
  if (keyParams === undefined) throw new CheckFailure('unsupported', 'it has no list for this kind');
  return rangeKeyFromOutput(source, id, keyParams, await evaluateIdentifier(ctx, params, id));
}

/** The list params for a stored key, refusing a key made for another source, kind or key. */
export function listParamsForKey(key: RangeKey, source: SourceDescriptor): OprfListParams {
  if (key.sourceId !== source.id || key.scheme !== source.scheme) {
    throw new CheckFailure('unsupported', 'the saved check was made for a different source');
  }
  const params = oprfListParams(key.kind, source);
  if (key.params !== keyParamsOf(source, key.kind)) {
    throw new CheckFailure(
      'unsupported',
      'the source has changed how it hashes identifiers since this check was saved; enter the identifier again',
    );
  }
  if (key.prefix !== LIST_KEY_PREFIX || listKeyFromSuffix(key.suffix) === undefined) {
    throw new CheckFailure('unsupported', 'the saved check is damaged; enter the identifier again');
  }
  return params;
}

/**
 * The comparison on the device. No entry with our fingerprint is "not found"; one entry unseals to the
 * breaches it is in; an entry that unseals to nothing, or two entries with our fingerprint, mean the
 * list was not built for us, which is an error rather than a guess.
 */
export function outcomeFromList(list: ParsedList, suffix: string, source: SourceDescriptor): CheckOutcome {
  const key = listKeyFromSuffix(suffix);
  if (key === undefined) throw new CheckFailure('unsupported', 'the saved check is damaged');
  const matches = lookupList(list, key.tag);
  if (matches.length === 0) return { status: 'not-found' };
  const [sealed] = matches;
  const indexes = sealed === undefined ? [] : unsealBreaches(sealed, key.seal, list.shape.sealBits);
  if (matches.length > 1 || indexes.length === 0) {
    throw new CheckFailure('malformed', 'a matching list entry names no breach this source lists');
  }
  const breaches = indexes.map((i) => source.breaches[i]).filter((b): b is BreachRef => b !== undefined);
  if (breaches.length !== indexes.length) {
    throw new CheckFailure('malformed', 'a matching list entry names a breach the source does not list');
  }
  return { status: 'found', count: breaches.length, breaches };
}
