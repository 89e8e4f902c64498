import { assertUsableResponse } from './check-response.ts';
import { CheckFailure } from './errors.ts';
import { exchange } from './fail-closed-exchange.ts';
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
export function fetchRangeBody(request: RangeRequest, options: FetchRangeOptions): Promise<string> {
  return exchange(
    request.url,
    { ...REQUEST_INIT, headers: request.headers },
    {
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
      maxBytes: options.maxBodyBytes,
      assertResponse: (response) => assertUsableResponse(response, options.maxBodyBytes, options.now()),
      describeBodyError: (error) =>
        isDecodingFailure(error)
          ? new CheckFailure('malformed', 'its compressed body could not be decoded')
          : undefined,
      messages: {
        timeout: `no complete answer within ${seconds(options.timeoutMs)}`,
        cancelled: 'the check was cancelled before the answer arrived',
        unreachable: 'the connection failed (offline, or blocked by a firewall or proxy?)',
        brokeOff: 'the connection broke off before the whole answer arrived',
      },
    },
  );
}
