import {
  OPRF_LIST_MAX_FALSE_MATCH,
  OPRF_LIST_MIN_ENTRIES,
  OPRF_LIST_PADDING_STEPS,
  OPRF_LIST_HEADER_BYTES,
  OPRF_LIST_TAG_BYTES,
} from './list-constants.ts';

/**
 * How a list of `entries` fingerprints is laid out (a static Elias–Fano-style set): the top
 * `bucketBits` of a fingerprint pick one of 2^bucketBits slots whose sizes are written in unary, and
 * the next `remainderBits` are stored per entry next to its `sealBits` sealed breach bits.
 */
export interface ListShape {
  entries: number;
  bucketBits: number;
  remainderBits: number;
  sealBits: number;
}

/** Padded entry count: real entries rounded up to a step of 1/16 of the power of two below them. */
export function paddedEntries(real: number): number {
  const n = Math.max(real, OPRF_LIST_MIN_ENTRIES);
  const step = Math.max(1, 2 ** Math.floor(Math.log2(n)) / OPRF_LIST_PADDING_STEPS);
  return Math.ceil(n / step) * step;
}

/**
 * Fingerprint bits for `entries`: the smallest width with entries / 2^width ≤ the false-match target,
 * plus `extraBits` (a build adds one when two listed identifiers share a fingerprint).
 */
export function listShape(entries: number, sealBits: number, extraBits = 0): ListShape {
  const bucketBits = Math.max(0, Math.floor(Math.log2(entries)));
  const fingerprintBits = Math.ceil(Math.log2(entries / OPRF_LIST_MAX_FALSE_MATCH)) + extraBits;
  const remainderBits = fingerprintBits - bucketBits;
  if (fingerprintBits > OPRF_LIST_TAG_BYTES * 8) throw new RangeError('the list is too large for its tags');
  return { entries, bucketBits, remainderBits, sealBits };
}

/** The exact size of a list file of this shape. */
export function listBytes(shape: ListShape): number {
  const unaryBits = shape.entries + 2 ** shape.bucketBits;
  const entryBits = shape.entries * (shape.remainderBits + shape.sealBits);
  return OPRF_LIST_HEADER_BYTES + Math.ceil(unaryBits / 8) + Math.ceil(entryBits / 8);
}

/** The probability that an unlisted identifier matches an entry of this list. */
export const falseMatchRate = (shape: ListShape): number =>
  shape.entries / 2 ** (shape.bucketBits + shape.remainderBits);

/** The first OPRF_LIST_TAG_BYTES bytes of a tag as one unsigned integer, most significant first. */
export function tagBits(tag: Uint8Array): bigint {
  let bits = 0n;
  for (const byte of tag.subarray(0, OPRF_LIST_TAG_BYTES)) bits = (bits << 8n) | BigInt(byte);
  return bits;
}

/** Slot and remainder of a tag for this shape. */
export function fingerprintOf(tag: Uint8Array, shape: ListShape): { slot: number; remainder: number } {
  return fingerprintOfBits(tagBits(tag), shape);
}

/** A tag's whole fingerprint for this shape: the leading bucketBits + remainderBits bits of `tagBits`. */
export const fingerprintBits = (bits: bigint, shape: ListShape): bigint =>
  bits >> BigInt(OPRF_LIST_TAG_BYTES * 8 - shape.bucketBits - shape.remainderBits);

/** Slot and remainder of a tag given as `tagBits` for this shape. */
export function fingerprintOfBits(bits: bigint, shape: ListShape): { slot: number; remainder: number } {
  const fingerprint = fingerprintBits(bits, shape);
  const remainderBits = BigInt(shape.remainderBits);
  return {
    slot: Number(fingerprint >> remainderBits),
    remainder: Number(fingerprint & ((1n << remainderBits) - 1n)),
  };
}
