// @vitest-environment node
// A whole-list xc-oprf-v1 source, built by the publisher and checked by the client over real HTTP.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRangeClient } from '../../../../src/core/range/range-client.ts';
import { checkOprf } from '../../../../src/core/oprf/check-oprf.ts';
import { checkIdentifier } from '../../../../src/core/range/check-identifier.ts';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { bytesToBase64Url } from '../../../../src/core/range/hex.ts';
import type { SourceDescriptor } from '../../../../src/core/range/types.ts';
import type { ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import type { ResultOutcome } from '../../../../src/contracts/index.ts';
import { suggestsStaleDescriptor } from '../../../../src/background/sources/descriptor-mismatch.ts';
import { syntheticIds } from '../../publisher/oprf/oprf-fixture.ts';
import {
  buildListFixture,
  serveListFixture,
  type BuiltList,
  type ServedList,
} from '../../publisher/oprf/list-fixture.ts';

const pesels = syntheticIds('pesel', 90, 7);
const listed = pesels.slice(0, 60);
const both = listed[0]!; // first third: both breaches
const one = listed[45]!; // breach 0 only
const clean = pesels[80]!;

let built: BuiltList;
let served: ServedList;

beforeAll(async () => {
  built = await buildListFixture({ pesel: listed });
  served = await serveListFixture(built, { rateLimit: { capacity: 10_000, refillPerSecond: 100 } });
}, 60_000);
afterAll(async () => {
  await served.close();
  await built.cleanup();
});

const listPath = '/lists/pesel.bin';

describe('xc-oprf-v1 whole-list layout', () => {
  it('writes a padded list, describes it in source.json and stays under 5.5 bytes per entry', () => {
    const [list] = built.report.lists;
    expect(served.source.layout).toBe('list');
    expect(served.source.rangeUrl).toBe(`${served.baseUrl}/lists/{kind}.bin`);
    expect(list?.real).toBe(60);
    expect(list?.shape.entries).toBe(4096); // the minimum padded size
    expect(served.source.lists?.pesel?.bytes).toBe(list?.bytes);
    expect((list?.bytes ?? 0) / (list?.shape.entries ?? 1)).toBeLessThan(5.5);
  });

  it('finds a listed PESEL with its breaches, and not an unlisted one', async () => {
    const a = await checkIdentifier(both, served.source);
    expect(a.status === 'found' && a.breaches.map((b) => b.id)).toEqual(['demo-lab', 'demo-clinic']);
    const b = await checkIdentifier(one, served.source);
    expect(b.status === 'found' && b.breaches.map((x) => x.id)).toEqual(['demo-lab']);
    expect(await checkIdentifier(clean, served.source)).toEqual({ status: 'not-found' });
  });

  it('finds every listed PESEL and none of the others', async () => {
    // 90 evaluations at once on a shared two-core machine: a generous deadline, so a slow CPU is not
    // mistaken for a wrong answer (the statuses are compared whole, so a failure shows its reasons).
    const client = createRangeClient({ timeoutMs: 60_000 });
    const results = await Promise.all(pesels.map((p) => client.checkIdentifier(p, served.source)));
    expect(results.map((r) => r.status)).toEqual([
      ...Array<string>(60).fill('found'),
      ...Array<string>(30).fill('not-found'),
    ]);
  });

  it('checkOprf (the standalone check) reads a list source too: one evaluation, then the list', async () => {
    const before = served.requests.length;
    const a = await checkOprf(both, served.source);
    expect(a.status === 'found' && a.breaches.map((b) => b.id)).toEqual(['demo-lab', 'demo-clinic']);
    expect(await checkOprf(clean, served.source)).toEqual({ status: 'not-found' });
    const made = served.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(made.filter((r) => r.startsWith('GET'))).toEqual([`GET ${listPath}`, `GET ${listPath}`]);
    expect(made.filter((r) => r.startsWith('POST'))).toHaveLength(2);
  });

  it('re-checks a stored key with a conditional GET only: 304, no evaluation', async () => {
    const client = createRangeClient({ cacheTtlMs: 0 });
    const oprfKey = await import('../../../../src/core/oprf/oprf-range-key.ts');
    const key = await oprfKey.oprfRangeKey(both, served.source);
    expect(key.prefix).toBe('');
    expect(key.suffix).toMatch(/^[0-9A-F]{80}$/);
    const before = served.requests.length;
    expect((await client.check(key, served.source)).status).toBe('found');
    expect((await client.check(key, served.source)).status).toBe('found');
    const made = served.requests.slice(before);
    expect(made.map((r) => `${r.method} ${r.path}`)).toEqual([`GET ${listPath}`, `GET ${listPath}`]);
    expect(made[0]?.headers['if-none-match']).toBeUndefined();
    expect(made[1]?.headers['if-none-match']).toMatch(/^"/);
  });

  it('rejects a mistyped identifier before anything is sent', async () => {
    const before = served.requests.length;
    const last = Number(clean.canonical.slice(-1));
    const parsed = parseIdentifier('pesel', `${clean.canonical.slice(0, -1)}${(last + 1) % 10}`);
    expect(parsed.ok).toBe(false);
    const outcome = await checkIdentifier(parsed as unknown as ParsedIdentifier, served.source);
    expect(outcome.status === 'error' && outcome.code).toBe('unsupported');
    expect(served.requests.length).toBe(before);
  });
});

const withBody =
  (body: Uint8Array, type = 'application/octet-stream') =>
  (res: import('node:http').ServerResponse) =>
    res.writeHead(200, { 'content-type': type }).end(body);

async function outcomeWith(
  serve: (res: import('node:http').ServerResponse) => void,
  source?: SourceDescriptor,
) {
  served.override.set(listPath, serve);
  try {
    return await checkIdentifier(clean, source ?? served.source);
  } finally {
    served.override.delete(listPath);
  }
}

describe('a list that cannot be trusted is "couldn\'t check", never "not found"', () => {
  it.each([
    ['truncated', (b: Uint8Array) => b.subarray(0, b.length - 10), 'malformed', /cut off/],
    [
      'one byte changed',
      (b: Uint8Array) => b.map((x, i) => (i === b.length - 3 ? x ^ 1 : x)),
      'malformed',
      /does not match/,
    ],
    ['much longer', (b: Uint8Array) => new Uint8Array(b.length * 2 + 70_000), 'too-large', /over/],
  ])('%s', async (_name, change, code, message) => {
    const bytes = new Uint8Array(await readFile(path.join(built.dir, 'lists/pesel.bin')));
    const outcome = await outcomeWith(withBody(change(bytes)));
    expect(outcome.status).toBe('error');
    expect(outcome.status === 'error' && outcome.code).toBe(code);
    expect(outcome.status === 'error' && outcome.message).toMatch(message);
    // A list newer than the stored source.json makes the background read source.json again.
    expect(suggestsStaleDescriptor(outcome as ResultOutcome)).toBe(
      code === 'malformed' && /match/.test(String(message)),
    );
  });

  it('an HTML page instead of the list', async () => {
    const outcome = await outcomeWith(withBody(new TextEncoder().encode('<html>'), 'text/html'));
    expect(outcome.status === 'error' && outcome.code).toBe('malformed');
  });

  it('a list built with another key (even with a matching digest in source.json)', async () => {
    const other = await buildListFixture({ pesel: listed });
    try {
      const bytes = new Uint8Array(await readFile(path.join(other.dir, 'lists/pesel.bin')));
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
      const lists = { pesel: { entries: 4096, bytes: bytes.length, sha256: bytesToBase64Url(digest) } };
      const outcome = await outcomeWith(withBody(bytes), { ...served.source, lists });
      expect(outcome.status === 'error' && outcome.code).toBe('malformed');
      expect(outcome.status === 'error' && outcome.message).toMatch(/another source, kind or key/);
      expect(suggestsStaleDescriptor(outcome as ResultOutcome)).toBe(true);
    } finally {
      await other.cleanup();
    }
  });

  it('a 404 or 500', async () => {
    for (const status of [404, 500]) {
      const outcome = await outcomeWith((res) => res.writeHead(status).end());
      expect(outcome.status === 'error' && outcome.code).toBe('http');
    }
  });

  it('source.json with {prefix} in a list URL is refused', async () => {
    const json = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
    const { parseSourceDescriptor } = await import('../../../../src/core/range/source-descriptor.ts');
    expect(() =>
      parseSourceDescriptor(
        { ...json, rangeUrl: 'lists/{kind}/{prefix}.bin' },
        `${served.baseUrl}/source.json`,
      ),
    ).toThrow(/must not contain \{prefix\}/);
    expect(() => parseSourceDescriptor({ ...json, lists: {} }, `${served.baseUrl}/source.json`)).toThrow(
      /lists.pesel: required/,
    );
    await writeFile(path.join(built.dir, 'unused.txt'), '');
  });
});
