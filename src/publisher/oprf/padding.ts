import { createHmac } from 'node:crypto';
import { OPRF_TAG_HEX_LENGTH } from '../../core/oprf/constants.ts';

/**
 * Padding lines are HMAC output under a key derived from the OPRF secret: they look exactly like sealed
 * real lines (both are pseudorandom hex), yet the build stays deterministic for a given key and input.
 */
export function paddingKey(secretKey: Uint8Array): Buffer {
  return createHmac('sha256', secretKey).update('xc-oprf-v1 padding key').digest();
}

/** Adds padding lines until `lines` are present; returns the bucket's lines sorted by tag. */
export function padBucket(
  real: ReadonlyMap<string, string>,
  lines: number,
  bitmapHexLength: number,
  seed: { key: Buffer; kind: string; prefix: string },
): string[] {
  const all = new Map(real);
  for (let counter = 0; all.size < lines; counter++) {
    const hex = createHmac('sha512', seed.key)
      .update(`${seed.kind}\0${seed.prefix}\0${counter}`)
      .digest('hex')
      .toUpperCase();
    const tag = hex.slice(0, OPRF_TAG_HEX_LENGTH);
    if (!all.has(tag)) all.set(tag, hex.slice(64, 64 + bitmapHexLength));
  }
  return [...all.keys()].toSorted().map((tag) => `${tag}:${all.get(tag) ?? ''}`);
}
