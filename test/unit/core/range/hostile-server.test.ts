// @vitest-environment node
// Node's own fetch against a real local server that misbehaves in every way we could think of.
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import { pwnedPasswordsSource } from '../../../../src/core/range/pwned-passwords-source.ts';
import { createRangeClient } from '../../../../src/core/range/range-client.ts';
import { computeRangeKey } from '../../../../src/core/range/range-key.ts';
import type { CheckErrorCode, RangeKey, SourceDescriptor } from '../../../../src/core/range/types.ts';
import { parsed, xcSource } from './fixtures.ts';
import { startRangeServer, unusedPort, type Handler, type RangeTestServer } from './range-test-server.ts';

const TIMEOUT_MS = 400;
const CAP_BYTES = 64 * 1024;
const FIXED_NOW = Date.parse('2026-11-26T12:00:00Z');
const TEXT = { 'Content-Type': 'text/plain; charset=utf-8' };

type SchemeName = 'xc-v1' | 'hibp-sha1';

interface Scheme {
  name: SchemeName;
  id: ParsedIdentifier;
  /** `base` already ends in the case's own path segment. */
  source(base: string): SourceDescriptor;
  path(segment: string, key: RangeKey): string;
  validBody(key: RangeKey): string;
}

const SCHEMES: Scheme[] = [
  {
    name: 'xc-v1',
    id: parsed('email', 'alice@example.org'),
    source: (base) => xcSource('', { rangeUrl: `${base}/{kind}/{prefix}.txt` }),
    path: (segment, key) => `/${segment}/email/${key.prefix}.txt`,
    validBody: (key) =>
      [
        ['0'.repeat(24), '00'],
        [key.suffix, '05'],
        ['7'.repeat(24), '00'],
        ['F'.repeat(24), '00'],
      ]
        .toSorted(([a = ''], [b = '']) => (a < b ? -1 : 1))
        .map(([suffix, bitmap]) => `${suffix}:${bitmap}\n`)
        .join(''),
  },
  {
    name: 'hibp-sha1',
    id: parsed('password', 'correct horse battery staple'),
    source: (base) => pwnedPasswordsSource(base),
    path: (segment, key) => `/${segment}/range/${key.prefix}`,
    validBody: (key) =>
      `${key.suffix}:42\r\n${'0'.repeat(35)}:0\r\n${'A'.repeat(35)}:0\r\n${'F'.repeat(35)}:3\r\n`,
  },
];

const lines = (body: string): string[] => body.split('\n').filter((l) => l !== '');
const joinLines = (ls: string[]): string => ls.map((l) => `${l}\n`).join('');

function stream(res: ServerResponse, total: number, headers: Record<string, string>): void {
  res.writeHead(200, headers);
  const chunk = 'F'.repeat(16 * 1024);
  let sent = 0;
  const push = (): void => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', push);
    }
    res.end();
  };
  push();
}

interface HostileCase {
  name: string;
  code: CheckErrorCode;
  retryAfter?: number;
  only?: SchemeName;
  handler: (valid: string) => Handler;
}

const reply =
  (
    status: number,
    headers: Record<string, string>,
    body: string | Buffer = '',
  ): ((valid: string) => Handler) =>
  () =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };
const replyText = (make: (valid: string) => string) => (valid: string) =>
  reply(200, TEXT, make(valid))(valid);

