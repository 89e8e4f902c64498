// @vitest-environment node
// createRangeClient against a real local server that counts what it is asked.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkIdentifier, checkRangeKey } from '../../../../src/core/range/check-identifier.ts';
import { pwnedPasswordsSource } from '../../../../src/core/range/pwned-passwords-source.ts';
import { createRangeClient } from '../../../../src/core/range/range-client.ts';
import { computeRangeKey } from '../../../../src/core/range/range-key.ts';
import type { RangeKey, SourceDescriptor } from '../../../../src/core/range/types.ts';
import { parsed, xcSource } from './fixtures.ts';
import { startRangeServer, type RangeTestServer } from './range-test-server.ts';

const TEXT = { 'Content-Type': 'text/plain' };
let server: RangeTestServer;
/** Per test: how the server answers, and what it observed. */
let answer: (req: IncomingMessage, res: ServerResponse) => void;
let open = 0;
let maxOpen = 0;
let abandoned = 0;

/** A 4-line xc-v1 bucket holding `entries` (suffix → bitmap) plus all-zero padding. */
function xcBody(entries: Record<string, string> = {}): string {
  const rows = Object.entries(entries);
  for (let i = 1; rows.length < 4; i++) rows.push([i.toString(16).padStart(24, '0').toUpperCase(), '00']);
  return rows
    .toSorted(([a], [b]) => (a < b ? -1 : 1))
    .map(([s, b]) => `${s}:${b}\n`)
    .join('');
}

function delayed(ms: number, body: (req: IncomingMessage) => string, status = 200) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const timer = setTimeout(() => {
      res.writeHead(status, TEXT);
      res.end(body(req));
    }, ms);
    res.on('close', () => clearTimeout(timer));
  };
}

beforeAll(async () => {
  server = await startRangeServer((req, res) => {
    open++;
    maxOpen = Math.max(maxOpen, open);
    res.on('close', () => {
      open--;
      if (!res.writableFinished) abandoned++;
    });
    answer(req, res);
  });
});
afterAll(() => server.close());

let source: SourceDescriptor;
let alice: RangeKey;
const requests = (): string[] => server.seen.map((r) => r.path);

beforeEach(async () => {
  server.seen.length = 0;
  maxOpen = 0;
  abandoned = 0;
  source = xcSource(server.baseUrl);
  alice = await computeRangeKey(parsed('email', 'alice@example.org'), source);
  answer = delayed(0, () => xcBody({ [alice.suffix]: '05' }));
});

// Fetches for the cases no real server can produce. If noFetch were called, the outcome would be
// `network`, not `unsupported`, so the tests using it would fail.
const noFetch: typeof fetch = () => Promise.reject(new Error('must not be called'));
const throwingFetch: typeof fetch = () => {
  throw new TypeError('boom');
};
const junkFetch: typeof fetch = () => Promise.resolve({} as Response);
const hangingFetch: typeof fetch = () => new Promise<Response>(() => undefined);

/** Another key in alice's bucket: same prefix, different suffix. */
const neighbour = (suffix: string): RangeKey => ({ ...alice, suffix });
/** A key in some other bucket (prefix bits valid for 15-bit email buckets). */
const elsewhere = (i: number): RangeKey => ({
  ...alice,
  prefix: `${(i % 16).toString(16).toUpperCase()}${'0'.repeat(3)}`,
});

