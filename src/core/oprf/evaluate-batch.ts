import type { IdentifierKind, ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import { exchange } from '../range/fail-closed-exchange.ts';
import { parseRetryAfter } from '../range/retry-after.ts';
import {
  encodeBatchRequest,
  OPRF_MAX_BATCH,
  OPRF_MAX_BATCH_RESPONSE_BYTES,
  parseBatchResponse,
} from './batch-wire.ts';
import type { OprfCallContext, OprfEvaluationParams } from './evaluate-identifier.ts';
import { oprfInput } from './oprf-input.ts';
import { poprfFor } from './poprf.ts';

function assertBatchResponse(response: Response, nowMs: number): void {
  const { status } = response;
  if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status < 400)) {
    throw new CheckFailure('redirect', `evaluation HTTP ${status}`);
  }
  if (response.type === 'opaque' || response.type === 'error') {
    throw new CheckFailure('network', 'the browser blocked the evaluation answer');
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  if (status === 429) throw new CheckFailure('rate-limited', 'evaluation HTTP 429', retryAfter);
  if (status === 409) throw new CheckFailure('http', 'the source was rebuilt with a new key; refresh it');
  if (status !== 200) throw new CheckFailure('http', `evaluation HTTP ${status}`, retryAfter);
  const media = response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (media !== 'application/json') throw new CheckFailure('malformed', 'the evaluation answer is not JSON');
}

/**
 * Evaluates up to 64 identifiers of one kind with one POST: every input is blinded with its own random
 * scalar, the key holder answers with all evaluations and one batched DLEQ proof (RFC 9497 §2.2.1),
 * checked against the descriptor's key before anything is unblinded. Returns the outputs in order.
 */
export async function evaluateBatch(
  ctx: OprfCallContext,
  params: OprfEvaluationParams,
  kind: IdentifierKind,
  ids: readonly ParsedIdentifier[],
): Promise<Uint8Array[]> {
  if (ids.length < 1 || ids.length > OPRF_MAX_BATCH) throw new RangeError(`1–${OPRF_MAX_BATCH} identifiers`);
  if (ids.some((id) => id.kind !== kind)) throw new CheckFailure('unsupported', 'a batch holds one kind');
  const poprf = poprfFor(params.sourceId, kind);
  const inputs = ids.map((id) => oprfInput(kind, id.canonical));
  let blinded: ReturnType<typeof poprf.blind>[];
  try {
    blinded = inputs.map((input) => poprf.blind(input, params.publicKey));
  } catch {
    throw new CheckFailure('unsupported', 'its OPRF public key is not a valid group element');
  }
  const body = encodeBatchRequest({ keyId: params.keyId, kind, blinded: blinded.map((b) => b.blinded) });
  const text = await exchange(
    params.evaluateUrl,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
      cache: 'no-store',
    },
    {
      fetch: ctx.fetch,
      timeoutMs: ctx.timeoutMs,
      signal: ctx.signal,
      maxBytes: OPRF_MAX_BATCH_RESPONSE_BYTES,
      assertResponse: (response) => assertBatchResponse(response, ctx.now()),
      messages: {
        timeout: 'no evaluation answer in time',
        cancelled: 'the evaluation was cancelled',
        unreachable: 'the evaluator could not be reached',
        brokeOff: 'the connection broke off during the evaluation answer',
      },
    },
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CheckFailure('malformed', 'the evaluation answer is not valid JSON');
  }
  const parsed = parseBatchResponse(json, ids.length);
  if (!parsed.ok) throw new CheckFailure('malformed', parsed.reason);
  if (parsed.value.keyId !== params.keyId) {
    throw new CheckFailure(
      'malformed',
      'the evaluation was made with another key; the source may have been rebuilt',
    );
  }
  const tweakedKey = blinded[0]?.tweakedKey;
  const items = inputs.map((input, i) => ({
    input,
    blind: blinded[i]?.blind ?? new Uint8Array(),
    blinded: blinded[i]?.blinded ?? new Uint8Array(),
    evaluated: parsed.value.evaluated[i] ?? new Uint8Array(),
  }));
  try {
    if (tweakedKey === undefined) throw new Error('no tweaked key');
    return poprf.finalizeBatch(items, parsed.value.proof, tweakedKey);
  } catch {
    throw new CheckFailure('malformed', 'the evaluations are not proven for this key');
  }
}
