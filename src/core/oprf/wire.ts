import type { IdentifierKind } from '../identifiers/types.ts';
import { OPRF_ELEMENT_BYTES, OPRF_PROOF_BYTES } from './constants.ts';
import { bytesToBase64Url, decodeExactBase64Url } from './base64url.ts';
import { parseRequestHead, parseResponseHead, type WireResult } from './wire-shape.ts';

export type { WireResult } from './wire-shape.ts';

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

/** Server side: validates a parsed request body. `reason` is safe to send back (it echoes no input). */
export function parseEvaluateRequest(json: unknown): WireResult<EvaluateRequest> {
  const head = parseRequestHead(json);
  if (!head.ok) return head;
  const { keyId, kind, body } = head.value;
  const bytes = decodeExactBase64Url(body['blinded'], OPRF_ELEMENT_BYTES);
  if (bytes === undefined) return { ok: false, reason: 'blinded must be 32 bytes in canonical base64url' };
  return { ok: true, value: { keyId, kind, blinded: bytes } };
}

/** Client side: validates a parsed response body. Group-element validity is checked when finalizing. */
export function parseEvaluateResponse(json: unknown): WireResult<EvaluateResponse> {
  const head = parseResponseHead(json);
  if (!head.ok) return head;
  const { keyId, body } = head.value;
  const evaluated = decodeExactBase64Url(body['evaluated'], OPRF_ELEMENT_BYTES);
  if (evaluated === undefined)
    return { ok: false, reason: 'the evaluated element has the wrong encoding or size' };
  const proof = decodeExactBase64Url(body['proof'], OPRF_PROOF_BYTES);
  if (proof === undefined) return { ok: false, reason: 'the proof has the wrong encoding or size' };
  return { ok: true, value: { keyId, evaluated, proof } };
}