describe('createRangeClient: economy', () => {
  it('sends one request per bucket in flight and answers every key in input order', async () => {
    const bob = neighbour('B'.repeat(24));
    answer = delayed(50, () => xcBody({ [alice.suffix]: '05', [bob.suffix]: '10' }));
    const client = createRangeClient();
    const outcomes = await client.checkMany([alice, bob, alice, neighbour('C'.repeat(24))], {
      [source.id]: source,
    });
    expect(outcomes.map((o) => (o.status === 'found' ? o.breaches.map((b) => b.id) : o.status))).toEqual([
      ['b-zero', 'b-two'],
      ['b-four'],
      ['b-zero', 'b-two'],
      'not-found',
    ]);
    expect(requests()).toEqual([`/ranges/email/${alice.prefix}.txt`]);
  });

  it('reuses a parsed bucket within the cache window and asks again after it', async () => {
    let clock = 1_000_000;
    const client = createRangeClient({ cacheTtlMs: 60_000, now: () => clock });
    await client.check(alice, source);
    clock += 59_000;
    expect(await client.check(neighbour('D'.repeat(24)), source)).toEqual({ status: 'not-found' });
    expect(requests()).toHaveLength(1);
    clock += 2_000;
    expect((await client.check(alice, source)).status).toBe('found');
    expect(requests()).toHaveLength(2);
  });

  it('misses the cache when the source is updated', async () => {
    const client = createRangeClient();
    await client.check(alice, source);
    await client.check(alice, { ...source, updated: '2026-12-01T00:00:00.000Z' });
    expect(requests()).toHaveLength(2);
  });

  it('never caches failures', async () => {
    answer = delayed(0, () => 'down', 503);
    const client = createRangeClient();
    expect(await client.check(alice, source)).toMatchObject({ status: 'error', code: 'http' });
    answer = delayed(0, () => xcBody({ [alice.suffix]: '01' }));
    expect(await client.check(alice, source)).toMatchObject({ status: 'found', count: 1 });
    expect(requests()).toHaveLength(2);
  });

  it('keeps at most `concurrency` requests open', async () => {
    answer = delayed(40, () => xcBody());
    const client = createRangeClient({ concurrency: 2 });
    const keys = Array.from({ length: 8 }, (_, i) => elsewhere(i));
    const outcomes = await client.checkMany(keys, new Map([[source.id, source]]));
    expect(outcomes.every((o) => o.status === 'not-found')).toBe(true);
    expect(requests()).toHaveLength(8);
    expect(maxOpen).toBe(2);
  });

  it('pauses a source that answered 429 until Retry-After has passed', async () => {
    let clock = 5_000_000;
    answer = (_req, res) => {
      res.writeHead(429, { 'Retry-After': '30' });
      res.end();
    };
    const client = createRangeClient({ now: () => clock });
    expect(await client.check(alice, source)).toMatchObject({ code: 'rate-limited', retryAfterSeconds: 30 });
    clock += 10_000;
    expect(await client.check(elsewhere(3), source)).toMatchObject({
      code: 'rate-limited',
      retryAfterSeconds: 20,
    });
    expect(requests()).toHaveLength(1);
    clock += 21_000;
    answer = delayed(0, () => xcBody());
    expect(await client.check(elsewhere(3), source)).toEqual({ status: 'not-found' });
    expect(requests()).toHaveLength(2);
  });
});

describe('createRangeClient: cancellation', () => {
  it('answers an aborting caller at once without failing the others sharing its request', async () => {
    answer = delayed(100, () => xcBody({ [alice.suffix]: '05' }));
    const client = createRangeClient();
    const impatient = new AbortController();
    const first = client.check(alice, source, { signal: impatient.signal });
    const second = client.check(alice, source);
    impatient.abort();
    expect(await first).toMatchObject({
      status: 'error',
      code: 'network',
      message: expect.stringMatching(/cancelled/),
    });
    expect(await second).toMatchObject({ status: 'found' });
    expect(requests()).toHaveLength(1);
  });

  it('abandons the request when its last caller leaves', async () => {
    answer = delayed(5_000, () => xcBody());
    const client = createRangeClient();
    const controller = new AbortController();
    const pending = client.check(alice, source, { signal: controller.signal });
    await vi.waitFor(() => expect(requests()).toHaveLength(1));
    controller.abort();
    expect(await pending).toMatchObject({ code: 'network' });
    await vi.waitFor(() => expect(abandoned).toBe(1));
  });

  it("reports a caller's AbortSignal.timeout as timeout, and an already aborted signal without a request", async () => {
    answer = delayed(5_000, () => xcBody());
    const client = createRangeClient();
    expect(await client.check(alice, source, { signal: AbortSignal.timeout(20) })).toMatchObject({
      code: 'timeout',
    });
    const requestsSoFar = requests().length;
    expect(await client.check(elsewhere(1), source, { signal: AbortSignal.abort() })).toMatchObject({
      code: 'network',
    });
    expect(requests()).toHaveLength(requestsSoFar);
  });
});

