import { OPRF_MAX_BATCH_REQUEST_BYTES } from '../../core/oprf/index.ts';
import { answerEvaluateRequest, type OprfEvaluator } from './evaluate-request.ts';
import { TokenBucketLimiter, type RateLimitOptions } from './rate-limiter.ts';

// Web-standard Request → Response, no Node imports: the evaluation endpoint for a serverless or edge
// runtime (Cloudflare Workers, Deno Deploy, Vercel/Netlify edge functions, Lambda behind a fetch adapter).

export interface FetchEvaluateOptions {
  evaluator: OprfEvaluator;
  /**
   * Rate-limit key of a request, e.g. the platform's client-address header. Omitted: no limiting here
   * (then configure it at the edge; an instance's memory is per instance anyway).
   */
  clientKey?: (request: Request) => string;
  rateLimit?: Partial<RateLimitOptions>;
  maxBodyBytes?: number;
  now?: () => number;
}

const HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

const json = (status: number, body: string, extra: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { ...HEADERS, 'content-type': 'application/json', ...extra } });

const problem = (status: number, error: string, detail: string, extra?: Record<string, string>) =>
  json(status, JSON.stringify({ error, detail }), extra);

/** The body as text, or undefined once it passes `limit` bytes (the rest is not read). */
async function cappedText(request: Request, limit: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length') ?? '0') > limit || request.body === null) {
    return request.body === null ? '' : undefined;
  }
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** Same behaviour as the node:http endpoint (status codes, CORS, caps), as a fetch handler. */
export function createFetchEvaluateHandler(
  options: FetchEvaluateOptions,
): (request: Request) => Promise<Response> {
  const limiter =
    options.clientKey === undefined ? undefined : new TokenBucketLimiter(options.rateLimit, options.now);
  const maxBody = options.maxBodyBytes ?? OPRF_MAX_BATCH_REQUEST_BYTES;
  return async (request) => {
    try {
      if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: HEADERS });
      if (request.method !== 'POST') return problem(405, 'method', 'use POST', { allow: 'POST, OPTIONS' });
      const client = options.clientKey?.(request) ?? 'unknown';
      const taken = limiter?.take(client);
      if (taken?.ok === false) {
        const after = String(taken.retryAfterSeconds);
        return problem(429, 'rate-limited', `retry in ${after} s`, { 'retry-after': after });
      }
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') return problem(415, 'media-type', 'send application/json');
      let text: string | undefined;
      try {
        text = await cappedText(request, maxBody);
      } catch {
        return problem(400, 'malformed', 'the body is not UTF-8 or broke off');
      }
      if (text === undefined) return problem(413, 'malformed', 'the body is too large');
      const answer = answerEvaluateRequest(text, options.evaluator, (extra) =>
        limiter === undefined ? { ok: true } : limiter.take(client, extra),
      );
      const retry =
        answer.retryAfterSeconds === undefined ? {} : { 'retry-after': String(answer.retryAfterSeconds) };
      return json(answer.status, answer.body, retry);
    } catch {
      return problem(500, 'internal', 'the evaluation failed');
    }
  };
}
