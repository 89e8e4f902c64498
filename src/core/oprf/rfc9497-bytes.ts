import { OPRF_SUITE } from './constants.ts';

// Byte-level pieces of RFC 9497 (POPRF mode, ristretto255-SHA512) and RFC 9380's expand_message_xmd,
// written once so every group backend frames its transcripts identically.

const utf8 = new TextEncoder();

/** "OPRFV1-" || I2OSP(0x02, 1) || "-" || suite: the POPRF context string. */
export const POPRF_CONTEXT = concatBytes(
  utf8.encode('OPRFV1-'),
  Uint8Array.of(0x02),
  utf8.encode(`-${OPRF_SUITE}`),
);

export const DST_HASH_TO_GROUP = concatBytes(utf8.encode('HashToGroup-'), POPRF_CONTEXT);
export const DST_HASH_TO_SCALAR = concatBytes(utf8.encode('HashToScalar-'), POPRF_CONTEXT);
export const DST_SEED = concatBytes(utf8.encode('Seed-'), POPRF_CONTEXT);

export const LABEL_INFO = utf8.encode('Info');
export const LABEL_COMPOSITE = utf8.encode('Composite');
export const LABEL_CHALLENGE = utf8.encode('Challenge');
export const LABEL_FINALIZE = utf8.encode('Finalize');

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** I2OSP(n, 2). */
export function u16(n: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff) throw new RangeError('length does not fit in two bytes');
  return Uint8Array.of(n >> 8, n & 0xff);
}

/** I2OSP(len(x), 2) || x. */
export const lengthPrefixed = (x: Uint8Array): Uint8Array<ArrayBuffer> => concatBytes(u16(x.length), x);

// SHA-512 reads 128-byte blocks: Z_pad of RFC 9380.
const Z_PAD = new Uint8Array(128);
// I2OSP(64, 2) || I2OSP(0, 1): 64 output bytes, then the first counter.
const LEN_64_AND_ZERO = Uint8Array.of(0, 64, 0);

/**
 * expand_message_xmd(SHA-512, msg, dst, 64): with 64 output bytes ell = 1, so it is two SHA-512 calls.
 * `dstPrime` is DST || I2OSP(len(DST), 1) (see `dstPrime`), computed once per DST.
 */
export function expandXmd64(
  sha512: (d: Uint8Array) => Uint8Array,
  msg: Uint8Array,
  primedDst: Uint8Array,
): Uint8Array {
  const b0 = sha512(concatBytes(Z_PAD, msg, LEN_64_AND_ZERO, primedDst));
  return sha512(concatBytes(b0, Uint8Array.of(1), primedDst));
}

export function dstPrime(dst: Uint8Array): Uint8Array<ArrayBuffer> {
  if (dst.length > 255) throw new RangeError('a DST longer than 255 bytes must be hashed first');
  return concatBytes(dst, Uint8Array.of(dst.length));
}