describe('stored keys that no longer fit their source', () => {
  const cases: [string, (key: RangeKey, src: SourceDescriptor) => [RangeKey, SourceDescriptor], RegExp][] = [
    [
      'salt rotated',
      (k, s) => [k, { ...s, hash: { algorithm: 'pbkdf2-sha256', iterations: 1000, salt: 'Z'.repeat(22) } }],
      /changed how it hashes/,
    ],
    [
      'prefix length changed',
      (k, s) => [k, { ...s, buckets: { ...s.buckets, email: { prefixBits: 12, lines: 4 } } }],
      /changed how it hashes/,
    ],
    ['another source', (k, s) => [{ ...k, sourceId: 'other-source' }, s], /different source/],
    ['lower-case prefix', (k, s) => [{ ...k, prefix: k.prefix.toLowerCase() + 'x' }, s], /damaged/],
    ['spare prefix bit set', (k, s) => [{ ...k, prefix: k.prefix.slice(0, 3) + 'F' }, s], /damaged/],
    ['short suffix', (k, s) => [{ ...k, suffix: k.suffix.slice(1) }, s], /damaged/],
    ['kind dropped by the source', (k, s) => [k, { ...s, kinds: ['pesel'] }], /does not cover/],
    ['xc-v1 key against an OPRF source', (k, s) => [k, { ...s, scheme: 'xc-oprf-v1' }], /different source/],
    [
      'plain http to a remote host',
      (k, s) => [k, { ...s, rangeUrl: 'http://ranges.example.org/{kind}/{prefix}' }],
      /private https/,
    ],
  ];
  it.each(cases)('%s → unsupported, nothing sent', async (_name, change, reason) => {
    const [key, src] = change(alice, source);
    const outcome = await createRangeClient({ fetch: noFetch }).check(key, src);
    expect(outcome).toMatchObject({
      status: 'error',
      code: 'unsupported',
      message: expect.stringMatching(reason),
    });
  });

  it('answers a key whose source is gone with unsupported, in its place', async () => {
    const outcomes = await createRangeClient().checkMany([{ ...alice, sourceId: 'gone' }, alice], {
      [source.id]: source,
    });
    expect(outcomes.map((o) => (o.status === 'error' ? o.code : o.status))).toEqual(['unsupported', 'found']);
  });
});

describe('checkIdentifier and checkRangeKey', () => {
  it('finds a present identifier and names its breaches', async () => {
    expect(await checkIdentifier(parsed('email', 'alice@example.org'), source)).toEqual({
      status: 'found',
      count: 2,
      breaches: [source.breaches[0], source.breaches[2]],
    });
    expect(await checkRangeKey(neighbour('E'.repeat(24)), source)).toEqual({ status: 'not-found' });
    expect(requests().every((path) => path === `/ranges/email/${alice.prefix}.txt`)).toBe(true);
  });

  it('checks passwords against a Pwned Passwords stand-in: padding ignored, lower case accepted', async () => {
    const hibp = pwnedPasswordsSource(server.baseUrl);
    const key = await computeRangeKey(parsed('password', 'hunter2-example'), hibp);
    answer = delayed(0, () => `${key.suffix.toLowerCase()}:17\r\n${'0'.repeat(35)}:0\r\n`);
    expect(await checkIdentifier(parsed('password', 'hunter2-example'), hibp)).toMatchObject({
      status: 'found',
      count: 17,
    });
    answer = delayed(0, () => `${key.suffix}:0\r\n${'1'.repeat(35)}:4\r\n`);
    expect(await checkIdentifier(parsed('password', 'hunter2-example'), hibp)).toEqual({
      status: 'not-found',
    });
    expect(
      server.seen.every((r) => r.path === `/range/${key.prefix}` && r.headers['add-padding'] === 'true'),
    ).toBe(true);
  });

  it('refuses identifiers the source cannot check, and invalid parse results', async () => {
    expect(await checkIdentifier(parsed('cpr', '0000000000'), source)).toMatchObject({ code: 'unsupported' });
    const failed = {
      ok: false,
      kind: 'email',
      error: { code: 'format', message: 'x' },
    } as unknown as ReturnType<typeof parsed>;
    expect(await checkIdentifier(failed, source)).toMatchObject({ code: 'unsupported' });
    expect(requests()).toHaveLength(0);
  });

  it('never rejects, even when the fetch it is given misbehaves', async () => {
    for (const fetch of [throwingFetch, junkFetch]) {
      expect(await checkIdentifier(parsed('email', 'alice@example.org'), source, { fetch })).toMatchObject({
        status: 'error',
        code: 'network',
      });
    }
  });

  it('times out a fetch that ignores its abort signal', async () => {
    const outcome = await checkIdentifier(parsed('email', 'alice@example.org'), source, {
      fetch: hangingFetch,
      timeoutMs: 50,
    });
    expect(outcome).toMatchObject({ status: 'error', code: 'timeout' });
  });
});
