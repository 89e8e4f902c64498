import { CheckFailure } from '../range/errors.ts';

export interface RequestContext {
  fetch: typeof fetch;
  /** Aborts on timeout and on the caller's signal. */
  signal: AbortSignal;
  /** Tells a timeout apart from the caller cancelling. */
  timedOut: () => boolean;
}

export interface BodyExpectation {
  /** What the answer is, for messages: "the bucket", "the evaluation". */
  what: string;
  maxBytes: number;
  /** The media type the answer must declare (parameters such as charset are allowed). */
  contentType: string;
}

/** Seconds from a Retry-After header (delta-seconds or HTTP date), clamped to a day. */
export function retryAfterSeconds(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const trimmed = header.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : Math.ceil((Date.parse(trimmed) - now) / 1000);
  if (!Number.isFinite(seconds)) return undefined;
  return Math.min(86_400, Math.max(0, seconds));
}

function transportFailure(ctx: RequestContext, what: string): CheckFailure {
  if (ctx.timedOut()) return new CheckFailure('timeout', `waiting for ${what}`);
  if (ctx.signal.aborted) return new CheckFailure('network', 'the check was cancelled');
  return new CheckFailure('network', `${what} could not be fetched`);
}

function checkStatus(response: Response, what: string): void {
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new CheckFailure('redirect', `${what} was redirected`);
  }
  if (response.status === 429) {
    const after = retryAfterSeconds(response.headers.get('retry-after'));
    throw new CheckFailure('rate-limited', `${what}: HTTP 429`, after);
  }
  if (response.status !== 200) throw new CheckFailure('http', `${what}: HTTP ${response.status}`);
}

async function readCapped(response: Response, expect: BodyExpectation): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > expect.maxBytes) throw new CheckFailure('too-large', `${expect.what}: ${declared} bytes`);
  if (response.body === null) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > expect.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new CheckFailure('too-large', `${expect.what}: over ${expect.maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * One request, fail closed: no cookies, no referrer, no redirects followed, a size cap while streaming,
 * the declared media type enforced (an HTML error page is `malformed`), strict UTF-8.
 */
export async function fetchText(
  ctx: RequestContext,
  url: string,
  init: RequestInit,
  expect: BodyExpectation,
): Promise<string> {
  let response: Response;
  try {
    response = await ctx.fetch(url, {
      ...init,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'manual',
      signal: ctx.signal,
    });
  } catch {
    throw transportFailure(ctx, expect.what);
  }
  checkStatus(response, expect.what);
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== expect.contentType) {
    await response.body?.cancel().catch(() => undefined);
    throw new CheckFailure('malformed', `${expect.what} is not ${expect.contentType}`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, expect);
  } catch (error) {
    if (error instanceof CheckFailure) throw error;
    throw transportFailure(ctx, expect.what);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CheckFailure('malformed', `${expect.what} is not valid UTF-8`);
  }
}
