import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import { keyParamsOf } from '../range/key-params.ts';
import type { CheckOptions, RangeKey, SourceDescriptor } from '../range/types.ts';
import { assertValidIdentifier, oprfCallContext } from './call-context.ts';
import { evaluateIdentifier } from './evaluate-identifier.ts';
import { listRangeKey } from './list-check.ts';
import { isListSource } from './list-source.ts';
import { oprfCheckParams } from './oprf-source.ts';
import { rangeKeyFromOutput } from './range-key-from-output.ts';

/**
 * The storable key for an xc-oprf-v1 source, made with one online evaluation. It holds the public prefix
 * and a truncated keyed output (tag + mask), never the identifier; re-checks are then plain bucket GETs
 * (`checkRangeKey`). Confirming a guess against it needs the key holder, one rate-limited request per
 * guess. It stops matching when the source is rebuilt with a new key (`params` names the key id).
 * Throws a CheckFailure (`unsupported` before anything is sent, or the evaluation's error).
 */
export async function oprfRangeKey(
  id: ParsedIdentifier,
  source: SourceDescriptor,
  options: CheckOptions = {},
): Promise<RangeKey> {
  assertValidIdentifier(id);
  const ctx = oprfCallContext(options);
  // A whole-list source: the key is a tag and a seal key, with no prefix at all.
  if (isListSource(source)) return listRangeKey(ctx, id, source);
  const params = oprfCheckParams(id, source);
  const keyParams = keyParamsOf(source, id.kind);
  if (keyParams === undefined) throw new CheckFailure('unsupported', 'it has no buckets for this kind');
  return rangeKeyFromOutput(source, id, keyParams, await evaluateIdentifier(ctx, params, id));
}
