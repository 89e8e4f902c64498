import { toHex } from '../range/hex.ts';
import { OPRF_OUTPUT_BYTES, OPRF_TAG_HEX_LENGTH } from './constants.ts';

/** Hex characters of a breach bitmap for `breachCount` breaches (bit i = breaches[i]). */
export const bitmapHexLength = (breachCount: number): number => Math.max(1, Math.ceil(breachCount / 4));

/**
 * What one OPRF output means in a bucket: the tag that identifies the line and the mask that seals its
 * breach bitmap. Both come from disjoint halves of the 64-byte output, so a line is pseudorandom to
 * anyone without the key and padding lines (random bytes) look exactly like real ones.
 */
export interface LineKey {
  /** OPRF_TAG_HEX_LENGTH upper-case hex characters from output bytes 0–11. */
  tag: string;
  /** Upper-case hex from output bytes 32–63, cut to the bitmap length. */
  mask: string;
}

// Byte 32 of the output, in hex characters.
const MASK_HEX_OFFSET = 64;

export function lineKeyFromOutput(output: Uint8Array, breachCount: number): LineKey {
  if (output.length !== OPRF_OUTPUT_BYTES) throw new Error(`OPRF output must be ${OPRF_OUTPUT_BYTES} bytes`);
  const hex = toHex(output);
  return {
    tag: hex.slice(0, OPRF_TAG_HEX_LENGTH),
    mask: hex.slice(MASK_HEX_OFFSET, MASK_HEX_OFFSET + bitmapHexLength(breachCount)),
  };
}

/** Nibble-wise XOR of two upper-case hex strings of equal length: seals and unseals bitmaps. */
export function xorHex(a: string, b: string): string {
  if (a.length !== b.length) throw new Error('xorHex needs strings of equal length');
  let out = '';
  for (let i = 0; i < a.length; i++) {
    out += (parseInt(a.charAt(i), 16) ^ parseInt(b.charAt(i), 16)).toString(16);
  }
  return out.toUpperCase();
}

/** Big-endian hex bitmap with bit i set for every index in `indexes`. */
export function bitmapFromIndexes(indexes: Iterable<number>, breachCount: number): string {
  const nibbles = Array.from({ length: bitmapHexLength(breachCount) }, () => 0);
  for (const i of indexes) {
    if (!Number.isInteger(i) || i < 0 || i >= breachCount) throw new Error(`breach index ${i} out of range`);
    const pos = nibbles.length - 1 - Math.floor(i / 4);
    nibbles[pos] = (nibbles[pos] ?? 0) | (1 << (i % 4));
  }
  return nibbles
    .map((n) => n.toString(16))
    .join('')
    .toUpperCase();
}

/**
 * Breach indexes of an unsealed bitmap, ascending; `undefined` when a bit names no breach (which means
 * the line was not ours or not built for this descriptor).
 */
export function indexesFromBitmap(bitmap: string, breachCount: number): number[] | undefined {
  const found: number[] = [];
  for (let pos = 0; pos < bitmap.length; pos++) {
    const nibble = parseInt(bitmap.charAt(bitmap.length - 1 - pos), 16);
    for (let bit = 0; bit < 4; bit++) {
      if ((nibble & (1 << bit)) === 0) continue;
      const index = pos * 4 + bit;
      if (index >= breachCount) return undefined;
      found.push(index);
    }
  }
  return found;
}

/** Length of an xc-oprf-v1 RangeKey suffix: the tag, then the mask for `breachCount` breaches. */
export const oprfSuffixLength = (breachCount: number): number =>
  OPRF_TAG_HEX_LENGTH + bitmapHexLength(breachCount);

/** Splits an xc-oprf-v1 RangeKey suffix into the tag searched for and the mask that unseals its line. */
export function splitOprfSuffix(suffix: string): LineKey {
  return { tag: suffix.slice(0, OPRF_TAG_HEX_LENGTH), mask: suffix.slice(OPRF_TAG_HEX_LENGTH) };
}
