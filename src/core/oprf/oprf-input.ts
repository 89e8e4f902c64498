import type { IdentifierKind } from '../identifiers/types.ts';
import { toHex } from '../range/hex.ts';
import { prefixOf } from '../range/prefix.ts';
import { OPRF_SCHEME } from './constants.ts';

const utf8 = new TextEncoder();

/** The private OPRF input: domain-separated so a PESEL and a CPR with the same digits never meet. */
export function oprfInput(kind: IdentifierKind, canonical: string): Uint8Array<ArrayBuffer> {
  return utf8.encode(`${OPRF_SCHEME}\u0000${kind}\u0000${canonical}`);
}

/**
 * The POPRF public info: binds every output to one source and one kind, so outputs (and a leaked bucket
 * directory) of one source are useless against another even if a publisher reused its key.
 */
export function oprfInfo(sourceId: string, kind: IdentifierKind): Uint8Array<ArrayBuffer> {
  return utf8.encode(`${OPRF_SCHEME}\u0000${sourceId}\u0000${kind}`);
}

/**
 * The bucket prefix, from an unkeyed SHA-256 of the input. It is public on purpose (anyone can compute it)
 * and short enough that each prefix stands for ≥10,000 plausible identifiers. It does not include the
 * source id: two sources then see the same prefix for one person, so their logs cannot be intersected to
 * narrow the candidates further.
 */
export async function oprfPublicPrefix(
  kind: IdentifierKind,
  canonical: string,
  prefixBits: number,
): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', oprfInput(kind, canonical));
  return prefixOf(toHex(digest), prefixBits);
}
