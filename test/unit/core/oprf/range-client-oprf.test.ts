// @vitest-environment node
// xc-oprf-v1 through the shared range client: checkIdentifier, stored keys, checkMany, key rotation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oprfRangeKey } from '../../../../src/core/oprf/index.ts';
import { checkRangeKey } from '../../../../src/core/range/check-identifier.ts';
import { createRangeClient } from '../../../../src/core/range/range-client.ts';
import {
  buildFixtureSource,
  serveFixture,
  syntheticIds,
  TEST_PREFIX_BITS,
  type BuiltSource,
  type ServedSource,
} from '../../publisher/oprf/oprf-fixture.ts';

const pesels = syntheticIds('pesel', 8, 51);
const breached = pesels.slice(0, 4);
let built: BuiltSource;
let served: ServedSource;

beforeAll(async () => {
  built = await buildFixtureSource({ pesel: breached }, { prefixBits: TEST_PREFIX_BITS });
  served = await serveFixture(built);
});
afterAll(async () => {
  await served.close();
  await built.cleanup();
});

const evaluations = () => served.logs.filter((l) => l.startsWith('POST')).length;

describe('xc-oprf-v1 through createRangeClient', () => {
  it('checkIdentifier finds breached PESELs and not clean ones', async () => {
    const client = createRangeClient();
    expect(await client.checkIdentifier(breached[0]!, served.source)).toMatchObject({
      status: 'found',
      count: 2,
    });
    expect(await client.checkIdentifier(pesels[6]!, served.source)).toEqual({ status: 'not-found' });
  });

  it('makes a storable key with one evaluation; re-checks need no evaluation', async () => {
    const key = await oprfRangeKey(breached[1]!, served.source);
    expect(key).toMatchObject({ scheme: 'xc-oprf-v1', kind: 'pesel', sourceId: served.source.id });
    expect(JSON.stringify(key)).not.toContain(breached[1]!.canonical);
    const before = evaluations();
    expect(await checkRangeKey(key, served.source)).toMatchObject({ status: 'found' });
    const many = await createRangeClient().checkMany([key, key], { [served.source.id]: served.source });
    expect(many.map((o) => o.status)).toEqual(['found', 'found']);
    expect(evaluations()).toBe(before);
  });

  it('refuses a stored key once the source was rebuilt with another key', async () => {
    const key = await oprfRangeKey(breached[2]!, served.source);
    const { hash } = served.source;
    if (hash.algorithm !== 'oprf') throw new Error('not an OPRF source');
    const rotated = { ...served.source, hash: { ...hash, keyId: 'k-rotated00000000' } };
    expect(await checkRangeKey(key, rotated)).toMatchObject({
      status: 'error',
      code: 'unsupported',
      message: expect.stringMatching(/enter the identifier again/),
    });
  });

  it('turns an evaluation failure into its own error code', async () => {
    const { hash } = served.source;
    if (hash.algorithm !== 'oprf') throw new Error('not an OPRF source');
    const broken = { ...served.source, hash: { ...hash, evaluateUrl: `${served.baseUrl}/nowhere` } };
    expect(await createRangeClient().checkIdentifier(breached[0]!, broken)).toMatchObject({
      status: 'error',
      code: 'http',
    });
  });
});
