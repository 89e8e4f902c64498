// The xc-oprf-v1 evaluator as a Cloudflare Worker (module syntax). No Node imports and no WebAssembly:
// Workers refuse to compile WebAssembly from bytes at run time, so the group arithmetic is pure
// JavaScript (@noble/curves) with the per-key constants computed once per isolate.
// Template: deploy/cloudflare/wrangler.toml. The key arrives as the secret binding OPRF_KEY (the key
// file's JSON); it is never part of the bundle.
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { createFetchEvaluateHandler } from '../oprf/fetch-evaluate-handler.ts';
import { oprfKeyFromJson } from '../oprf/key-json.ts';
import { clientKeyFromAddress } from '../oprf/rate-limiter.ts';
import { parseWorkerEnv, type EvaluatorWorkerEnv } from './worker-env.ts';

type Handler = (request: Request) => Promise<Response>;

// One handler per isolate and configuration: the key is parsed and checked once, not per request.
let cached: { raw: string; handler: Handler; path: string } | undefined;

function handlerFor(env: EvaluatorWorkerEnv): { handler: Handler; path: string } {
  const config = parseWorkerEnv(env);
  const raw = JSON.stringify(config);
  if (cached?.raw === raw) return cached;
  const key = oprfKeyFromJson(JSON.parse(config.key), 'the OPRF_KEY secret');
  const handler = createFetchEvaluateHandler({
    evaluator: { sourceId: config.sourceId, kinds: config.kinds as IdentifierKind[], key },
    // Cloudflare puts the client's address in this header; the token bucket is per isolate, so set a
    // platform rate-limiting rule as well for a limit that holds across the whole network.
    clientKey: (request) => clientKeyFromAddress(request.headers.get('cf-connecting-ip') ?? undefined),
    rateLimit: config.rateLimit,
  });
  cached = { raw, handler, path: config.evaluatePath };
  return cached;
}

const notFound = (): Response =>
  new Response(JSON.stringify({ error: 'not-found', detail: 'POST to the evaluate path' }), {
    status: 404,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

export default {
  async fetch(request: Request, env: EvaluatorWorkerEnv): Promise<Response> {
    let configured: { handler: Handler; path: string };
    try {
      configured = handlerFor(env);
    } catch {
      // A missing or inconsistent key is the operator's error: answer 500 and never say more.
      return new Response(JSON.stringify({ error: 'internal', detail: 'the evaluator is not configured' }), {
        status: 500,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
      });
    }
    if (new URL(request.url).pathname !== configured.path) return notFound();
    return configured.handler(request);
  },
};
