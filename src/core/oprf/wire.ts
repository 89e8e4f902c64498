import { IDENTIFIER_KINDS, type IdentifierKind } from '../identifiers/types.ts';
import { OPRF_ELEMENT_BYTES, OPRF_PROOF_BYTES } from './constants.ts';
import { bytesToBase64Url, decodeExactBase64Url } from './base64url.ts';

/** Body of `POST hash.evaluateUrl`. Holds no identifier and no prefix: only a uniformly random element. */
export interface EvaluateRequest {
  keyId: string;
  kind: IdentifierKind;
  blinded: Uint8Array;
}

/** Body of a 200 answer. */
export interface EvaluateResponse {
  keyId: string;
  evaluated: Uint8Array;
  proof: Uint8Array;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Exactly these keys, no more: an unknown field means a client or server we do not understand. */
function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

export function encodeEvaluateRequest(request: EvaluateRequest): string {
  return JSON.stringify({
    keyId: request.keyId,
    kind: request.kind,
    blinded: bytesToBase64Url(request.blinded),
  });
}

export function encodeEvaluateResponse(response: EvaluateResponse): string {
  return JSON.stringify({
    keyId: response.keyId,
    evaluated: bytesToBase64Url(response.evaluated),
    proof: bytesToBase64Url(response.proof),
  });
}

export type WireResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Server side: validates a parsed request body. `reason` is safe to send back (it echoes no input). */
export function parseEvaluateRequest(json: unknown): WireResult<EvaluateRequest> {
  if (!hasExactKeys(json, ['keyId', 'kind', 'blinded'])) {
    return { ok: false, reason: 'expected an object with exactly keyId, kind and blinded' };
  }
  const { keyId, kind, blinded } = json;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) return { ok: false, reason: 'keyId is not a key id' };
  if (typeof kind !== 'string' || !(IDENTIFIER_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, reason: 'kind is not a known identifier kind' };
  }
  const bytes = decodeExactBase64Url(blinded, OPRF_ELEMENT_BYTES);
  if (bytes === undefined) return { ok: false, reason: 'blinded must be 32 bytes in canonical base64url' };
  return { ok: true, value: { keyId, kind: kind as IdentifierKind, blinded: bytes } };
}

/** Client side: validates a parsed response body. Group-element validity is checked when finalizing. */
export function parseEvaluateResponse(json: unknown): WireResult<EvaluateResponse> {
  if (!hasExactKeys(json, ['keyId', 'evaluated', 'proof'])) {
    return { ok: false, reason: 'the evaluation answer does not have exactly keyId, evaluated and proof' };
  }
  const { keyId } = json;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId))
    return { ok: false, reason: 'the key id is malformed' };
  const evaluated = decodeExactBase64Url(json['evaluated'], OPRF_ELEMENT_BYTES);
  if (evaluated === undefined)
    return { ok: false, reason: 'the evaluated element has the wrong encoding or size' };
  const proof = decodeExactBase64Url(json['proof'], OPRF_PROOF_BYTES);
  if (proof === undefined) return { ok: false, reason: 'the proof has the wrong encoding or size' };
  return { ok: true, value: { keyId, evaluated, proof } };
}
