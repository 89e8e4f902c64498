import { KIND_SPECS } from '../identifiers/registry.ts';
import type { IdentifierKind } from '../identifiers/types.ts';

/** Every prefix must stand for at least this many plausible identifiers of its kind. */
export const MIN_ANONYMITY_SET = 10_000;
export const MIN_PREFIX_BITS = 4;
export const MAX_PREFIX_BITS = 20;

/** The longest prefix (in bits) that still leaves MIN_ANONYMITY_SET plausible values per bucket. */
export function maxPrefixBits(kind: IdentifierKind): number {
  const bits = Math.floor(Math.log2(KIND_SPECS[kind].validSpace / MIN_ANONYMITY_SET));
  return Math.max(MIN_PREFIX_BITS, Math.min(MAX_PREFIX_BITS, bits));
}

/** Publishers use the longest safe prefix: the smallest buckets that keep the anonymity set. */
export const recommendedPrefixBits = maxPrefixBits;

/** Plausible identifiers that share one prefix of `bits` bits. */
export function anonymitySet(kind: IdentifierKind, bits: number): number {
  return KIND_SPECS[kind].validSpace / 2 ** bits;
}

/** Upper-case hex of the first `bits` bits of `hexHash`, padded to whole nibbles with zero bits. */
export function prefixOf(hexHash: string, bits: number): string {
  const nibbles = Math.ceil(bits / 4);
  const head = hexHash.slice(0, nibbles).toUpperCase();
  const spare = nibbles * 4 - bits;
  if (spare === 0) return head;
  const last = parseInt(head.slice(-1), 16) & ~((1 << spare) - 1) & 0xf;
  return head.slice(0, -1) + last.toString(16).toUpperCase();
}

/** Number of hex characters a prefix of `bits` bits takes in the URL. */
export const prefixHexLength = (bits: number): number => Math.ceil(bits / 4);
