import type { IncomingMessage, ServerResponse } from 'node:http';
import { OPRF_MAX_BATCH_REQUEST_BYTES } from '../../core/oprf/index.ts';
import { answerEvaluateRequest, type OprfEvaluator } from './evaluate-request.ts';
import { clientKeyFromAddress, TokenBucketLimiter, type RateLimitOptions } from './rate-limiter.ts';

export interface EvaluateEndpointOptions {
  evaluator: OprfEvaluator;
  rateLimit?: Partial<RateLimitOptions>;
  maxBodyBytes?: number;
  /** A slow body (slowloris) is cut off after this long. */
  bodyTimeoutMs?: number;
  /** Rate-limit key for a request; behind a trusted proxy, derive it from the proxy's header instead. */
  clientKey?: (req: IncomingMessage) => string;
  /** Access log: method, status, kind and time only, never the blinded or evaluated element. */
  log?: (line: string) => void;
  now?: () => number;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
};

function send(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...CORS,
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

const problem = (error: string, detail: string): string => JSON.stringify({ error, detail });

type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 408 | 413 };

/** Reads at most `limit` bytes of the body; a larger or slower body is refused, not buffered. */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) return resolve({ ok: false, status: 413 });
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult): void => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      if (!result.ok) req.resume();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ ok: false, status: 408 }), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish({ ok: false, status: 413 });
      else chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        finish({ ok: false, status: 400 });
      }
    });
    req.on('error', () => finish({ ok: false, status: 400 }));
  });
}

/**
 * The `POST <evaluate path>` endpoint for node:http (route it yourself): CORS preflight, a token bucket
 * per client address checked before the body is read, a body size and time cap, and 4xx for anything
 * malformed. It never throws; an unexpected failure is a 500.
 */
export function createEvaluateHandler(options: EvaluateEndpointOptions): Handler {
  const limiter = new TokenBucketLimiter(options.rateLimit, options.now);
  // Room for a batch of 64 elements (~3 KiB); a single evaluation is ~110 bytes.
  const maxBody = options.maxBodyBytes ?? OPRF_MAX_BATCH_REQUEST_BYTES;
  const bodyTimeout = options.bodyTimeoutMs ?? 10_000;
  const keyOf =
    options.clientKey ?? ((req: IncomingMessage) => clientKeyFromAddress(req.socket.remoteAddress));
  const log = options.log ?? (() => undefined);

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<string> => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return '204';
    }
    if (req.method !== 'POST') {
      send(res, 405, problem('method', 'use POST'), { allow: 'POST, OPTIONS' });
      return '405';
    }
    const client = keyOf(req);
    const taken = limiter.take(client);
    if (!taken.ok) {
      req.resume();
      const after = String(taken.retryAfterSeconds);
      send(res, 429, problem('rate-limited', `retry in ${after} s`), { 'retry-after': after });
      return '429';
    }
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      ?.trim()
      .toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      send(res, 415, problem('media-type', 'send application/json'));
      return '415';
    }
    const body = await readBody(req, maxBody, bodyTimeout);
    if (!body.ok) {
      send(res, body.status, problem('malformed', `the body was refused (${body.status})`), {
        connection: 'close',
      });
      return String(body.status);
    }
    const answer = answerEvaluateRequest(body.text, options.evaluator, (extra) =>
      limiter.take(client, extra),
    );
    const retry =
      answer.retryAfterSeconds === undefined ? {} : { 'retry-after': String(answer.retryAfterSeconds) };
    send(res, answer.status, answer.body, retry);
    return `${answer.status} ${answer.kind ?? '-'}`;
  };

  return (req, res) => {
    const started = Date.now();
    handle(req, res)
      .catch(() => {
        send(res, 500, problem('internal', 'the evaluation failed'));
        return '500';
      })
      .then((outcome) => log(`${req.method ?? '-'} evaluate ${outcome} ${Date.now() - started}ms`))
      .catch(() => undefined);
  };
}
