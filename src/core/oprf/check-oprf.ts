import type { ParsedIdentifier } from '../identifiers/types.ts';
import { CheckFailure, failureOutcome, toFailure } from '../range/errors.ts';
import type { BreachRef, CheckOptions, CheckOutcome, SourceDescriptor } from '../range/types.ts';
import { parseOprfBucket } from './bucket-parser.ts';
import { OPRF_MAX_EVALUATE_RESPONSE_BYTES, OPRF_TAG_HEX_LENGTH } from './constants.ts';
import { fetchText, type RequestContext } from './http-body.ts';
import { oprfInput, oprfPublicPrefix } from './oprf-input.ts';
import { oprfCheckParams, type OprfCheckParams } from './oprf-source.ts';
import { poprfFor } from './poprf.ts';
import { indexesFromBitmap, lineKeyFromOutput, xorHex } from './sealed-line.ts';
import { encodeEvaluateRequest, parseEvaluateResponse } from './wire.ts';

export const DEFAULT_OPRF_TIMEOUT_MS = 8_000;

type Blinded = ReturnType<ReturnType<typeof poprfFor>['blind']>;

/** POSTs the blinded element and returns the unblinded, proof-checked OPRF output. */
async function evaluate(
  ctx: RequestContext,
  params: OprfCheckParams,
  id: ParsedIdentifier,
  input: Uint8Array,
  blinded: Blinded,
): Promise<Uint8Array> {
  const body = encodeEvaluateRequest({ keyId: params.keyId, kind: id.kind, blinded: blinded.blinded });
  const text = await fetchText(
    ctx,
    params.evaluateUrl,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body, cache: 'no-store' },
    { what: 'the evaluation', maxBytes: OPRF_MAX_EVALUATE_RESPONSE_BYTES, contentType: 'application/json' },
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CheckFailure('malformed', 'the evaluation is not JSON');
  }
  const parsed = parseEvaluateResponse(json);
  if (!parsed.ok) throw new CheckFailure('malformed', parsed.reason);
  if (parsed.value.keyId !== params.keyId) {
    throw new CheckFailure(
      'malformed',
      'the evaluation was made with another key; the source may have been rebuilt',
    );
  }
  const { evaluated, proof } = parsed.value;
  try {
    return poprfFor(params.sourceId, id.kind).finalize(
      input,
      blinded.blind,
      evaluated,
      blinded.blinded,
      proof,
      blinded.tweakedKey,
    );
  } catch {
    // Invalid encoding, the identity element, or a proof that does not match the published key.
    throw new CheckFailure('malformed', 'the evaluation is not a valid proven group element for this key');
  }
}

function outcomeFromLine(sealed: string | undefined, mask: string, source: SourceDescriptor): CheckOutcome {
  if (sealed === undefined) return { status: 'not-found' };
  const indexes = indexesFromBitmap(xorHex(sealed, mask), source.breaches.length);
  if (indexes === undefined || indexes.length === 0) {
    throw new CheckFailure('malformed', 'a matching bucket line names no breach this source lists');
  }
  const breaches = indexes.map((i) => source.breaches[i]).filter((b): b is BreachRef => b !== undefined);
  return { status: 'found', count: breaches.length, breaches };
}

async function runCheck(
  ctx: RequestContext,
  id: ParsedIdentifier,
  source: SourceDescriptor,
): Promise<CheckOutcome> {
  const params = oprfCheckParams(id, source);
  const input = oprfInput(id.kind, id.canonical);
  const prefix = await oprfPublicPrefix(id.kind, id.canonical, params.prefixBits);
  let blinded: Blinded;
  try {
    blinded = poprfFor(params.sourceId, id.kind).blind(input, params.publicKey);
  } catch {
    throw new CheckFailure('unsupported', 'its OPRF public key is not a valid group element');
  }
  const bucketBytes = params.lines * (OPRF_TAG_HEX_LENGTH + params.bitmapHexLength + 2);
  const [output, bucketText] = await Promise.all([
    evaluate(ctx, params, id, input, blinded),
    fetchText(
      ctx,
      params.bucketUrl(prefix),
      { method: 'GET' },
      { what: 'the bucket', maxBytes: bucketBytes, contentType: 'text/plain' },
    ),
  ]);
  const bucket = parseOprfBucket(bucketText, {
    lines: params.lines,
    bitmapHexLength: params.bitmapHexLength,
  });
  const { tag, mask } = lineKeyFromOutput(output, source.breaches.length);
  return outcomeFromLine(bucket.get(tag), mask, source);
}

/**
 * Checks one identifier against an xc-oprf-v1 source: the public prefix selects a static bucket, the
 * blinded identifier is evaluated by the key holder, and the match happens on the device. Never throws;
 * every failure (including an invalid group element or proof from the server) is an `error` outcome.
 */
export async function checkOprf(
  id: ParsedIdentifier,
  source: SourceDescriptor,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_OPRF_TIMEOUT_MS);
  const cancel = (): void => controller.abort();
  if (options.signal?.aborted === true) controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  const ctx: RequestContext = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    signal: controller.signal,
    timedOut: () => timedOut,
  };
  try {
    return await runCheck(ctx, id, source);
  } catch (error) {
    const fallback = new CheckFailure('malformed', 'the check could not be completed');
    return failureOutcome(toFailure(error, fallback), source.name);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
    // Stops the other request when one of the two failed first.
    controller.abort();
  }
}
