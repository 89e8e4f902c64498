// @vitest-environment node
import { ristretto255 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { encodeEvaluateRequest, parseEvaluateResponse } from '../../../../src/core/oprf/index.ts';
import { createFetchEvaluateHandler, generateOprfKey } from '../../../../src/publisher/oprf/index.ts';

const evaluator = { sourceId: 'demo-oprf', kinds: ['pesel'] as const, key: generateOprfKey() };
const body = encodeEvaluateRequest({
  keyId: evaluator.key.keyId,
  kind: 'pesel',
  blinded: ristretto255.Point.BASE.multiply(777n).toBytes(),
});
const post = (text: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
  new Request('https://eval.example.org/evaluate', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: text,
  });

describe('createFetchEvaluateHandler (serverless runtimes)', () => {
  const handle = createFetchEvaluateHandler({ evaluator: { ...evaluator, kinds: [...evaluator.kinds] } });

  it('evaluates, with CORS and no-store', async () => {
    const res = await handle(post(body));
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(parseEvaluateResponse(await res.json()).ok).toBe(true);
  });

  it.each<[string, Request, number]>([
    ['a preflight', new Request('https://e.example/evaluate', { method: 'OPTIONS' }), 204],
    ['a GET', new Request('https://e.example/evaluate'), 405],
    ['text/plain', post(body, { 'content-type': 'text/plain' }), 415],
    ['a huge body', post(`{"x":"${'a'.repeat(5000)}"}`), 413],
    ['invalid UTF-8', post(Uint8Array.of(0x7b, 0xff, 0x7d)), 400],
    ['not JSON', post('{'), 400],
    ['another key id', post(body.replace(evaluator.key.keyId, 'k-0000000000000000')), 409],
  ])('answers %s with %i', async (_label, request, status) => {
    expect((await handle(request)).status).toBe(status);
  });

  it('rate-limits per client key when one is given', async () => {
    const limited = createFetchEvaluateHandler({
      evaluator: { ...evaluator, kinds: [...evaluator.kinds] },
      clientKey: (r) => r.headers.get('x-client') ?? '',
      rateLimit: { capacity: 1, refillPerSecond: 0.1 },
      now: () => 0,
    });
    expect((await limited(post(body, { 'x-client': 'a' }))).status).toBe(200);
    const refused = await limited(post(body, { 'x-client': 'a' }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect((await limited(post(body, { 'x-client': 'b' }))).status).toBe(200);
  });
});
