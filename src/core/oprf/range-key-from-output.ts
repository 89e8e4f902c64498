import type { ParsedIdentifier } from '../identifiers/types.ts';
import type { RangeKey, SourceDescriptor } from '../range/types.ts';
import { LIST_KEY_PREFIX, listKeyFromOutput, listSuffixOf } from './list-keys.ts';
import { isListSource } from './list-source.ts';
import { oprfPublicPrefix } from './oprf-input.ts';
import { lineKeyFromOutput } from './sealed-line.ts';

/**
 * The storable key for one evaluated identifier: for a whole-list source the tag and seal key with no
 * prefix, for a bucket source the public prefix with the line's tag and mask. The single and the
 * batched key paths both end here, so they store exactly the same thing.
 */
export async function rangeKeyFromOutput(
  source: SourceDescriptor,
  id: ParsedIdentifier,
  keyParams: string,
  output: Uint8Array,
): Promise<RangeKey> {
  const base = { sourceId: source.id, scheme: source.scheme, kind: id.kind, params: keyParams };
  if (isListSource(source)) {
    return { ...base, prefix: LIST_KEY_PREFIX, suffix: listSuffixOf(listKeyFromOutput(output)) };
  }
  const { tag, mask } = lineKeyFromOutput(output, source.breaches.length);
  const prefixBits = source.buckets[id.kind]?.prefixBits ?? 0;
  return { ...base, prefix: await oprfPublicPrefix(id.kind, id.canonical, prefixBits), suffix: tag + mask };
}
