import { raceAbort, startDeadline } from '../range/deadline.ts';
import { CheckFailure } from '../range/errors.ts';
import { describeBytes, readCappedBytes } from '../range/read-capped-body.ts';
import { parseRetryAfter } from '../range/retry-after.ts';

export interface ListFetchOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  maxBytes: number;
  now: () => number;
  /** ETag of the copy already held: the request becomes conditional and a 304 keeps that copy. */
  etag?: string | undefined;
}

export type ListFetchResult =
  { status: 'modified'; bytes: Uint8Array; etag?: string } | { status: 'not-modified' };

export const LIST_MEDIA_TYPE = 'application/octet-stream';

function assertListResponse(response: Response, options: ListFetchOptions): void {
  const { status } = response;
  if (status === 304 && options.etag !== undefined) return;
  if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status < 400)) {
    throw new CheckFailure('redirect', status === 0 ? 'the list was redirected' : `list HTTP ${status}`);
  }
  if (response.type === 'opaque' || response.type === 'error') {
    throw new CheckFailure('network', 'the browser blocked the list');
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), options.now());
  if (status === 429) throw new CheckFailure('rate-limited', 'list HTTP 429', retryAfter);
  if (status !== 200) throw new CheckFailure('http', `list HTTP ${status}`, retryAfter);
  const media = response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (media !== LIST_MEDIA_TYPE) throw new CheckFailure('malformed', `the list is not ${LIST_MEDIA_TYPE}`);
  const length = response.headers.get('Content-Length');
  if (length !== null && /^\d+$/.test(length.trim()) && Number(length) > options.maxBytes) {
    throw new CheckFailure('too-large', describeBytes(options.maxBytes));
  }
}

/**
 * GETs a list file the way range GETs go out (no cookies, no referrer, no redirects, one deadline for
 * headers and body, a streamed size cap), conditionally when a copy is held. The browser's HTTP cache
 * is not used: the extension keeps its own copy and decides when to revalidate.
 */
export async function fetchListBytes(url: string, options: ListFetchOptions): Promise<ListFetchResult> {
  const deadline = startDeadline(options.timeoutMs, options.signal);
  const interrupted = (): CheckFailure =>
    deadline.reason() === 'timeout'
      ? new CheckFailure('timeout', 'the list did not arrive in time')
      : new CheckFailure('network', 'the check was cancelled before the list arrived');
  const init: RequestInit = {
    method: 'GET',
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'manual',
    cache: 'no-store',
    headers: options.etag === undefined ? {} : { 'If-None-Match': options.etag },
    signal: deadline.signal,
  };
  try {
    if (deadline.signal.aborted) throw interrupted();
    let response: Response;
    try {
      response = await raceAbort(
        Promise.resolve().then(() => options.fetch(url, init)),
        deadline.signal,
        interrupted,
      );
    } catch (error) {
      if (error instanceof CheckFailure) throw error;
      throw deadline.reason() === undefined
        ? new CheckFailure('network', 'the list could not be fetched (offline, or blocked?)')
        : interrupted();
    }
    try {
      assertListResponse(response, options);
      if (response.status === 304) {
        response.body?.cancel().catch(() => undefined);
        return { status: 'not-modified' };
      }
      const bytes = await readCappedBytes(response, options.maxBytes, deadline.signal, interrupted);
      const etag = response.headers.get('ETag') ?? undefined;
      return etag === undefined ? { status: 'modified', bytes } : { status: 'modified', bytes, etag };
    } catch (error) {
      response.body?.cancel().catch(() => undefined);
      if (error instanceof CheckFailure) throw error;
      if (deadline.reason() !== undefined) throw interrupted();
      throw new CheckFailure('network', 'the connection broke off before the whole list arrived');
    }
  } finally {
    deadline.dispose();
  }
}
