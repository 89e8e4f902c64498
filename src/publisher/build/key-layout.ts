/**
 * How a full hash is cut into the part a bucket file is named after (the prefix) and the part
 * written in it (the suffix), and how both are packed into a fixed-size binary sort key.
 *
 * The key keeps the prefix bits and the suffix nibbles and zeroes everything else (the bits a
 * non-nibble prefix drops, and the hash tail), so byte order of keys is exactly the order of
 * (bucket, suffix) and two hashes that look identical on the wire get identical keys.
 */
export interface KeyLayout {
  prefixBits: number;
  /** Hex characters the prefix takes in the URL. */
  prefixNibbles: number;
  /** Hex characters of the suffix written in bucket files. */
  suffixNibbles: number;
  /** Bytes of the packed key, a multiple of 4. */
  keyBytes: number;
  /** Leading bits used to spread keys over spill partitions (never more than the prefix). */
  partitionBits: number;
}

export function keyLayout(prefixBits: number, suffixNibbles: number): KeyLayout {
  const prefixNibbles = Math.ceil(prefixBits / 4);
  const usedBytes = Math.ceil((prefixNibbles + suffixNibbles) / 2);
  return {
    prefixBits,
    prefixNibbles,
    suffixNibbles,
    keyBytes: Math.ceil(usedBytes / 4) * 4,
    partitionBits: Math.min(8, prefixBits),
  };
}

function clearBit(out: Uint8Array, offset: number, bit: number): void {
  const at = offset + (bit >> 3);
  out[at] = (out[at] as number) & ~(0x80 >> (bit & 7));
}

/** Packs the sort key of `hash` into `out` at `offset` (layout.keyBytes bytes). */
export function writeKey(hash: Uint8Array, layout: KeyLayout, out: Uint8Array, offset: number): void {
  const endBit = (layout.prefixNibbles + layout.suffixNibbles) * 4;
  for (let i = 0; i < layout.keyBytes; i++) out[offset + i] = i * 8 < endBit ? (hash[i] ?? 0) : 0;
  for (let bit = layout.prefixBits; bit < layout.prefixNibbles * 4; bit++) clearBit(out, offset, bit);
  for (let bit = endBit; bit < Math.ceil(endBit / 8) * 8; bit++) clearBit(out, offset, bit);
}

/** Bucket number of a key, from its first 32-bit big-endian word. */
export const bucketOfWord = (word0: number, prefixBits: number): number => word0 >>> (32 - prefixBits);

/** The URL prefix of a bucket: upper-case hex, bits beyond the prefix zero. */
export function prefixOfBucket(bucket: number, layout: KeyLayout): string {
  const shifted = bucket * 2 ** (layout.prefixNibbles * 4 - layout.prefixBits);
  return shifted.toString(16).toUpperCase().padStart(layout.prefixNibbles, '0');
}

/** The suffix (upper-case hex) a packed key stands for. */
export function suffixOfKey(keys: Buffer, offset: number, layout: KeyLayout): string {
  const hex = keys.toString('hex', offset, offset + layout.keyBytes).toUpperCase();
  return hex.slice(layout.prefixNibbles, layout.prefixNibbles + layout.suffixNibbles);
}
