import { CheckFailure } from '../range/errors.ts';
import { exchange } from '../range/fail-closed-exchange.ts';
import { parseRetryAfter } from '../range/retry-after.ts';
import { OPRF_MAX_EVALUATE_RESPONSE_BYTES } from './constants.ts';

export interface PostEvaluationOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  now: () => number;
}

/** Like the range client's status checks, for a JSON answer: redirects, 429, non-200, media type, size. */
function assertJsonResponse(response: Response, nowMs: number): void {
  const { status } = response;
  if (response.type === 'opaqueredirect' || response.redirected || (status >= 300 && status < 400)) {
    throw new CheckFailure(
      'redirect',
      status === 0 ? 'the evaluation was redirected' : `evaluation HTTP ${status}`,
    );
  }
  if (response.type === 'opaque' || response.type === 'error') {
    throw new CheckFailure('network', 'the browser blocked the evaluation answer');
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  if (status === 429) {
    const detail =
      retryAfter === undefined ? 'evaluation HTTP 429' : `evaluation HTTP 429, wait ${retryAfter} s`;
    throw new CheckFailure('rate-limited', detail, retryAfter);
  }
  if (status === 409) throw new CheckFailure('http', 'the source was rebuilt with a new key; refresh it');
  if (status !== 200) throw new CheckFailure('http', `evaluation HTTP ${status}`, retryAfter);
  const media = response.headers.get('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (media !== 'application/json') throw new CheckFailure('malformed', 'the evaluation answer is not JSON');
  const length = response.headers.get('Content-Length');
  if (length !== null && /^\d+$/.test(length.trim()) && Number(length) > OPRF_MAX_EVALUATE_RESPONSE_BYTES) {
    throw new CheckFailure('too-large', 'the evaluation answer is over 4 KiB');
  }
}

/** The POST of a single or batched evaluation: no cookies, no referrer, no cache, redirects not followed. */
export function evaluationRequestInit(body: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body,
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    redirect: 'manual',
    cache: 'no-store',
  };
}

/**
 * POSTs one evaluation request and returns the answer's text, failing closed the same way range GETs do:
 * no cookies, no referrer, no cache, no redirects, one deadline for headers and body, a streamed size cap.
 */
export function postEvaluation(url: string, body: string, options: PostEvaluationOptions): Promise<string> {
  return exchange(url, evaluationRequestInit(body), {
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
    signal: options.signal,
    maxBytes: OPRF_MAX_EVALUATE_RESPONSE_BYTES,
    assertResponse: (response) => assertJsonResponse(response, options.now()),
    messages: {
      timeout: 'no evaluation answer in time',
      cancelled: 'the check was cancelled before the evaluation arrived',
      unreachable: 'the evaluator could not be reached',
      brokeOff: 'the connection broke off during the evaluation answer',
    },
  });
}
