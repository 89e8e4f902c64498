import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { IdentifierKind } from '../identifiers/types.ts';
import { toHex } from '../range/hex.ts';
import { OPRF_OUTPUT_BYTES, OPRF_SCHEME } from './constants.ts';
import { OPRF_LIST_BINDING_BYTES, OPRF_LIST_SEAL_BYTES, OPRF_LIST_TAG_BYTES } from './list-constants.ts';

const utf8 = new TextEncoder();
const TAG_LABEL = utf8.encode(`${OPRF_SCHEME} list tag`);
const SEAL_LABEL = utf8.encode(`${OPRF_SCHEME} list seal`);

/** What one PRF output means in a list: where it is looked up, and the key that opens its breach bits. */
export interface ListKey {
  /** OPRF_LIST_TAG_BYTES bytes; the list stores only their leading fingerprint bits. */
  tag: Uint8Array;
  /** OPRF_LIST_SEAL_BYTES bytes; bit i (most significant first) masks breach i. */
  seal: Uint8Array;
}

/**
 * Derives the list tag and the seal key from the 64-byte POPRF output with HMAC-SHA-256 under two
 * different labels, so neither says anything about the other and neither is a bucket-layout tag.
 */
export function listKeyFromOutput(output: Uint8Array): ListKey {
  if (output.length !== OPRF_OUTPUT_BYTES) throw new Error(`OPRF output must be ${OPRF_OUTPUT_BYTES} bytes`);
  return {
    tag: hmac(sha256, output, TAG_LABEL).slice(0, OPRF_LIST_TAG_BYTES),
    seal: hmac(sha256, output, SEAL_LABEL).slice(0, OPRF_LIST_SEAL_BYTES),
  };
}

/** Hex characters of a stored list key: the tag, then the seal key. */
export const OPRF_LIST_SUFFIX_LENGTH = (OPRF_LIST_TAG_BYTES + OPRF_LIST_SEAL_BYTES) * 2;

/** The RangeKey suffix of a list key (upper-case hex): it stays on the device. */
/** A list key has no prefix: nothing identifier-dependent goes into any request but the blinded POST. */
export const LIST_KEY_PREFIX = '';

export const listSuffixOf = (key: ListKey): string => toHex(key.tag) + toHex(key.seal);

/** Splits a stored suffix back into tag and seal; undefined when it is not one. */
export function listKeyFromSuffix(suffix: string): ListKey | undefined {
  if (!new RegExp(`^[0-9A-F]{${OPRF_LIST_SUFFIX_LENGTH}}$`).test(suffix)) return undefined;
  const bytes = Uint8Array.from(suffix.match(/../g) ?? [], (h) => parseInt(h, 16));
  return { tag: bytes.slice(0, OPRF_LIST_TAG_BYTES), seal: bytes.slice(OPRF_LIST_TAG_BYTES) };
}

/**
 * The 16 bytes every list file carries in its header: a hash of source id, kind and key id. A list
 * built for another source, another kind or with another key is refused before it is searched, so a
 * mix-up can never read as "not found".
 */
export function listBinding(sourceId: string, kind: IdentifierKind, keyId: string): Uint8Array {
  return sha256(utf8.encode(`${OPRF_SCHEME} list\u0000${sourceId}\u0000${kind}\u0000${keyId}`)).slice(
    0,
    OPRF_LIST_BINDING_BYTES,
  );
}
