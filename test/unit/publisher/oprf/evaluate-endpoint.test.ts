// @vitest-environment node
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { ristretto255 } from '@noble/curves/ed25519.js';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEvaluateRequest, parseEvaluateResponse, poprfFor } from '../../../../src/core/oprf/index.ts';
import { bytesToBase64Url } from '../../../../src/core/range/hex.ts';
import {
  createEvaluateHandler,
  generateOprfKey,
  type EvaluateEndpointOptions,
  type OprfEvaluator,
} from '../../../../src/publisher/oprf/index.ts';

const evaluator: OprfEvaluator = { sourceId: 'demo-oprf', kinds: ['pesel', 'cpr'], key: generateOprfKey() };
const validElement = ristretto255.Point.BASE.multiply(12345n).toBytes();
const validBody = encodeEvaluateRequest({ keyId: evaluator.key.keyId, kind: 'pesel', blinded: validElement });

interface Running {
  url: string;
  logs: string[];
  close: () => Promise<void>;
}

async function start(options: Partial<EvaluateEndpointOptions> = {}): Promise<Running> {
  const logs: string[] = [];
  const handler = createEvaluateHandler({ evaluator, log: (l) => logs.push(l), ...options });
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/evaluate`,
    logs,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const post = (url: string, body: string | Uint8Array<ArrayBuffer>, type = 'application/json') =>
  fetch(url, { method: 'POST', headers: { 'content-type': type }, body });

let server: Running;
beforeAll(async () => {
  server = await start({ rateLimit: { capacity: 1_000_000, refillPerSecond: 1 } });
});
afterAll(() => server.close());

describe('evaluation endpoint', () => {
  it('evaluates a valid request with a proof the client can check', async () => {
    const res = await post(server.url, validBody);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const parsed = parseEvaluateResponse(await res.json());
    expect(parsed.ok && parsed.value.keyId).toBe(evaluator.key.keyId);
  });

  it.each<[string, string, number]>([
    ['not JSON', '{', 400],
    ['an array', '[]', 400],
    ['an unknown kind', validBody.replace('pesel', 'passport'), 400],
    ['a kind the source does not cover', validBody.replace('pesel', 'bsn'), 400],
    ['an extra field', validBody.replace('{', '{"canonical":"44051401359",'), 400],
    [
      'a non-canonical element',
      validBody.replace(bytesToBase64Url(validElement), bytesToBase64Url(new Uint8Array(32).fill(255))),
      400,
    ],
    [
      'the identity element',
      validBody.replace(bytesToBase64Url(validElement), bytesToBase64Url(new Uint8Array(32))),
      400,
    ],
    ['another key id', validBody.replace(evaluator.key.keyId, 'k-0000000000000000'), 409],
  ])('answers %s with %i', async (_label, body, status) => {
    const res = await post(server.url, body);
    expect(res.status).toBe(status);
    expect(await res.json()).toHaveProperty('error');
  });

  it('refuses wrong methods, media types, invalid UTF-8 and oversized bodies', async () => {
    expect((await fetch(server.url)).status).toBe(405);
    expect((await post(server.url, validBody, 'text/plain')).status).toBe(415);
    expect((await post(server.url, Uint8Array.of(0x7b, 0xff, 0x7d))).status).toBe(400);
    expect((await post(server.url, `{"pad":"${'x'.repeat(5000)}"}`)).status).toBe(413);
    const preflight = await fetch(server.url, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
  });

  it('answers arbitrary bodies with a 4xx and keeps serving (fuzz)', async () => {
    const bodies = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 3 }),
      fc
        .record({
          keyId: fc.oneof(fc.constant(evaluator.key.keyId), fc.string()),
          kind: fc.oneof(fc.constantFrom('pesel', 'cpr', 'bsn'), fc.string()),
          blinded: fc.oneof(
            fc.uint8Array({ minLength: 32, maxLength: 32 }).map(bytesToBase64Url),
            fc.string(),
          ),
        })
        .map((r) => JSON.stringify(r)),
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (body) => {
        const res = await post(server.url, body);
        await res.arrayBuffer();
        // A random 32-byte string is a valid element about 1 time in 8; those get a real evaluation.
        expect([200, 400, 409, 413]).toContain(res.status);
      }),
      { numRuns: 150 },
    );
    expect((await post(server.url, validBody)).status).toBe(200);
  });

  it('survives bodies that stop half-way or never finish', async () => {
    const slow = await start({ bodyTimeoutMs: 200 });
    try {
      const { port } = new URL(slow.url);
      for (const finish of ['destroy', 'stall'] as const) {
        const socket = connect(Number(port), '127.0.0.1');
        await new Promise<void>((resolve) => socket.once('connect', resolve));
        socket.write(
          'POST /evaluate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"ke',
        );
        const reply = new Promise<string>((resolve) => {
          let text = '';
          socket.on('data', (c: Buffer) => (text += c.toString()));
          socket.on('close', () => resolve(text));
        });
        if (finish === 'destroy') socket.destroy();
        const text = await reply;
        if (finish === 'stall') expect(text).toMatch(/^HTTP\/1\.1 408/);
      }
      expect((await post(slow.url, validBody)).status).toBe(200);
    } finally {
      await slow.close();
    }
  });

  it('logs neither blinded nor evaluated elements', async () => {
    const res = await post(server.url, validBody);
    const answer = (await res.json()) as { evaluated: string; proof: string };
    const logText = server.logs.join('\n');
    expect(logText).toContain('POST evaluate 200 pesel');
    for (const secret of [bytesToBase64Url(validElement), answer.evaluated, answer.proof]) {
      expect(logText).not.toContain(secret);
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 with Retry-After once a client has used its burst, and recovers', async () => {
    let now = 1_000_000;
    const limited = await start({ rateLimit: { capacity: 3, refillPerSecond: 0.5 }, now: () => now });
    try {
      for (let i = 0; i < 3; i++) expect((await post(limited.url, validBody)).status).toBe(200);
      const refused = await post(limited.url, validBody);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('2');
      now += 2_000;
      expect((await post(limited.url, validBody)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('counts requests per client, not globally', async () => {
    let client = 'a';
    const limited = await start({
      rateLimit: { capacity: 1, refillPerSecond: 0.001 },
      clientKey: () => client,
    });
    try {
      expect((await post(limited.url, validBody)).status).toBe(200);
      expect((await post(limited.url, validBody)).status).toBe(429);
      client = 'b';
      expect((await post(limited.url, validBody)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe('answers are real POPRF evaluations', () => {
  it('matches the non-interactive evaluation of the same input', async () => {
    const poprf = poprfFor(evaluator.sourceId, 'cpr');
    const input = new TextEncoder().encode('xc-oprf-v1\0cpr\x000101901234');
    const blinded = poprf.blind(input, evaluator.key.publicKey);
    const body = encodeEvaluateRequest({ keyId: evaluator.key.keyId, kind: 'cpr', blinded: blinded.blinded });
    const parsed = parseEvaluateResponse(await (await post(server.url, body)).json());
    if (!parsed.ok) throw new Error(parsed.reason);
    const output = poprf.finalize(
      input,
      blinded.blind,
      parsed.value.evaluated,
      blinded.blinded,
      parsed.value.proof,
      blinded.tweakedKey,
    );
    expect(output).toEqual(poprf.evaluate(evaluator.key.secretKey, input));
  });
});
