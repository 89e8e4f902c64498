// @vitest-environment node
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bitmapUnion } from '../../../src/publisher/build/bitmap.ts';
import type { BuildPlan } from '../../../src/publisher/build/build-plan.ts';
import { buildShardPart } from '../../../src/publisher/build/build-shard-part.ts';
import { buildSource } from '../../../src/publisher/build/build-source.ts';
import { kindLayout } from '../../../src/publisher/build/kind-state.ts';
import { mergeRuns } from '../../../src/publisher/build/merge-runs.ts';
import { mergeShards } from '../../../src/publisher/build/merge-shards.ts';
import type { OutputSink } from '../../../src/publisher/build/output-sink.ts';
import { rowShardOf } from '../../../src/publisher/build/row-shard.ts';
import { SortedRun } from '../../../src/publisher/build/sorted-run.ts';
import { runCli } from '../../../src/publisher/cli.ts';
import { EXIT } from '../../../src/publisher/cli-errors.ts';
import { breach, readTree, synthetic, xcPlan } from './support/build-fixtures.ts';
import { captureIo } from './support/capture-io.ts';
import { useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();
const sha1 = (text: string): string => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();

/** Every file a build writes through a sink, digested in write order (a hibp-sha1 source is 2^20 files). */
function digestSink() {
  const digest = createHash('sha256');
  const seen = { files: 0, sourceJson: '' };
  const sink: OutputSink = {
    write(path, text) {
      seen.files++;
      if (path === 'source.json') seen.sourceJson = text;
      digest.update(`${path}\u0000${text}\u0000`);
    },
  };
  return { sink, seen, hex: () => digest.digest('hex') };
}

describe('build --shard i/n and merge (xc-v1, hibp-sha1)', () => {
  it('xc-v1: the n parts merged are byte for byte the single build, each shard hashing only its rows', async () => {
    const pesels = synthetic('pesel', 400, 7);
    // 120 people in both breaches: their breach bits must be joined whichever shard holds them.
    const a = tmp.file('a.txt', `${pesels.slice(0, 300).join('\n')}\n`);
    const b = tmp.file('b.txt', `${pesels.slice(180).join('\n')}\n`);
    const breachA = tmp.file('a.json', JSON.stringify(breach('breach-a')));
    const breachB = tmp.file('b.json', JSON.stringify(breach('breach-b')));
    const common = ['--source-id', 'shard-test', '--iterations', '1000', '--prefix-bits', '6'];
    const inputs = [
      '--input',
      a,
      '--kind',
      'pesel',
      '--breach',
      breachA,
      '--input',
      b,
      '--kind',
      'pesel',
      '--breach',
      breachB,
    ];
    const cli = async (args: string[]) => {
      const io = captureIo();
      const code = await runCli(args, io, tmp.dir());
      expect(code, io.stderr()).toBe(EXIT.ok);
      return io.stdout();
    };
    await cli(['build', ...inputs, ...common, '--out', 'single', '--quiet']);
    const parts = ['part-0', 'part-1', 'part-2'];
    for (const [i, part] of parts.entries()) {
      const said = await cli(['build', ...inputs, ...common, '--shard', `${i}/3`, '--out', part]);
      expect(said).toContain(`Wrote part ${i}/3`);
    }
    const merged = await cli(['merge', '--out', 'merged', ...parts.toReversed()]);
    expect(merged).toContain('Merged 3 parts');
    const single = readTree(join(tmp.dir(), 'single'));
    const fromParts = readTree(join(tmp.dir(), 'merged'));
    expect([...fromParts.keys()].toSorted()).toEqual([...single.keys()].toSorted());
    for (const [path, bytes] of single) expect(fromParts.get(path)?.equals(bytes), path).toBe(true);
    // Each part holds only its own identifiers: together all 400, none twice.
    const unique = parts.map((part) => {
      const json = readTree(join(tmp.dir(), part)).get('shard-part.json')?.toString() ?? '';
      return (JSON.parse(json) as { kinds: { unique: number }[] }).kinds[0]?.unique ?? 0;
    });
    expect(unique.reduce((x, y) => x + y, 0)).toBe(400);
    for (const n of unique) expect(n).toBeLessThan(250);
  });

  it('hibp-sha1: merges a count two shards both hold into one line, as a single build sums it', async () => {
    // The same password once as plain text and once pre-hashed: two rows that may land on two shards.
    const password = ['shard-me-0', 'shard-me-1', 'shard-me-2', 'shard-me-3', 'shard-me-4'].find(
      (p) => rowShardOf('password', p, 2) !== rowShardOf('password', sha1(p), 2),
    ) as string;
    expect(password).toBeDefined();
    const hashes = tmp.file(
      'hashes.txt',
      [`${sha1(password)}:40`, ...Array.from({ length: 200 }, (_, i) => `${sha1(`pw-${i}`)}:${i + 1}`)].join(
        '\n',
      ),
    );
    const plain = tmp.file('plain.txt', `${password}\n${password}\nanother\n`);
    const plan = (out: string): BuildPlan =>
      xcPlan(join(tmp.dir(), out), {
        scheme: 'hibp-sha1',
        maxPrefixBits: undefined,
        breaches: [breach('pw-dump')],
        inputs: [
          { path: hashes, format: 'sha1', kinds: ['password'], columns: {}, breach: 'pw-dump' },
          { path: plain, format: 'text', kinds: ['password'], columns: {}, breach: 'pw-dump' },
        ],
      });
    const single = digestSink();
    await buildSource(plan('single'), { sink: single.sink });
    for (const index of [0, 1]) await buildShardPart(plan(`part-${index}`), { index, count: 2 });
    const merged = digestSink();
    const report = await mergeShards(
      [join(tmp.dir(), 'part-0'), join(tmp.dir(), 'part-1')],
      join(tmp.dir(), 'm'),
      {
        sink: merged.sink,
      },
    );
    expect(merged.seen.files).toBe(2 ** 20 + 1);
    expect(merged.seen.sourceJson).toBe(single.seen.sourceJson);
    expect(merged.hex()).toBe(single.hex());
    expect(report.kinds[0]?.unique).toBe(202);
    // 2^20 files written twice through the sink, like build-hibp.test.ts.
  }, 180_000);

  it('refuses a set of parts that is not one build cut in n, and says what is wrong', async () => {
    const pesels = tmp.file('p.txt', `${synthetic('pesel', 30, 3).join('\n')}\n`);
    const plan = (out: string, salt = 'dGVzdC1zYWx0LXRlc3Qtc2FsdA'): BuildPlan =>
      xcPlan(join(tmp.dir(), out), {
        salt,
        inputs: [{ path: pesels, format: 'text', kinds: ['pesel'], columns: {}, breach: 'breach-a' }],
      });
    await buildShardPart(plan('p0'), { index: 0, count: 3 });
    await buildShardPart(plan('p1'), { index: 1, count: 3 });
    await buildShardPart(plan('p1-again'), { index: 1, count: 3 });
    await buildShardPart(plan('p2-salted', 'b3RoZXItc2FsdC1vdGhlci1zYWx0'), { index: 2, count: 3 });
    const dir = (name: string) => join(tmp.dir(), name);
    const merge = (names: string[]) => mergeShards(names.map(dir), dir('out'));
    await expect(merge(['p0', 'p1'])).rejects.toThrow('Shard(s) 2/3 missing: merge needs all 3.');
    await expect(merge(['p0', 'p1', 'p1-again'])).rejects.toThrow(/p1-again and .*p1 are both shard 1\/3/);
    await expect(merge(['p0', 'p1', 'p2-salted'])).rejects.toThrow(/p2-salted was built with other settings/);
    await expect(merge(['p0', 'single-build-that-is-not-there'])).rejects.toThrow(
      /holds no readable shard-part\.json/,
    );
    // A shard of a range build is never published on its own: its buckets would be padded to its own rows.
    await expect(buildSource(plan('lone'), { shard: { index: 0, count: 3 } })).rejects.toThrow(/merge/);
  });
});

describe('mergeRuns', () => {
  it('joins the breach bits of an entry two parts both hold, and keeps every other line in suffix order', () => {
    const layout = kindLayout('xc-v1', 2);
    const suffix = (c: string) => c.repeat(layout.suffixNibbles);
    // Bucket 1 is in both parts, with one suffix in common (two identifiers whose published hashes agree).
    const part = (name: string, lines: string[], counts: number[]) => ({
      path: tmp.file(name, lines.map((l) => `${l}\n`).join('')),
      counts: Uint32Array.from(counts),
    });
    const a = part('a.sorted', [`${suffix('1')}:1`, `${suffix('3')}:1`, `${suffix('7')}:4`], [1, 2, 0, 0]);
    const b = part('b.sorted', [`${suffix('2')}:2`, `${suffix('7')}:2`, `${suffix('F')}:8`], [0, 2, 0, 1]);
    const out = new SortedRun(join(tmp.dir(), 'merged.sorted'), 2);
    mergeRuns([a, b], layout, bitmapUnion, out);
    expect(readFileSync(out.path, 'utf8').trimEnd().split('\n')).toEqual([
      `${suffix('1')}:1`,
      `${suffix('2')}:2`,
      `${suffix('3')}:1`,
      `${suffix('7')}:6`,
      `${suffix('F')}:8`,
    ]);
    expect([...out.counts]).toEqual([1, 3, 0, 1]);
    expect(out.unique).toBe(5);
  });

  it('refuses a run that holds fewer lines than its counts announce', () => {
    const layout = kindLayout('xc-v1', 2);
    const short = {
      path: tmp.file('short.sorted', `${'A'.repeat(layout.suffixNibbles)}:1\n`),
      counts: Uint32Array.from([2, 0, 0, 0]),
    };
    expect(() =>
      mergeRuns([short], layout, bitmapUnion, new SortedRun(join(tmp.dir(), 'x.sorted'), 2)),
    ).toThrow(/ends before the lines its counts announce/);
  });
});
