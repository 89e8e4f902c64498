// @vitest-environment node
// The evaluator packaged as a Cloudflare Worker, run by workerd (Cloudflare's runtime, from npm) on
// 127.0.0.1: the extension's own client checks through it, and it answers every request with the same
// status as the Node endpoint of `publisher serve`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ristretto255 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOprf, encodeEvaluateRequest } from '../../../../src/core/oprf/index.ts';
import { bytesToBase64Url } from '../../../../src/core/range/hex.ts';
import { parseSourceDescriptor } from '../../../../src/core/range/source-descriptor.ts';
import type { SourceDescriptor } from '../../../../src/core/range/types.ts';
import {
  clientKeyFromAddress,
  readOprfKeyFile,
  oprfKeyToJson,
} from '../../../../src/publisher/oprf/index.ts';
import { startWorkerdEvaluator, type RunningWorker } from '../../../tools/workerd-evaluator.ts';
import {
  buildFixtureSource,
  serveFixture,
  syntheticIds,
  type BuiltSource,
  type ServedSource,
} from '../oprf/oprf-fixture.ts';

const breached = syntheticIds('pesel', 6, 41);
const [clean] = syntheticIds('pesel', 1, 4242);
const LIMIT = { capacity: 4, refillPerSecond: 0.001 };

let built: BuiltSource;
let node: ServedSource;
let worker: RunningWorker;
let viaWorker: SourceDescriptor;
let keyId: string;

const valid = () =>
  encodeEvaluateRequest({ keyId, kind: 'pesel', blinded: ristretto255.Point.BASE.multiply(99n).toBytes() });
const cases: [string, () => RequestInit][] = [
  ['a preflight', () => ({ method: 'OPTIONS' })],
  ['a GET', () => ({ method: 'GET' })],
  ['text/plain', () => ({ method: 'POST', headers: { 'content-type': 'text/plain' }, body: valid() })],
  [
    'a huge body',
    () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"x":"${'a'.repeat(4000)}"}`,
    }),
  ],
  ['not JSON', () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' })],
  [
    'another key id',
    () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: valid().replace(keyId, 'k-0000000000000000'),
    }),
  ],
  [
    'an uncovered kind',
    () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: valid().replace('"pesel"', '"cpr"'),
    }),
  ],
  [
    'the identity element',
    () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: encodeEvaluateRequest({ keyId, kind: 'pesel', blinded: new Uint8Array(32) }),
    }),
  ],
  [
    'a valid request',
    () => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: valid() }),
  ],
];
const send = (origin: string) =>
  fetch(`${origin}/evaluate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': '203.0.113.7' },
    body: valid(),
  });

beforeAll(async () => {
  built = await buildFixtureSource({ pesel: breached }, { prefixBits: { pesel: 6 } });
  // The Node endpoint keyed like the Worker (by the client-address header), with the same limits.
  node = await serveFixture(built, {
    clientKey: (req) => clientKeyFromAddress(String(req.headers['cf-connecting-ip'] ?? '')),
    rateLimit: LIMIT,
  });
  const key = await readOprfKeyFile(built.keyPath);
  keyId = key.keyId;
  worker = await startWorkerdEvaluator({
    OPRF_KEY: JSON.stringify(oprfKeyToJson(key)),
    SOURCE_ID: 'demo-oprf',
    KINDS: 'pesel',
    RATE_CAPACITY: String(LIMIT.capacity),
    RATE_REFILL_PER_SECOND: String(LIMIT.refillPerSecond),
  });
  const json = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8')) as {
    hash: Record<string, unknown>;
  };
  // Buckets from the static server, evaluations from the Worker: how a CDN + Worker deployment looks.
  viaWorker = parseSourceDescriptor(
    { ...json, hash: { ...json.hash, evaluateUrl: `${worker.origin}/evaluate` } },
    `${node.baseUrl}/source.json`,
  );
}, 60_000);

afterAll(async () => {
  await worker?.close();
  await node?.close();
  await built?.cleanup();
});

describe('the evaluator Worker under workerd', () => {
  it('answers the extension client: breached found with its breaches, another not found', async () => {
    const found = await checkOprf(breached[0]!, viaWorker);
    expect(found.status).toBe('found');
    expect(found.status === 'found' ? found.breaches.map((b) => b.id) : []).toEqual([
      'demo-lab',
      'demo-clinic',
    ]);
    expect((await checkOprf(clean!, viaWorker)).status).toBe('not-found');
  });

  it('runs a bundle with neither the key nor Node built-ins in it (the key is a binding)', async () => {
    const key = await readOprfKeyFile(built.keyPath);
    expect(worker.bundle).not.toContain(bytesToBase64Url(key.secretKey));
    expect(worker.bundle).not.toMatch(/from\s*["']node:/);
  });

  it.each(cases.map(([label, init], i) => [label, init, i] as const))(
    'answers %s with the status the Node endpoint gives',
    async (_label, init, i) => {
      // A fresh client address per case, so the rate limit is not what answers.
      const request = init();
      const headers = {
        ...(request.headers as Record<string, string>),
        'cf-connecting-ip': `198.51.100.${i + 1}`,
      };
      const [fromNode, fromWorker] = await Promise.all([
        fetch(`${node.baseUrl}/evaluate`, { ...request, headers }),
        fetch(`${worker.origin}/evaluate`, { ...request, headers }),
      ]);
      expect(fromWorker.status).toBe(fromNode.status);
      expect(fromWorker.headers.get('cache-control')).toBe('no-store');
      expect(fromWorker.headers.get('access-control-allow-origin')).toBe('*');
    },
  );

  it('rate-limits per client address like the Node endpoint, with retry-after', async () => {
    for (const origin of [node.baseUrl, worker.origin]) {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i <= LIMIT.capacity; i++) {
        const res = await send(origin);
        statuses.push(res.status);
        if (res.status === 429) retryAfter = res.headers.get('retry-after');
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    }
  });

  it('answers 500 without detail when its key binding is missing, and 404 off the evaluate path', async () => {
    const unconfigured = await startWorkerdEvaluator({ SOURCE_ID: 'demo-oprf', KINDS: 'pesel' });
    try {
      const res = await fetch(`${unconfigured.origin}/evaluate`, { method: 'POST', body: valid() });
      expect(res.status).toBe(500);
      expect(await res.text()).not.toContain('OPRF_KEY');
    } finally {
      await unconfigured.close();
    }
    expect((await fetch(`${worker.origin}/elsewhere`, { method: 'POST' })).status).toBe(404);
  });
});