const CASES: HostileCase[] = [
  { name: 'slow-headers', code: 'timeout', handler: () => () => undefined },
  {
    name: 'slow-drip-body',
    code: 'timeout',
    handler: (valid) => (_req, res) => {
      res.writeHead(200, TEXT);
      let i = 0;
      const timer = setInterval(() => res.write(valid.charAt(i++ % valid.length)), 50);
      res.on('close', () => clearInterval(timer));
    },
  },
  {
    name: 'truncated-body',
    code: 'network',
    handler: (valid) => (_req, res) => {
      res.writeHead(200, { ...TEXT, 'Content-Length': String(valid.length) });
      res.write(valid.slice(0, valid.length >> 1));
      setTimeout(() => res.destroy(), 20);
    },
  },
  { name: 'connection-reset', code: 'network', handler: () => (req) => req.socket.destroy() },
  { name: 'http-404', code: 'http', handler: reply(404, TEXT, 'Not found') },
  { name: 'http-403', code: 'http', handler: reply(403, TEXT, 'Forbidden') },
  { name: 'http-500', code: 'http', handler: reply(500, TEXT, 'Oops') },
  {
    name: 'http-503-retry-after',
    code: 'http',
    retryAfter: 30,
    handler: reply(503, { ...TEXT, 'Retry-After': '30' }),
  },
  { name: 'http-204', code: 'http', handler: reply(204, TEXT) },
  {
    name: 'rate-limited-seconds',
    code: 'rate-limited',
    retryAfter: 120,
    handler: reply(429, { 'Retry-After': '120' }),
  },
  {
    name: 'rate-limited-http-date',
    code: 'rate-limited',
    retryAfter: 90,
    handler: reply(429, { 'Retry-After': new Date(FIXED_NOW + 90_000).toUTCString() }),
  },
  { name: 'rate-limited-bare', code: 'rate-limited', handler: reply(429, TEXT, 'slow down') },
  {
    name: 'html-error-page',
    code: 'malformed',
    handler: reply(200, { 'Content-Type': 'text/html' }, '<html>Error</html>'),
  },
  {
    name: 'html-labelled-text',
    code: 'malformed',
    handler: replyText(() => '<!doctype html><p>Sorry</p>\n'),
  },
  {
    name: 'json-content-type',
    code: 'malformed',
    handler: (v) => reply(200, { 'Content-Type': 'application/json' }, v)(v),
  },
  {
    name: 'octet-stream',
    code: 'malformed',
    handler: (v) => reply(200, { 'Content-Type': 'application/octet-stream' }, v)(v),
  },
  { name: 'no-content-type', code: 'malformed', handler: (v) => reply(200, {}, v)(v) },
  { name: 'empty-body', code: 'malformed', handler: replyText(() => '') },
  { name: 'malformed-lines', code: 'malformed', handler: replyText((v) => v.replaceAll(':', ';')) },
  {
    name: 'wrong-suffix-length',
    code: 'malformed',
    handler: replyText((v) => joinLines(lines(v).map((l) => l.slice(1)))),
  },
  { name: 'non-hex', code: 'malformed', handler: replyText((v) => `G${v.slice(1)}`) },
  {
    name: 'duplicate-suffix',
    code: 'malformed',
    handler: replyText((v) => {
      const ls = lines(v);
      const real = ls.find((l) => !/:0+\r?$/.test(l)) ?? '';
      return joinLines([real, ...ls]);
    }),
  },
  {
    name: 'long-line-within-cap',
    code: 'malformed',
    handler: replyText((v) => `${'F'.repeat(v.length - 1)}\n`),
  },
  {
    name: 'gzip-mismatch',
    code: 'malformed',
    handler: (v) => reply(200, { ...TEXT, 'Content-Encoding': 'gzip' }, v)(v),
  },
  {
    name: 'gzip-bomb-small-content-length',
    code: 'too-large',
    handler: () => {
      const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, 0x46));
      return reply(
        200,
        { ...TEXT, 'Content-Encoding': 'gzip', 'Content-Length': String(bomb.length) },
        bomb,
      )('');
    },
  },
  {
    name: 'oversized-with-content-length',
    code: 'too-large',
    handler: () => (_req, res) => stream(res, 256 * 1024, { ...TEXT, 'Content-Length': String(256 * 1024) }),
  },
  {
    name: 'oversized-chunked',
    code: 'too-large',
    handler: () => (_req, res) => stream(res, 256 * 1024, TEXT),
  },
  {
    name: 'oversized-single-line',
    code: 'too-large',
    handler: () => (_req, res) => stream(res, 2 * CAP_BYTES, TEXT),
  },
  {
    name: 'redirect-other-origin',
    code: 'redirect',
    handler: reply(302, { Location: 'http://evil.example/steal' }),
  },
  {
    name: 'redirect-same-origin',
    code: 'redirect',
    handler: reply(301, { Location: '/redirect-target/ok' }),
  },
  { name: 'redirect-307', code: 'redirect', handler: reply(307, { Location: '/redirect-target/ok' }) },
  // xc-v1 is our own format and is held to the letter of the spec.
  { name: 'lower-case', code: 'malformed', only: 'xc-v1', handler: replyText((v) => v.toLowerCase()) },
  { name: 'crlf', code: 'malformed', only: 'xc-v1', handler: replyText((v) => v.replaceAll('\n', '\r\n')) },
  {
    name: 'unsorted',
    code: 'malformed',
    only: 'xc-v1',
    handler: replyText((v) => {
      const [a = '', b = '', ...rest] = lines(v);
      return joinLines([b, a, ...rest]);
    }),
  },
  {
    name: 'missing-line',
    code: 'malformed',
    only: 'xc-v1',
    handler: replyText((v) => joinLines(lines(v).slice(1))),
  },
  {
    name: 'bitmap-too-wide',
    code: 'malformed',
    only: 'xc-v1',
    handler: replyText((v) => joinLines(lines(v).map((l) => `${l}0`))),
  },
  {
    name: 'nonexistent-breach-bit',
    code: 'malformed',
    only: 'xc-v1',
    handler: replyText((v) => v.replace(':05', ':25')),
  },
];

