import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import { keyParamsOf } from '../range/key-params.ts';
import type { CheckOptions, RangeKey, SourceDescriptor } from '../range/types.ts';
import { OPRF_MAX_BATCH } from './batch-wire.ts';
import { assertValidIdentifier, oprfCallContext } from './call-context.ts';
import { evaluateBatch } from './evaluate-batch.ts';
import type { OprfEvaluationParams } from './evaluate-identifier.ts';
import { isListSource, oprfListParams } from './list-source.ts';
import { oprfCheckParams } from './oprf-source.ts';
import { rangeKeyFromOutput } from './range-key-from-output.ts';

/**
 * Storable keys for several identifiers against one xc-oprf-v1 source, with one POST per 64
 * identifiers of a kind (a batched evaluation with one proof) instead of one per identifier: for
 * adding several identifiers at once, or for entering them again after the publisher changed its key.
 * Keys come back in input order. Throws a CheckFailure like `oprfRangeKey`.
 */
export async function oprfRangeKeys(
  ids: readonly ParsedIdentifier[],
  source: SourceDescriptor,
  options: CheckOptions = {},
): Promise<RangeKey[]> {
  for (const id of ids) assertValidIdentifier(id, 'an identifier is not valid');
  const ctx = oprfCallContext(options);
  const keys = Array.from<RangeKey | undefined>({ length: ids.length });
  const kinds = [...new Set(ids.map((id) => id.kind))];
  for (const kind of kinds) {
    const params: OprfEvaluationParams = isListSource(source)
      ? oprfListParams(kind, source)
      : oprfCheckParams(ids.find((id) => id.kind === kind) as ParsedIdentifier, source);
    const keyParams = keyParamsOf(source, kind);
    if (keyParams === undefined) throw new CheckFailure('unsupported', 'it does not cover this kind');
    const positions = ids.flatMap((id, i) => (id.kind === kind ? [i] : []));
    for (let start = 0; start < positions.length; start += OPRF_MAX_BATCH) {
      const chunk = positions.slice(start, start + OPRF_MAX_BATCH);
      const outputs = await evaluateBatch(
        ctx,
        params,
        kind,
        chunk.map((i) => ids[i] as ParsedIdentifier),
      );
      for (const [n, i] of chunk.entries()) {
        keys[i] = await rangeKeyFromOutput(
          source,
          ids[i] as ParsedIdentifier,
          keyParams,
          outputs[n] as Uint8Array,
        );
      }
    }
  }
  return keys.map((k) => {
    if (k === undefined) throw new CheckFailure('network', 'an evaluation is missing');
    return k;
  });
}
