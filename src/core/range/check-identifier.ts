import type { ParsedIdentifier } from '../identifiers/types.ts';
import { createRangeClient, type CallOptions, type RangeClientOptions } from './range-client.ts';
import type { CheckOptions, CheckOutcome, RangeKey, SourceDescriptor } from './types.ts';

/**
 * A client for a single check: nothing is cached between calls. (The background keeps one long-lived
 * client instead, shared by popup checks, re-checks and monitoring; see src/background/range-adapter.ts.)
 */
function oneShot(options: CheckOptions): { client: ReturnType<typeof createRangeClient>; call: CallOptions } {
  const settings: RangeClientOptions = { cacheTtlMs: 0 };
  if (options.fetch !== undefined) settings.fetch = options.fetch;
  if (options.timeoutMs !== undefined) settings.timeoutMs = options.timeoutMs;
  const call: CallOptions = options.signal === undefined ? {} : { signal: options.signal };
  return { client: createRangeClient(settings), call };
}

/**
 * Checks one parsed identifier against one source. Only the hash prefix leaves the device. Never throws
 * and never rejects: anything short of a well-formed answer is an `error` outcome, never `not-found`.
 */
export function checkIdentifier(
  id: ParsedIdentifier,
  source: SourceDescriptor,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const { client, call } = oneShot(options);
  return client.checkIdentifier(id, source, call);
}

/** Re-checks a stored RangeKey (from computeRangeKey) against its source, with the same guarantees. */
export function checkRangeKey(
  key: RangeKey,
  source: SourceDescriptor,
  options: CheckOptions = {},
): Promise<CheckOutcome> {
  const { client, call } = oneShot(options);
  return client.check(key, source, call);
}
