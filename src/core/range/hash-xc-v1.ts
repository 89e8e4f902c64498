import type { IdentifierKind } from '../identifiers/types.ts';
import { base64UrlToBytes, toHex } from './hex.ts';
import { prefixHexLength, prefixOf } from './prefix.ts';

export const XC_V1_SUFFIX_LENGTH = 24;
export const XC_V1_MIN_ITERATIONS = 1_000;
export const XC_V1_MAX_ITERATIONS = 10_000_000;
export const XC_V1_DEFAULT_ITERATIONS = 20_000;

export interface XcV1Params {
  kind: IdentifierKind;
  canonical: string;
  /** base64url salt from the source descriptor. */
  salt: string;
  iterations: number;
}

/** Domain-separated input: the scheme and kind are hashed in, so kinds and versions never collide. */
export function xcV1Input(kind: IdentifierKind, canonical: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`xc-v1\u0000${kind}\u0000${canonical}`);
}

/** The full 256-bit xc-v1 hash as 64 upper-case hex characters (PBKDF2-HMAC-SHA256). */
export async function xcV1Hash(params: XcV1Params): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    xcV1Input(params.kind, params.canonical),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64UrlToBytes(params.salt), iterations: params.iterations },
    key,
    256,
  );
  return toHex(bits);
}

/** Splits a full xc-v1 hash into the URL prefix and the suffix searched for in the bucket. */
export function xcV1Split(hexHash: string, prefixBits: number): { prefix: string; suffix: string } {
  const start = prefixHexLength(prefixBits);
  return { prefix: prefixOf(hexHash, prefixBits), suffix: hexHash.slice(start, start + XC_V1_SUFFIX_LENGTH) };
}
