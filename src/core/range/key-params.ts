import type { IdentifierKind } from '../identifiers/types.ts';
import type { SourceDescriptor } from './types.ts';

/**
 * Everything about a source that changes the hash or the prefix of a kind, in one comparable string.
 * Undefined when the source has no buckets for the kind.
 */
export function keyParamsOf(source: SourceDescriptor, kind: IdentifierKind): string | undefined {
  // A whole-list key has no prefix; it depends only on the key (the list's contents may change freely).
  const isList = source.layout === 'list';
  const bits = isList
    ? source.lists?.[kind] === undefined
      ? undefined
      : 'list'
    : source.buckets[kind]?.prefixBits;
  if (bits === undefined) return undefined;
  const { hash } = source;
  const hashPart =
    hash.algorithm === 'pbkdf2-sha256'
      ? `${hash.algorithm}:${hash.iterations}:${hash.salt}`
      : hash.algorithm === 'oprf'
        ? `${hash.algorithm}:${hash.suite}:${hash.keyId}`
        : hash.algorithm;
  return `${source.scheme}/${hashPart}/${bits}`;
}
