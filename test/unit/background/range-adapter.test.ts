// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRangeAdapter } from '../../../src/background/range-adapter.ts';
import { computeRangeKey, parseIdentifier } from '../../../src/core/index.ts';
import { demoDescriptor } from '../../support/demo-source.ts';
import { SAMPLE } from '../../support/sample-identifiers.ts';
import { createFakeXcV1Publisher } from './support/fake-xc-v1-publisher.ts';

async function setup() {
  const publisher = createFakeXcV1Publisher();
  const source = demoDescriptor();
  const parsed = parseIdentifier('pesel', SAMPLE.pesel, { today: new Date('2026-01-15T00:00:00Z') });
  if (!parsed.ok) throw new Error('sample PESEL does not parse');
  const key = await computeRangeKey(parsed, source);
  const adapter = createRangeAdapter({ fetch: publisher.fetch });
  return { publisher, adapter, key, sources: new Map([[source.id, source]]) };
}

describe('range adapter', () => {
  it('reuses a bucket fetched a moment ago for an ordinary check', async () => {
    const { publisher, adapter, key, sources } = await setup();
    await adapter.checkMany([key], sources);
    publisher.list('pesel', SAMPLE.pesel, ['demo-lab-2026']);
    expect(await adapter.checkMany([key], sources)).toEqual([{ status: 'not-found' }]);
    expect(publisher.requests).toHaveLength(1);
  });

  it('a fresh call fetches again and sees an update made since', async () => {
    const { publisher, adapter, key, sources } = await setup();
    await adapter.checkMany([key], sources);
    publisher.list('pesel', SAMPLE.pesel, ['demo-lab-2026']);
    const [outcome] = await adapter.checkMany([key], sources, { fresh: true });
    expect(outcome).toMatchObject({ status: 'found', breaches: [{ id: 'demo-lab-2026' }] });
    expect(publisher.requests).toHaveLength(2);
  });

  it('a fresh call still fetches a bucket shared by several keys once, and refills the cache', async () => {
    const { publisher, adapter, key, sources } = await setup();
    await adapter.checkMany([key, { ...key }, { ...key }], sources, { fresh: true });
    expect(publisher.requests).toHaveLength(1);
    await adapter.checkMany([key], sources);
    expect(publisher.requests).toHaveLength(1);
  });
});
