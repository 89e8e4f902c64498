// @vitest-environment node
// A real evaluator and bucket host that misbehave: every case must be an `error` with its own code.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOprf, parseEvaluateRequest, poprfFor } from '../../../../src/core/oprf/index.ts';
import { bytesToBase64Url } from '../../../../src/core/range/hex.ts';
import type { CheckErrorCode, SourceDescriptor } from '../../../../src/core/range/types.ts';
import {
  buildFixtureSource,
  serveFixture,
  syntheticIds,
  TEST_PREFIX_BITS,
  type BuiltSource,
  type ServedSource,
} from '../../publisher/oprf/oprf-fixture.ts';
import { readOprfKeyFile, type OprfKey } from '../../../../src/publisher/oprf/index.ts';

const TIMEOUT_MS = 500;
const [breached, ...clean] = syntheticIds('pesel', 3, 11);
let built: BuiltSource;
let served: ServedSource;
let hostile: Server;
let hostileBase: string;
let key: OprfKey;
const otherKey = ristretto255_oprf.oprf.generateKeyPair();

type Evaluation = { keyId: string; evaluated: string; proof: string };

function json(res: ServerResponse, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'Content-Type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** Evaluates the request's blinded element with any key and info: the building block of lies. */
function evaluation(body: string, secretKey: Uint8Array, sourceId: string, keyId: string): Evaluation {
  const request = parseEvaluateRequest(JSON.parse(body));
  if (!request.ok) throw new Error(request.reason);
  const { evaluated, proof } = poprfFor(sourceId, request.value.kind).blindEvaluate(
    secretKey,
    request.value.blinded,
  );
  return { keyId, evaluated: bytesToBase64Url(evaluated), proof: bytesToBase64Url(proof) };
}

const EVALUATORS: Record<string, (body: string, res: ServerResponse) => void> = {
  honest: (body, res) => json(res, evaluation(body, key.secretKey, 'demo-oprf', key.keyId)),
  'other-key': (body, res) => json(res, evaluation(body, otherKey.secretKey, 'demo-oprf', key.keyId)),
  'other-info': (body, res) => json(res, evaluation(body, key.secretKey, 'another-source', key.keyId)),
  'other-key-id': (body, res) =>
    json(res, evaluation(body, key.secretKey, 'demo-oprf', 'k-ffffffffffffffff')),
  'non-canonical-point': (body, res) =>
    json(res, {
      ...evaluation(body, key.secretKey, 'demo-oprf', key.keyId),
      evaluated: bytesToBase64Url(new Uint8Array(32).fill(255)),
    }),
  identity: (body, res) =>
    json(res, {
      ...evaluation(body, key.secretKey, 'demo-oprf', key.keyId),
      evaluated: bytesToBase64Url(new Uint8Array(32)),
    }),
  'swapped-proof': (body, res) => {
    const e = evaluation(body, key.secretKey, 'demo-oprf', key.keyId);
    json(res, { ...e, proof: `${e.proof.slice(43)}${e.proof.slice(0, 43)}` });
  },
  'short-element': (body, res) => {
    const e = evaluation(body, key.secretKey, 'demo-oprf', key.keyId);
    json(res, { ...e, evaluated: e.evaluated.slice(0, 40) });
  },
  'extra-field': (body, res) =>
    json(res, { ...evaluation(body, key.secretKey, 'demo-oprf', key.keyId), found: false }),
  'not-json': (_body, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"keyId":'),
  html: (_body, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>Sign in</html>'),
  oversize: (_body, res) => json(res, { pad: 'x'.repeat(10_000) }),
  'oversize-stream': (_body, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(`{"pad":"${'x'.repeat(50_000)}"}`);
  },
  'server-error': (_body, res) => res.writeHead(500, { 'Content-Type': 'application/json' }).end('{}'),
  'rate-limited': (_body, res) => res.writeHead(429, { 'Retry-After': '7' }).end(),
  'key-rotated': (_body, res) => res.writeHead(409, { 'Content-Type': 'application/json' }).end('{}'),
  redirect: (_body, res) => res.writeHead(302, { Location: 'https://example.org/' }).end(),
  hang: () => undefined,
  'slow-drip': (_body, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    const timer = setInterval(() => res.write(' '), 50);
    res.on('close', () => clearInterval(timer));
  },
  reset: (_body, res) => res.socket?.destroy(),
};

const BUCKETS: Record<string, (res: ServerResponse) => void> = {
  missing: (res) => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'),
  html: (res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html></html>'),
  empty: (res) => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(''),
  // The fixture pads every bucket to one line.
  long: (res) =>
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`${'A'.repeat(24)}:0\n${'B'.repeat(24)}:0\n`),
  huge: (res) =>
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(`${'A'.repeat(24)}:0\n`.repeat(100_000)),
};

function route(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    const [, area = '', name = ''] = new URL(req.url ?? '/', 'http://x').pathname.split('/');
    const handler = area === 'eval' ? EVALUATORS[name] : undefined;
    if (handler !== undefined) return handler(body, res);
    const bucket = area === 'bucket' ? BUCKETS[name] : undefined;
    if (bucket !== undefined) return bucket(res);
    res.writeHead(500).end();
  });
}

beforeAll(async () => {
  built = await buildFixtureSource({ pesel: [breached!] }, { prefixBits: TEST_PREFIX_BITS });
  served = await serveFixture(built);
  key = await readOprfKeyFile(built.keyPath);
  hostile = createServer(route);
  await new Promise<void>((resolve) => hostile.listen(0, '127.0.0.1', resolve));
  hostileBase = `http://127.0.0.1:${(hostile.address() as AddressInfo).port}`;
});
afterAll(async () => {
  hostile.closeAllConnections();
  await new Promise<void>((resolve) => hostile.close(() => resolve()));
  await served.close();
  await built.cleanup();
});

function withEvaluator(name: string): SourceDescriptor {
  const { hash } = served.source;
  if (hash.algorithm !== 'oprf') throw new Error('fixture is not an OPRF source');
  return { ...served.source, hash: { ...hash, evaluateUrl: `${hostileBase}/eval/${name}` } };
}

describe('checkOprf against a hostile evaluator', () => {
  it('the honest stand-in finds the breached PESEL and not the clean one (the harness works)', async () => {
    expect((await checkOprf(breached!, withEvaluator('honest'))).status).toBe('found');
    expect((await checkOprf(clean[0]!, withEvaluator('honest'))).status).toBe('not-found');
  });

  it.each<[string, CheckErrorCode]>([
    ['other-key', 'malformed'],
    ['other-info', 'malformed'],
    ['other-key-id', 'malformed'],
    ['non-canonical-point', 'malformed'],
    ['identity', 'malformed'],
    ['swapped-proof', 'malformed'],
    ['short-element', 'malformed'],
    ['extra-field', 'malformed'],
    ['not-json', 'malformed'],
    ['html', 'malformed'],
    ['oversize', 'too-large'],
    ['oversize-stream', 'too-large'],
    ['server-error', 'http'],
    ['rate-limited', 'rate-limited'],
    ['key-rotated', 'http'],
    ['redirect', 'redirect'],
    ['hang', 'timeout'],
    ['slow-drip', 'timeout'],
    ['reset', 'network'],
  ])('%s → error %s, for a breached and a clean identifier alike', async (name, code) => {
    for (const id of [breached!, clean[0]!]) {
      const outcome = await checkOprf(id, withEvaluator(name), { timeoutMs: TIMEOUT_MS });
      expect(outcome).toMatchObject({ status: 'error', code });
    }
  });

  it('passes Retry-After on', async () => {
    const outcome = await checkOprf(breached!, withEvaluator('rate-limited'), { timeoutMs: TIMEOUT_MS });
    expect(outcome).toMatchObject({ status: 'error', code: 'rate-limited', retryAfterSeconds: 7 });
  });
});

describe('checkOprf against a hostile bucket host', () => {
  it.each<[string, CheckErrorCode]>([
    ['missing', 'http'],
    ['html', 'malformed'],
    ['empty', 'malformed'],
    ['long', 'malformed'],
    ['huge', 'too-large'],
  ])('%s → error %s', async (name, code) => {
    const source = { ...served.source, rangeUrl: `${hostileBase}/bucket/${name}?p={prefix}` };
    expect(await checkOprf(breached!, source, { timeoutMs: TIMEOUT_MS })).toMatchObject({
      status: 'error',
      code,
    });
  });
});

describe('checkOprf with an unusable descriptor', () => {
  const variants: [string, (s: SourceDescriptor) => SourceDescriptor][] = [
    [
      'no public key',
      (s) => ({ ...s, hash: { ...s.hash, publicKey: undefined } as SourceDescriptor['hash'] }),
    ],
    [
      'an invalid public key',
      (s) => ({
        ...s,
        hash: {
          ...s.hash,
          publicKey: bytesToBase64Url(new Uint8Array(32).fill(255)),
        } as SourceDescriptor['hash'],
      }),
    ],
    [
      'another suite',
      (s) => ({ ...s, hash: { ...s.hash, suite: 'P256-SHA256' } as SourceDescriptor['hash'] }),
    ],
    ['no padded line count', (s) => ({ ...s, buckets: { pesel: { prefixBits: TEST_PREFIX_BITS.pesel } } })],
    [
      'a plain-http evaluator',
      (s) => ({
        ...s,
        hash: { ...s.hash, evaluateUrl: 'http://example.org/evaluate' } as SourceDescriptor['hash'],
      }),
    ],
  ];
  it.each(variants)('%s is unsupported, before anything is sent', async (_label, change) => {
    const before = served.logs.length;
    expect(await checkOprf(breached!, change(served.source))).toMatchObject({
      status: 'error',
      code: 'unsupported',
    });
    expect(served.logs.length).toBe(before);
  });
});
