import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import { oprfInput } from './oprf-input.ts';
import type { OprfCheckParams } from './oprf-source.ts';
import { poprfFor } from './poprf.ts';
import { postEvaluation, type PostEvaluationOptions } from './post-evaluation.ts';
import { encodeEvaluateRequest, parseEvaluateResponse } from './wire.ts';

export type OprfCallContext = PostEvaluationOptions;

/** What an evaluation needs from a descriptor (bucket and list layouts alike). */
export type OprfEvaluationParams = Pick<OprfCheckParams, 'sourceId' | 'keyId' | 'publicKey' | 'evaluateUrl'>;

/**
 * The online half of a check: blind the identifier, have the key holder evaluate it, verify the proof
 * against the descriptor's public key and unblind. Returns the 64-byte POPRF output.
 */
export async function evaluateIdentifier(
  ctx: OprfCallContext,
  params: OprfEvaluationParams,
  id: ParsedIdentifier,
): Promise<Uint8Array> {
  const poprf = poprfFor(params.sourceId, id.kind);
  const input = oprfInput(id.kind, id.canonical);
  let blinded: ReturnType<typeof poprf.blind>;
  try {
    blinded = poprf.blind(input, params.publicKey);
  } catch {
    throw new CheckFailure('unsupported', 'its OPRF public key is not a valid group element');
  }
  const body = encodeEvaluateRequest({ keyId: params.keyId, kind: id.kind, blinded: blinded.blinded });
  const text = await postEvaluation(params.evaluateUrl, body, ctx);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CheckFailure('malformed', 'the evaluation answer is not valid JSON');
  }
  const parsed = parseEvaluateResponse(json);
  if (!parsed.ok) throw new CheckFailure('malformed', parsed.reason);
  if (parsed.value.keyId !== params.keyId) {
    throw new CheckFailure(
      'malformed',
      'the evaluation was made with another key; the source may have been rebuilt',
    );
  }
  try {
    return poprf.finalize(
      input,
      blinded.blind,
      parsed.value.evaluated,
      blinded.blinded,
      parsed.value.proof,
      blinded.tweakedKey,
    );
  } catch {
    // An invalid encoding, the identity element, or a proof that does not match the published key.
    throw new CheckFailure('malformed', 'the evaluation is not a valid proven group element for this key');
  }
}
