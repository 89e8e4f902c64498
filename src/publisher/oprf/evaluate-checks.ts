import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { EvaluateAnswer, OprfEvaluator } from './evaluate-request.ts';

/** A problem answer; the detail never echoes the request's input. */
export const problem = (status: 400 | 409 | 429, error: string, detail: string): EvaluateAnswer => ({
  status,
  body: JSON.stringify({ error, detail }),
});

/**
 * The checks a single and a batch evaluation share before any group work: the key the client blinded
 * for must be the one served (else 409 so it refreshes), and the kind must be one this source covers.
 * Returns the refusal, or undefined when the request may go on.
 */
export function refuseKeyOrKind(
  keyId: string,
  kind: IdentifierKind,
  evaluator: OprfEvaluator,
): EvaluateAnswer | undefined {
  if (keyId !== evaluator.key.keyId) {
    return problem(
      409,
      'unknown-key',
      `this endpoint evaluates with key ${evaluator.key.keyId}; refresh the source`,
    );
  }
  if (!evaluator.kinds.includes(kind))
    return { ...problem(400, 'malformed', 'this source does not cover that kind'), kind };
  return undefined;
}
