// @vitest-environment node
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildPlan } from '../../../../src/publisher/build/build-plan.ts';
import { parseBuildArgs } from '../../../../src/publisher/commands/build-args.ts';
import { UsageError } from '../../../../src/publisher/cli-errors.ts';
import { buildOprfPlan } from '../../../../src/publisher/oprf/index.ts';
import { parseShard, ShardError, shardRange } from '../../../../src/publisher/oprf/shard.ts';
import { BREACHES, syntheticIds } from './oprf-fixture.ts';

let root: string;
let plan: BuildPlan;
let keyFile: string;

/** Every file under `dir` with its bytes, by relative path. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full), await readFile(full, 'utf8'));
  }
  return files;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-shard-'));
  const input = path.join(root, 'breach.txt');
  const ids = syntheticIds('pesel', 60, 7).map((p) => p.canonical);
  // Duplicates on purpose: each shard must deduplicate its own slice exactly as the whole build does.
  await writeFile(input, `${[...ids, ...ids.slice(0, 10)].join('\n')}\n`);
  keyFile = path.join(root, 'keys', 'k.json');
  plan = {
    sourceId: 'demo-oprf',
    name: 'Demo',
    publisher: 'Tests',
    scheme: 'xc-oprf-v1',
    layout: 'buckets',
    iterations: 20_000,
    salt: 'unused-by-oprf-unused',
    maxPrefixBits: 5,
    minLines: 8,
    updated: '2026-06-01T00:00:00.000Z',
    breaches: [BREACHES[0]!],
    inputs: [{ path: input, format: 'text', kinds: ['pesel'], columns: {}, breach: BREACHES[0]!.id }],
    out: path.join(root, 'whole'),
    strict: false,
  };
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('--shard i/n for xc-oprf-v1', () => {
  it('parses i/n and refuses what is not a slice', () => {
    expect(parseShard('2/8')).toEqual({ index: 2, count: 8 });
    for (const bad of ['8/8', '1/0', '-1/2', '1', 'a/b', '1/2/3'])
      expect(() => parseShard(bad)).toThrow(ShardError);
  });

  it('cuts the prefix space into contiguous slices that cover it once', () => {
    const slices = [0, 1, 2].map((index) => shardRange({ index, count: 3 }, 5));
    expect(slices[0]!.first).toBe(0);
    expect(slices[2]!.end).toBe(32);
    expect(slices[1]!.first).toBe(slices[0]!.end);
    expect(slices[2]!.first).toBe(slices[1]!.end);
  });

  it('shards copied together are byte for byte the whole build', async () => {
    const whole = await buildOprfPlan(plan, { keyFile }, { workers: 2 });
    expect(whole.kinds[0]!.lines).toBe(8);
    const merged = path.join(root, 'merged');
    let unique = 0;
    for (const index of [0, 1, 2]) {
      const out = path.join(root, `shard-${index}`);
      const report = await buildOprfPlan(
        { ...plan, out },
        { keyFile },
        { workers: 1, shard: { index, count: 3 } },
      );
      unique += report.kinds[0]!.unique;
      const own = shardRange({ index, count: 3 }, 5);
      expect((await readdir(path.join(out, 'ranges', 'pesel'))).length).toBe(own.end - own.first);
      await cp(out, merged, { recursive: true });
    }
    expect(unique).toBe(60);
    const expected = await tree(plan.out);
    expect(expected.size).toBe(33);
    expect(await tree(merged)).toEqual(expected);
  });

  it('needs an existing shared key and a fixed line count', async () => {
    const out = path.join(root, 'refused');
    await expect(
      buildOprfPlan(
        { ...plan, out },
        { keyFile: path.join(root, 'keys', 'absent.json') },
        { shard: { index: 0, count: 2 } },
      ),
    ).rejects.toThrow(/existing key file/);
    await expect(
      buildOprfPlan({ ...plan, out, minLines: 0 }, { keyFile }, { shard: { index: 0, count: 2 } }),
    ).rejects.toThrow(/--min-lines/);
    // A bucket fuller than --min-lines would make this shard's files longer than the others'.
    await expect(
      buildOprfPlan({ ...plan, out, minLines: 1 }, { keyFile }, { shard: { index: 0, count: 2 } }),
    ).rejects.toThrow(/more than --min-lines 1/);
  });

  it('refuses to shard the whole-list layout', async () => {
    const out = path.join(root, 'list');
    await expect(
      buildOprfPlan({ ...plan, out, layout: 'list' }, { keyFile }, { shard: { index: 0, count: 2 } }),
    ).rejects.toThrow(/one file per kind/);
  });

  it('the CLI takes --shard i/n for every scheme (xc-v1 and hibp-sha1 build parts for merge)', () => {
    const base = ['--input', 'a.txt', '--kind', 'pesel', '--source-id', 'x', '--out', 'site'];
    const oprf = [...base, '--scheme', 'xc-oprf-v1', '--key-file', 'k.json', '--shard', '1/4'];
    expect(parseBuildArgs(oprf, root).shard).toEqual({ index: 1, count: 4 });
    expect(parseBuildArgs([...base, '--shard', '1/4'], root).shard).toEqual({ index: 1, count: 4 });
    expect(() => parseBuildArgs([...oprf.slice(0, -1), '4/4'], root)).toThrow(UsageError);
    expect(() => parseBuildArgs([...base, '--shard', 'half'], root)).toThrow(UsageError);
  });
});
