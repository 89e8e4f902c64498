import { encodeBatchResponse, parseBatchRequest, poprfFor } from '../../core/oprf/index.ts';
import type { EvaluateAnswer, OprfEvaluator } from './evaluate-request.ts';

const problem = (status: 400 | 409 | 429, error: string, detail: string): EvaluateAnswer => ({
  status,
  body: JSON.stringify({ error, detail }),
});

/**
 * Evaluates a batch (`blinded` is an array of up to 64 elements) with one batched DLEQ proof. Each
 * element costs one rate-limit token like a single evaluation: `charge(n)` takes the n beyond the one
 * already taken for the request and says whether the client had them.
 */
export function answerBatchRequest(
  json: unknown,
  evaluator: OprfEvaluator,
  charge: (extra: number) => { ok: true } | { ok: false; retryAfterSeconds: number },
): EvaluateAnswer {
  const parsed = parseBatchRequest(json);
  if (!parsed.ok) return problem(400, 'malformed', parsed.reason);
  const { keyId, kind, blinded } = parsed.value;
  if (keyId !== evaluator.key.keyId) {
    return problem(
      409,
      'unknown-key',
      `this endpoint evaluates with key ${evaluator.key.keyId}; refresh the source`,
    );
  }
  if (!evaluator.kinds.includes(kind))
    return { ...problem(400, 'malformed', 'this source does not cover that kind'), kind };
  const taken = charge(blinded.length - 1);
  if (!taken.ok) {
    return {
      ...problem(429, 'rate-limited', `retry in ${taken.retryAfterSeconds} s`),
      kind,
      retryAfterSeconds: taken.retryAfterSeconds,
    };
  }
  let result: { evaluated: Uint8Array[]; proof: Uint8Array };
  try {
    result = poprfFor(evaluator.sourceId, kind).blindEvaluateBatch(evaluator.key.secretKey, blinded);
  } catch {
    return { ...problem(400, 'malformed', 'an element is not a valid group element'), kind };
  }
  return { status: 200, body: encodeBatchResponse({ keyId, ...result }), kind, elements: blinded.length };
}
