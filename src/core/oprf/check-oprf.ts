import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure, failureOutcome, toFailure } from '../range/errors.ts';
import { fetchRangeBody } from '../range/fetch-range.ts';
import type { CheckOptions, CheckOutcome, SourceDescriptor } from '../range/types.ts';
import { parseOprfBucket } from './bucket-parser.ts';
import { assertValidIdentifier, oprfCallContext } from './call-context.ts';
import { OPRF_TAG_HEX_LENGTH } from './constants.ts';
import { evaluateIdentifier, type OprfCallContext } from './evaluate-identifier.ts';
import { oprfPublicPrefix } from './oprf-input.ts';
import { oprfCheckParams } from './oprf-source.ts';
import { outcomeFromSealedLine } from './outcome.ts';
import { lineKeyFromOutput } from './sealed-line.ts';
import { listParamsForKey, listRangeKey, outcomeFromList } from './list-check.ts';
import { createListLoader } from './list-loader.ts';
import { isListSource } from './list-source.ts';

/** A whole-list source: one evaluation, then the same list as everyone (nothing cached here). */
async function runListCheck(
  ctx: OprfCallContext,
  id: ParsedIdentifier,
  source: SourceDescriptor,
): Promise<CheckOutcome> {
  const key = await listRangeKey(ctx, id, source);
  const loader = createListLoader({ fetch: ctx.fetch, timeoutMs: ctx.timeoutMs, now: ctx.now, freshMs: 0 });
  const list = await loader.load(listParamsForKey(key, source), ctx.signal);
  return outcomeFromList(list, key.suffix, source);
}

async function runCheck(
  ctx: OprfCallContext,
  id: ParsedIdentifier,
  source: SourceDescriptor,
): Promise<CheckOutcome> {
  assertValidIdentifier(id);
  if (isListSource(source)) return runListCheck(ctx, id, source);
  const params = oprfCheckParams(id, source);
  const prefix = await oprfPublicPrefix(id.kind, id.canonical, params.prefixBits);
  const expectedBytes = params.lines * (OPRF_TAG_HEX_LENGTH + params.bitmapHexLength + 2);
  // Both requests go out together; the evaluator never learns the prefix, the bucket host never sees
  // the blinded element.
  const [output, bucketText] = await Promise.all([
    evaluateIdentifier(ctx, params, id),
    fetchRangeBody(
      { url: params.bucketUrl(prefix), headers: {} },
      // A slightly long body is read and then rejected as malformed; a huge one is cut off.
      { ...ctx, maxBodyBytes: expectedBytes * 2 + 1024 },
    ),
  ]);
  const bucket = parseOprfBucket(bucketText, {
    lines: params.lines,
    bitmapHexLength: params.bitmapHexLength,
  });
  const { tag, mask } = lineKeyFromOutput(output, source.breaches.length);
  return outcomeFromSealedLine(bucket.get(tag), mask, source);
}

/**
 * Checks one identifier against an xc-oprf-v1 source: the public prefix selects a static bucket, the
 * blinded identifier is evaluated by the key holder (with a proof against the published key), and the
 * match happens on the device. Never throws or rejects; every failure, including an invalid group
 * element or proof from the server, is an `error` outcome, never `not-found`.
 */
export async function checkOprf(
  id: ParsedIdentifier,
  source: SourceDescriptor,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  // Aborted when the first of the two requests fails, so the other does not linger.
  const together = new AbortController();
  const signal =
    options.signal === undefined ? together.signal : AbortSignal.any([options.signal, together.signal]);
  const ctx = oprfCallContext(options, signal);
  try {
    return await runCheck(ctx, id, source);
  } catch (error) {
    const fallback = new CheckFailure('network', 'the check failed unexpectedly');
    return failureOutcome(
      toFailure(error, fallback),
      typeof source?.name === 'string' ? source.name : 'the source',
    );
  } finally {
    together.abort();
  }
}