let server: RangeTestServer;
const routes = new Map<string, Handler>();

beforeAll(async () => {
  server = await startRangeServer((req, res) => {
    const segment = (req.url ?? '').split('/')[1] ?? '';
    const route = routes.get(segment);
    if (route === undefined) {
      res.writeHead(500, TEXT);
      res.end('no route');
    } else route(req, res);
  });
});
afterAll(() => server.close());

const client = () =>
  createRangeClient({ timeoutMs: TIMEOUT_MS, maxBodyBytes: CAP_BYTES, cacheTtlMs: 0, now: () => FIXED_NOW });

describe.each(SCHEMES)('hostile server, $name', (scheme) => {
  let key: RangeKey;
  beforeAll(async () => {
    key = await computeRangeKey(scheme.id, scheme.source('http://127.0.0.1'));
  });

  async function run(segment: string, handler: Handler) {
    routes.set(segment, handler);
    const source = scheme.source(`${server.baseUrl}/${segment}`);
    const outcome = await client().check(key, source);
    const seen = server.seen.filter((r) => r.path.startsWith(`/${segment}/`));
    return { outcome, seen };
  }

  it('answers a well-formed bucket with found (the suite can tell success from failure)', async () => {
    const { outcome } = await run(`${scheme.name}.valid`, replyText(() => scheme.validBody(key))(''));
    expect(outcome.status).toBe('found');
  });

  const cases = CASES.filter((c) => c.only === undefined || c.only === scheme.name);
  it.each(cases)('$name → $code', async ({ name, code, retryAfter, handler }) => {
    const segment = `${scheme.name}.${name}`;
    const { outcome, seen } = await run(segment, handler(scheme.validBody(key)));

    expect(outcome.status).toBe('error');
    if (outcome.status !== 'error') return;
    expect(outcome.code).toBe(code);
    expect(outcome.retryAfterSeconds).toBe(retryAfter);
    expect(outcome.message).toMatch(/Nothing was concluded|nothing was concluded/);

    // Exactly one request, for the prefix path only, and nothing that identifies the person.
    expect(seen.map((r) => r.path)).toEqual([scheme.path(segment, key)]);
    const request = seen[0];
    expect(request?.method).toBe('GET');
    expect(request?.headers.cookie).toBeUndefined();
    expect(request?.headers.referer).toBeUndefined();
    expect(request?.headers['add-padding']).toBe(scheme.name === 'hibp-sha1' ? 'true' : undefined);
    const wire = JSON.stringify(seen);
    for (const secret of [key.suffix, scheme.id.canonical, encodeURIComponent(scheme.id.canonical)]) {
      expect(wire).not.toContain(secret);
      expect(outcome.message).not.toContain(secret);
    }
  });

  it('never follows a redirect', () => {
    expect(server.seen.some((r) => r.path.startsWith('/redirect-target/'))).toBe(false);
  });

  it('reports a refused connection as network', async () => {
    const source = scheme.source(`http://127.0.0.1:${await unusedPort()}/closed`);
    expect(await client().check(key, source)).toMatchObject({ status: 'error', code: 'network' });
  });
});
