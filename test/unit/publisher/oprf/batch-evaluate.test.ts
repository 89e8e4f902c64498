// @vitest-environment node
// Batched evaluations: one POST with up to 64 blinded elements and one RFC 9497 batch proof.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oprfRangeKey, oprfRangeKeys } from '../../../../src/core/oprf/index.ts';
import {
  buildFixtureSource,
  serveFixture,
  syntheticIds,
  type BuiltSource,
  type ServedSource,
} from './oprf-fixture.ts';
import { buildListFixture, serveListFixture, type BuiltList, type ServedList } from './list-fixture.ts';

const pesels = syntheticIds('pesel', 70, 3);
let list: BuiltList;
let listServed: ServedList;
let buckets: BuiltSource;
let bucketsServed: ServedSource;

beforeAll(async () => {
  list = await buildListFixture({ pesel: pesels.slice(0, 20) });
  listServed = await serveListFixture(list, { rateLimit: { capacity: 200, refillPerSecond: 1 } });
  buckets = await buildFixtureSource({ pesel: pesels.slice(0, 20) }, { prefixBits: { pesel: 4 } });
  bucketsServed = await serveFixture(buckets, { rateLimit: { capacity: 200, refillPerSecond: 1 } });
}, 60_000);
afterAll(async () => {
  await listServed.close();
  await bucketsServed.close();
  await list.cleanup();
  await buckets.cleanup();
});

const posts = (served: { requests: { method: string }[] }) =>
  served.requests.filter((r) => r.method === 'POST');

/** Swaps the first two evaluated elements of every evaluation answer. */
const swapping: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (init?.method !== 'POST') return response;
  const json = (await response.json()) as { evaluated: string[] };
  json.evaluated = [json.evaluated[1]!, json.evaluated[0]!, ...json.evaluated.slice(2)];
  return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
};

/** Drops the first evaluated element of every evaluation answer. */
const dropping: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  if (init?.method !== 'POST') return response;
  const json = (await response.json()) as { evaluated: string[] };
  json.evaluated = json.evaluated.slice(1);
  return new Response(JSON.stringify(json), { headers: { 'content-type': 'application/json' } });
};

describe('batched evaluation', () => {
  it('gives the same list keys as one evaluation each, with one POST per 64 identifiers', async () => {
    const before = posts(listServed).length;
    const keys = await oprfRangeKeys(pesels, listServed.source);
    expect(posts(listServed).length - before).toBe(2); // 70 = 64 + 6
    expect(keys).toHaveLength(70);
    for (const i of [0, 5, 63, 64, 69]) {
      expect(keys[i]).toEqual(await oprfRangeKey(pesels[i]!, listServed.source));
    }
  });

  it('gives the same bucket keys as one evaluation each', async () => {
    const ids = pesels.slice(0, 5);
    const keys = await oprfRangeKeys(ids, bucketsServed.source);
    for (const [i, id] of ids.entries())
      expect(keys[i]).toEqual(await oprfRangeKey(id, bucketsServed.source));
    expect(bucketsServed.logs.filter((l) => l.startsWith('POST evaluate 200 pesel')).length).toBeGreaterThan(
      0,
    );
  });

  it('charges one rate-limit token per element', async () => {
    const tight = await serveListFixture(list, { rateLimit: { capacity: 10, refillPerSecond: 0.01 } });
    try {
      await expect(oprfRangeKeys(pesels.slice(0, 11), tight.source)).rejects.toMatchObject({
        code: 'rate-limited',
      });
      // The refused batch cost one token (as any request does), not eleven: nine elements still fit.
      await expect(oprfRangeKeys(pesels.slice(0, 9), tight.source)).resolves.toHaveLength(9);
    } finally {
      await tight.close();
    }
  });

  it('refuses an answer whose batch proof does not match (an element swapped)', async () => {
    await expect(
      oprfRangeKeys(pesels.slice(0, 3), listServed.source, { fetch: swapping }),
    ).rejects.toMatchObject({
      code: 'malformed',
      detail: expect.stringMatching(/not proven/),
    });
  });

  it('refuses an answer with fewer elements than were sent', async () => {
    await expect(
      oprfRangeKeys(pesels.slice(0, 3), listServed.source, { fetch: dropping }),
    ).rejects.toMatchObject({
      code: 'malformed',
    });
  });
});
