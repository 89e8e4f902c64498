import { CheckFailure } from './errors.ts';
import { describeBytes } from './read-capped-body.ts';
import { parseRetryAfter } from './retry-after.ts';

/** Names the content type in a message only when it looks like one, so no server text reaches the UI. */
function describeContentType(header: string | null): string {
  const media = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (media === '') return 'it came without a content type';
  if (media.includes('html')) return 'an HTML page, probably an error or login page';
  return /^[a-z0-9.+-]{1,40}\/[a-z0-9.+-]{1,60}$/.test(media)
    ? `content type ${media}`
    : 'an unknown content type';
}

function isRedirect(response: Response): boolean {
  const { status } = response;
  return (
    response.type === 'opaqueredirect' ||
    response.redirected ||
    (status >= 300 && status < 400 && status !== 304)
  );
}

/**
 * Everything that can be judged before reading the body: redirects, status, content type and a
 * declared length over the cap. Throws the matching CheckFailure; returns for a usable 200 text/plain.
 */
export function assertUsableResponse(response: Response, limitBytes: number, nowMs: number): void {
  if (isRedirect(response)) {
    throw new CheckFailure('redirect', response.status === 0 ? 'a redirect' : `HTTP ${response.status}`);
  }
  if (response.type === 'opaque' || response.type === 'error') {
    throw new CheckFailure('network', 'the browser blocked the answer');
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), nowMs);
  if (response.status === 429) {
    const detail = retryAfter === undefined ? 'HTTP 429' : `HTTP 429, wait ${retryAfter} s`;
    throw new CheckFailure('rate-limited', detail, retryAfter);
  }
  if (response.status !== 200) {
    const missing = response.status === 404 ? ': the range file is missing' : '';
    throw new CheckFailure('http', `HTTP ${response.status}${missing}`, retryAfter);
  }
  const type = response.headers.get('Content-Type');
  if (type?.split(';')[0]?.trim().toLowerCase() !== 'text/plain') {
    throw new CheckFailure('malformed', describeContentType(type));
  }
  const length = response.headers.get('Content-Length');
  if (length !== null && /^\d+$/.test(length.trim()) && Number(length) > limitBytes) {
    throw new CheckFailure('too-large', describeBytes(limitBytes));
  }
}
