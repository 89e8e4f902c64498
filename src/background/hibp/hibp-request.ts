import { CheckFailure } from '../../core/index.ts';
import { exchange } from '../../core/range/fail-closed-exchange.ts';
import { parseRetryAfter } from '../../core/range/retry-after.ts';

export const HIBP_API_BASE = 'https://haveibeenpwned.com/api/v3';
export { HIBP_ORIGINS } from '../../contracts/index.ts';
/** HIBP refuses requests without a user agent that names the client. */
export const HIBP_USER_AGENT = 'Exposure-Check-extension';
export const HIBP_NAME = 'Have I Been Pwned';
const TIMEOUT_MS = 15_000;

/** HTTP statuses whose meaning HIBP documents, as the failure the person is shown. */
function statusFailure(response: Response, nowMs: number): CheckFailure | undefined {
  switch (response.status) {
    case 200:
      return undefined;
    case 401:
      return new CheckFailure(
        'http',
        'it did not accept the API key (HTTP 401); check the key in the settings',
      );
    case 403:
      return new CheckFailure('http', 'it refused the search (HTTP 403)');
    case 429: {
      const seconds = parseRetryAfter(response.headers.get('retry-after'), nowMs);
      return new CheckFailure('rate-limited', 'HTTP 429', seconds);
    }
    default:
      return new CheckFailure('http', `HTTP ${response.status}`);
  }
}

export interface HibpGetOptions {
  fetch: typeof fetch;
  /** Sent as `hibp-api-key`; the public breach catalogue needs none. */
  apiKey?: string;
  maxBytes: number;
  now(): number;
  /** A status with a meaning of its own at this endpoint (e.g. 404 on the range search). */
  special?: (status: number) => CheckFailure | undefined;
}

/**
 * One GET to HIBP's API, failing closed: no cookies, no referrer, no redirects, a deadline for the whole
 * exchange and a byte cap on the body. Every failure is a CheckFailure ("couldn't check").
 */
export function hibpGet(path: string, options: HibpGetOptions): Promise<string> {
  const headers: Record<string, string> = { 'user-agent': HIBP_USER_AGENT };
  if (options.apiKey !== undefined) headers['hibp-api-key'] = options.apiKey;
  return exchange(
    `${HIBP_API_BASE}${path}`,
    { headers, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', cache: 'no-store' },
    {
      fetch: options.fetch,
      timeoutMs: TIMEOUT_MS,
      maxBytes: options.maxBytes,
      assertResponse: (response) => {
        const failure = options.special?.(response.status) ?? statusFailure(response, options.now());
        if (failure !== undefined) throw failure;
      },
      messages: {
        timeout: `no answer within ${TIMEOUT_MS / 1000} s`,
        cancelled: 'the check was cancelled',
        unreachable: 'the service could not be reached',
        brokeOff: 'the answer broke off',
      },
    },
  );
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CheckFailure('malformed', 'the answer is not JSON');
  }
}
