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

/**
 * What a re-read of a source.json may not change without the person's confirmation: anything a key is
 * made from (scheme, salt, work factor, prefix length, OPRF key), where keys are sent (range and
 * evaluation addresses), and new kinds (identifiers of a kind the person never agreed to send there).
 * Breaches, line counts, dates and names are not here: a publisher appends those routinely.
 */
export const KEY_CHANGES = [
  'scheme',
  'salt',
  'iterations',
  'prefix-bits',
  'key',
  'evaluate-url',
  'range-url',
  'kinds',
] as const;
export type KeyChange = (typeof KEY_CHANGES)[number];

/** The key-relevant differences between the descriptor in use and a newly read one; empty when none. */
export function keyChangesBetween(current: SourceDescriptor, next: SourceDescriptor): KeyChange[] {
  const changes = new Set<KeyChange>();
  const a = current.hash;
  const b = next.hash;
  if (current.scheme !== next.scheme || a.algorithm !== b.algorithm) changes.add('scheme');
  if (a.algorithm === 'pbkdf2-sha256' && b.algorithm === 'pbkdf2-sha256') {
    if (a.salt !== b.salt) changes.add('salt');
    if (a.iterations !== b.iterations) changes.add('iterations');
  }
  if (a.algorithm === 'oprf' && b.algorithm === 'oprf') {
    if (a.suite !== b.suite || a.keyId !== b.keyId || a.publicKey !== b.publicKey) changes.add('key');
    if (a.evaluateUrl !== b.evaluateUrl) changes.add('evaluate-url');
  }
  if (current.rangeUrl !== next.rangeUrl) changes.add('range-url');
  for (const kind of next.kinds) {
    if (!current.kinds.includes(kind)) changes.add('kinds');
    else if (current.buckets[kind]?.prefixBits !== next.buckets[kind]?.prefixBits) changes.add('prefix-bits');
  }
  return KEY_CHANGES.filter((c) => changes.has(c));
}
