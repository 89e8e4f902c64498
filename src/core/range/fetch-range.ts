import { assertUsableResponse } from './check-response.ts';
import { raceAbort, startDeadline } from './deadline.ts';
import { CheckFailure } from './errors.ts';
import { readCappedText } from './read-capped-body.ts';
import type { RangeRequest } from './range-request.ts';

export interface FetchRangeOptions {
  fetch: typeof fetch;
  /** For the whole exchange: connecting, headers and every byte of the body. */
  timeoutMs: number;
  maxBodyBytes: number;
  signal?: AbortSignal | undefined;
  now: () => number;
}

/**
 * The request carries nothing about the person: no cookies, no referrer, no cache entry left on disk
 * (the HTTP cache would keep a lasting list of the buckets someone looked at; the client keeps its own
 * short in-memory cache instead), and no redirects followed, because a redirect could move the prefix
 * to a host the source's publisher never named.
 */
const REQUEST_INIT = {
  method: 'GET',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'manual',
  cache: 'no-store',
} as const satisfies RequestInit;

/** Node's fetch reports a body that fails to inflate with a zlib error code as the cause. */
function isDecodingFailure(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  return (
    typeof code === 'string' &&
    (code.startsWith('Z_') || code.startsWith('ERR_BROTLI') || code.startsWith('ERR_ZLIB'))
  );
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(1)} s`;

/** GETs one range and returns its body text, or throws a CheckFailure saying why it cannot be trusted. */
export async function fetchRangeBody(request: RangeRequest, options: FetchRangeOptions): Promise<string> {
  const deadline = startDeadline(options.timeoutMs, options.signal);
  const interrupted = (): CheckFailure =>
    deadline.reason() === 'timeout'
      ? new CheckFailure('timeout', `no complete answer within ${seconds(options.timeoutMs)}`)
      : new CheckFailure('network', 'the check was cancelled before the answer arrived');
  const doFetch = options.fetch;
  const init: RequestInit = { ...REQUEST_INIT, headers: request.headers, signal: deadline.signal };
  // A request whose callers all left while it waited for a slot must not go out at all.
  if (deadline.signal.aborted) {
    deadline.dispose();
    throw interrupted();
  }
  let response: Response;
  try {
    response = await raceAbort(
      Promise.resolve().then(() => doFetch(request.url, init)),
      deadline.signal,
      interrupted,
    );
  } catch (error) {
    deadline.dispose();
    if (error instanceof CheckFailure) throw error;
    throw deadline.reason() === undefined
      ? new CheckFailure('network', 'the connection failed (offline, or blocked by a firewall or proxy?)')
      : interrupted();
  }
  try {
    assertUsableResponse(response, options.maxBodyBytes, options.now());
    return await readCappedText(response, options.maxBodyBytes, deadline.signal, interrupted);
  } catch (error) {
    response.body?.cancel().catch(() => undefined);
    if (error instanceof CheckFailure) throw error;
    if (deadline.reason() !== undefined) throw interrupted();
    if (isDecodingFailure(error))
      throw new CheckFailure('malformed', 'its compressed body could not be decoded');
    throw new CheckFailure('network', 'the connection broke off before the whole answer arrived');
  } finally {
    deadline.dispose();
  }
}
