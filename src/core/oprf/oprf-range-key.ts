import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure } from '../range/errors.ts';
import { keyParamsOf } from '../range/key-params.ts';
import type { CheckOptions, RangeKey, SourceDescriptor } from '../range/types.ts';
import { evaluateIdentifier } from './evaluate-identifier.ts';
import { listRangeKey } from './list-check.ts';
import { isListSource } from './list-source.ts';
import { oprfPublicPrefix } from './oprf-input.ts';
import { oprfCheckParams } from './oprf-source.ts';
import { lineKeyFromOutput } from './sealed-line.ts';

export const DEFAULT_OPRF_TIMEOUT_MS = 8_000;

// Called as a plain function: a bare reference to a browser's fetch fails with "Illegal invocation".
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

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
  if (id?.ok !== true || typeof id.canonical !== 'string') {
    throw new CheckFailure('unsupported', 'the identifier is not valid');
  }
  const ctx = {
    fetch: options.fetch ?? globalFetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_OPRF_TIMEOUT_MS,
    signal: options.signal,
    now: () => Date.now(),
  };
  // A whole-list source: the key is a tag and a seal key, with no prefix at all.
  if (isListSource(source)) return listRangeKey(ctx, id, source);
  const params = oprfCheckParams(id, source);
  const keyParams = keyParamsOf(source, id.kind);
  if (keyParams === undefined) throw new CheckFailure('unsupported', 'it has no buckets for this kind');
  const output = await evaluateIdentifier(ctx, params, id);
  const { tag, mask } = lineKeyFromOutput(output, source.breaches.length);
  return {
    sourceId: source.id,
    scheme: source.scheme,
    kind: id.kind,
    prefix: await oprfPublicPrefix(id.kind, id.canonical, params.prefixBits),
    suffix: tag + mask,
    params: keyParams,
  };
}
