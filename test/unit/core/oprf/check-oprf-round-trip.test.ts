// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkOprf } from '../../../../src/core/oprf/index.ts';
import {
  buildFixtureSource,
  serveFixture,
  syntheticIds,
  TEST_PREFIX_BITS,
  type BuiltSource,
  type ServedSource,
} from '../../publisher/oprf/oprf-fixture.ts';

const pesels = syntheticIds('pesel', 40, 1);
const cprs = syntheticIds('cpr', 12, 2);
const bsns = syntheticIds('bsn', 12, 3);
const breachedPesels = pesels.slice(0, 30);
const cleanPesels = pesels.slice(30);
let built: BuiltSource;
let served: ServedSource;

beforeAll(async () => {
  built = await buildFixtureSource(
    { pesel: breachedPesels, cpr: cprs.slice(0, 6), bsn: bsns.slice(0, 6) },
    { prefixBits: TEST_PREFIX_BITS },
  );
  served = await serveFixture(built);
});
afterAll(async () => {
  await served.close();
  await built.cleanup();
});

describe('checkOprf round trip against a locally served source', () => {
  it('finds breached PESELs with the breaches they are in', async () => {
    for (const [i, id] of breachedPesels.slice(0, 12).entries()) {
      const outcome = await checkOprf(id, served.source);
      const expected = i < breachedPesels.length / 3 ? ['demo-lab', 'demo-clinic'] : ['demo-lab'];
      expect(outcome).toEqual({
        status: 'found',
        count: expected.length,
        breaches: expect.arrayContaining(expected.map((bid) => expect.objectContaining({ id: bid }))),
      });
    }
  });

  it('reports PESELs that are not in the source as not found', async () => {
    for (const id of cleanPesels) expect(await checkOprf(id, served.source)).toEqual({ status: 'not-found' });
  });

  it('checks CPR and BSN the same way', async () => {
    for (const [ids, kind] of [
      [cprs, 'cpr'],
      [bsns, 'bsn'],
    ] as const) {
      expect((await checkOprf(ids[0]!, served.source)).status, kind).toBe('found');
      expect((await checkOprf(ids[8]!, served.source)).status, kind).toBe('not-found');
    }
  });

  it('refuses a kind the source does not cover, without any request', async () => {
    const before = served.logs.length;
    const email = { ok: true, kind: 'email', canonical: 'a@example.org', masked: 'a…' } as const;
    expect(await checkOprf(email, served.source)).toMatchObject({ status: 'error', code: 'unsupported' });
    expect(served.logs.length).toBe(before);
  });

  it('sends the evaluator no identifier and no prefix, only kind, key id and a blinded element', async () => {
    const bodies: string[] = [];
    const spy: typeof fetch = async (input, init) => {
      if (init?.method === 'POST') bodies.push(String(init.body));
      return fetch(input, init);
    };
    await checkOprf(pesels[0]!, served.source, { fetch: spy });
    const body = JSON.parse(bodies[0]!) as Record<string, unknown>;
    expect(Object.keys(body).toSorted()).toEqual(['blinded', 'keyId', 'kind']);
    expect(bodies[0]).not.toContain(pesels[0]!.canonical);
  });
});
