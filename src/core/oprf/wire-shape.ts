import { IDENTIFIER_KINDS, type IdentifierKind } from '../identifiers/types.ts';

export type WireResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Exactly these keys, no more: an unknown field means a client or server we do not understand. */
function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

/**
 * What a single and a batched evaluation request share: exactly keyId, kind and blinded, a well-formed
 * key id and a known kind. `body` gives the caller `blinded` to decode its own way. Reasons echo no input.
 */
export function parseRequestHead(
  json: unknown,
): WireResult<{ keyId: string; kind: IdentifierKind; body: Record<string, unknown> }> {
  if (!hasExactKeys(json, ['keyId', 'kind', 'blinded'])) {
    return { ok: false, reason: 'expected an object with exactly keyId, kind and blinded' };
  }
  const { keyId, kind } = json;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) return { ok: false, reason: 'keyId is not a key id' };
  if (typeof kind !== 'string' || !(IDENTIFIER_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, reason: 'kind is not a known identifier kind' };
  }
  return { ok: true, value: { keyId, kind: kind as IdentifierKind, body: json } };
}

/** What a single and a batched evaluation answer share: exactly keyId, evaluated and proof, a well-formed key id. */
export function parseResponseHead(
  json: unknown,
): WireResult<{ keyId: string; body: Record<string, unknown> }> {
  if (!hasExactKeys(json, ['keyId', 'evaluated', 'proof'])) {
    return { ok: false, reason: 'the evaluation answer does not have exactly keyId, evaluated and proof' };
  }
  const { keyId } = json;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId))
    return { ok: false, reason: 'the key id is malformed' };
  return { ok: true, value: { keyId, body: json } };
}
