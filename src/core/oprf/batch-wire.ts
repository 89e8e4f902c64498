import { IDENTIFIER_KINDS, type IdentifierKind } from '../identifiers/types.ts';
import { bytesToBase64Url, decodeExactBase64Url } from './base64url.ts';
import { OPRF_ELEMENT_BYTES, OPRF_PROOF_BYTES } from './constants.ts';
import type { WireResult } from './wire.ts';

/** Elements one batched evaluation may carry (RFC 9497 batched DLEQ proof: one proof for all). */
export const OPRF_MAX_BATCH = 64;
/** A full batch request is ~3 KiB; the endpoint refuses anything larger than this before parsing. */
export const OPRF_MAX_BATCH_REQUEST_BYTES = 4 * 1024;
/** A full batch answer is ~3 KiB. */
export const OPRF_MAX_BATCH_RESPONSE_BYTES = 8 * 1024;

/** Body of a batched `POST hash.evaluateUrl`: the same endpoint, `blinded` is an array. */
export interface BatchEvaluateRequest {
  keyId: string;
  kind: IdentifierKind;
  blinded: Uint8Array[];
}

export interface BatchEvaluateResponse {
  keyId: string;
  evaluated: Uint8Array[];
  proof: Uint8Array;
}

const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => own.includes(k));
}

/** True for a request body whose `blinded` is an array (a batch), whatever else is wrong with it. */
export const isBatchRequest = (json: unknown): boolean =>
  typeof json === 'object' && json !== null && Array.isArray((json as { blinded?: unknown }).blinded);

export function encodeBatchRequest(request: BatchEvaluateRequest): string {
  return JSON.stringify({
    keyId: request.keyId,
    kind: request.kind,
    blinded: request.blinded.map(bytesToBase64Url),
  });
}

export function encodeBatchResponse(response: BatchEvaluateResponse): string {
  return JSON.stringify({
    keyId: response.keyId,
    evaluated: response.evaluated.map(bytesToBase64Url),
    proof: bytesToBase64Url(response.proof),
  });
}

function elements(value: unknown, max: number): Uint8Array[] | undefined {
  if (!Array.isArray(value) || value.length < 1 || value.length > max) return undefined;
  const out: Uint8Array[] = [];
  for (const item of value) {
    const bytes = decodeExactBase64Url(item, OPRF_ELEMENT_BYTES);
    if (bytes === undefined) return undefined;
    out.push(bytes);
  }
  return out;
}

/** Server side. `reason` is safe to send back (it echoes no input). */
export function parseBatchRequest(json: unknown): WireResult<BatchEvaluateRequest> {
  if (!hasExactKeys(json, ['keyId', 'kind', 'blinded'])) {
    return { ok: false, reason: 'expected an object with exactly keyId, kind and blinded' };
  }
  const { keyId, kind } = json;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId)) return { ok: false, reason: 'keyId is not a key id' };
  if (typeof kind !== 'string' || !(IDENTIFIER_KINDS as readonly string[]).includes(kind)) {
    return { ok: false, reason: 'kind is not a known identifier kind' };
  }
  const blinded = elements(json['blinded'], OPRF_MAX_BATCH);
  if (blinded === undefined) {
    return { ok: false, reason: `blinded must hold 1–${OPRF_MAX_BATCH} elements in canonical base64url` };
  }
  return { ok: true, value: { keyId, kind: kind as IdentifierKind, blinded } };
}

/** Client side: exactly `count` evaluated elements and one proof. */
export function parseBatchResponse(json: unknown, count: number): WireResult<BatchEvaluateResponse> {
  if (!hasExactKeys(json, ['keyId', 'evaluated', 'proof'])) {
    return { ok: false, reason: 'the evaluation answer does not have exactly keyId, evaluated and proof' };
  }
  const { keyId } = json;
  if (typeof keyId !== 'string' || !KEY_ID.test(keyId))
    return { ok: false, reason: 'the key id is malformed' };
  const evaluated = elements(json['evaluated'], OPRF_MAX_BATCH);
  if (evaluated === undefined || evaluated.length !== count) {
    return { ok: false, reason: 'the evaluated elements have the wrong number, encoding or size' };
  }
  const proof = decodeExactBase64Url(json['proof'], OPRF_PROOF_BYTES);
  if (proof === undefined) return { ok: false, reason: 'the proof has the wrong encoding or size' };
  return { ok: true, value: { keyId, evaluated, proof } };
}
