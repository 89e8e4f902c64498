import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { RistrettoOps } from '../../core/oprf/group-ops.ts';
import { encodeEvaluateResponse, isBatchRequest, parseEvaluateRequest } from '../../core/oprf/index.ts';
import { answerBatchRequest } from './evaluate-batch-request.ts';
import { poprfServerFor } from './evaluator-servers.ts';
import type { OprfKey } from './key-json.ts';

/** What the evaluation endpoint needs: the key and the source it was built for. Nothing else is state. */
export interface OprfEvaluator {
  sourceId: string;
  kinds: readonly IdentifierKind[];
  key: OprfKey;
  /** The group library (libsodium in Node, see poprf-backends.ts); pure JavaScript when omitted. */
  ops?: RistrettoOps;
}

export interface EvaluateAnswer {
  status: 200 | 400 | 409 | 429;
  body: string;
  /** For the access log only: never the blinded or evaluated element. */
  kind?: IdentifierKind;
  /** Elements evaluated, when a batch. */
  elements?: number;
  retryAfterSeconds?: number;
}

/** Takes `extra` more rate-limit tokens for a batch; without a limiter every batch is allowed. */
export type ChargeBatch = (extra: number) => { ok: true } | { ok: false; retryAfterSeconds: number };

const problem = (status: 400 | 409, error: string, detail: string): EvaluateAnswer => ({
  status,
  body: JSON.stringify({ error, detail }),
});

/**
 * Evaluates one request body. Pure apart from the key, so any runtime (Node, a container, a serverless
 * function) can wrap it. Malformed input is a 400 with a reason that echoes none of the input.
 */
export function answerEvaluateRequest(
  bodyText: string,
  evaluator: OprfEvaluator,
  charge: ChargeBatch = () => ({ ok: true }),
): EvaluateAnswer {
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return problem(400, 'malformed', 'the body is not JSON');
  }
  if (isBatchRequest(json)) return answerBatchRequest(json, evaluator, charge);
  const parsed = parseEvaluateRequest(json);
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
  let result: { evaluated: Uint8Array; proof: Uint8Array };
  try {
    result = poprfServerFor(evaluator, kind).blindEvaluate(blinded);
  } catch {
    // Not a canonical ristretto255 encoding, or the identity element.
    return { ...problem(400, 'malformed', 'blinded is not a valid group element'), kind };
  }
  return { status: 200, body: encodeEvaluateResponse({ keyId, ...result }), kind };
}
