// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildPlan } from '../../../../src/publisher/build/build-plan.ts';
import { StrictModeError } from '../../../../src/publisher/build/build-source.ts';
import { buildOprfPlan, OprfKeyError, readOprfKeyFile } from '../../../../src/publisher/oprf/index.ts';
import { BREACHES, syntheticIds } from './oprf-fixture.ts';

let root: string;
let plan: BuildPlan;
const pesels = syntheticIds('pesel', 20, 41);

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-plan-'));
  const input = path.join(root, 'breach.txt');
  await writeFile(input, `${pesels.map((p) => p.canonical).join('\n')}\n44051401358\n\n`);
  plan = {
    sourceId: 'demo-oprf',
    name: 'Demo',
    publisher: 'Tests',
    scheme: 'xc-v1',
    iterations: 20_000,
    salt: 'unused-by-oprf-unused',
    maxPrefixBits: 6,
    minLines: 4,
    updated: '2026-06-01T00:00:00.000Z',
    breaches: [BREACHES[0]!],
    inputs: [{ path: input, format: 'text', kinds: ['pesel'], columns: {}, breach: BREACHES[0]!.id }],
    out: path.join(root, 'site'),
    strict: false,
    layout: 'buckets',
  };
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('buildOprfPlan', () => {
  it('reads, counts invalid rows by reason, creates the key outside the output and publishes', async () => {
    const keyFile = path.join(root, 'keys', 'demo.key.json');
    const report = await buildOprfPlan(plan, { keyFile });
    expect(report.keyCreated).toBe(true);
    expect(report.inputs[0]).toMatchObject({
      rows: 21,
      valid: 20,
      blank: 1,
      invalid: { checksum: { count: 1, lines: [21] } },
    });
    expect(report.kinds[0]).toMatchObject({ kind: 'pesel', prefixBits: 6, buckets: 64, unique: 20 });
    expect(report.kinds[0]!.lines).toBeGreaterThanOrEqual(4);
    const descriptor = JSON.parse(await readFile(path.join(plan.out, 'source.json'), 'utf8'));
    expect(descriptor.hash.keyId).toBe((await readOprfKeyFile(keyFile)).keyId);
    expect(descriptor.buckets.pesel.lines).toBe(report.kinds[0]!.lines);
  });

  it('reuses an existing key, so a rebuild with the same input gives the same bytes', async () => {
    const keyFile = path.join(root, 'keys', 'demo.key.json');
    const before = await readFile(path.join(plan.out, 'source.json'), 'utf8');
    const report = await buildOprfPlan(plan, { keyFile });
    expect(report.keyCreated).toBe(false);
    expect(await readFile(path.join(plan.out, 'source.json'), 'utf8')).toBe(before);
  });

  it('builds the whole-list layout by default, byte-identical on a rebuild with the same key', async () => {
    const keyFile = path.join(root, 'keys', 'demo.key.json');
    const listPlan = { ...plan, layout: undefined, out: path.join(root, 'list-site') };
    const report = await buildOprfPlan(listPlan, { keyFile });
    expect(report.listNote).toMatch(/pesel: 20 listed, padded to 4,096/);
    const descriptor = JSON.parse(await readFile(path.join(listPlan.out, 'source.json'), 'utf8'));
    expect(descriptor).toMatchObject({ layout: 'list', rangeUrl: 'lists/{kind}.bin', buckets: {} });
    const first = await readFile(path.join(listPlan.out, 'lists', 'pesel.bin'));
    expect(first.length).toBe(descriptor.lists.pesel.bytes);
    await buildOprfPlan(listPlan, { keyFile });
    expect((await readFile(path.join(listPlan.out, 'lists', 'pesel.bin'))).equals(first)).toBe(true);
  });

  it('refuses a key file inside the output directory', async () => {
    await expect(buildOprfPlan(plan, { keyFile: path.join(plan.out, 'key.json') })).rejects.toThrow(
      OprfKeyError,
    );
  });

  it('publishes nothing in strict mode when a row is invalid', async () => {
    const strict = { ...plan, strict: true, out: path.join(root, 'strict') };
    await expect(buildOprfPlan(strict, { keyFile: path.join(root, 'keys', 'strict.json') })).rejects.toThrow(
      StrictModeError,
    );
  });
});
