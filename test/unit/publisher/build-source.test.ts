// @vitest-environment node
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  computeRangeKey,
  parseIdentifier,
  parseSourceDescriptor,
  recommendedPrefixBits,
  type IdentifierKind,
} from '../../../src/core/index.ts';
import { buildSource, StrictModeError } from '../../../src/publisher/build/build-source.ts';
import { breach, readTree, synthetic, xcPlan } from './support/build-fixtures.ts';
import { useTempDir } from './support/temp-dir.ts';

const tmp = useTempDir();
const input = (path: string, kinds: IdentifierKind[], breachId = 'breach-a') => ({
  path,
  format: 'csv' as const,
  kinds,
  columns: {},
  breach: breachId,
});

describe('buildSource: rows', () => {
  it('counts invalid rows by reason and publishes only the valid ones', async () => {
    const valid = synthetic('pesel', 4);
    const wrongCheck = `${valid[0]?.replace(/\s/g, '').slice(0, 10)}${(Number(valid[0]?.slice(-1)) + 1) % 10}`;
    const csv = [
      'name,pesel',
      ...valid.map((v) => `x,${v}`),
      `x,${valid[0]}`,
      `x,${wrongCheck}`,
      'x,4405140145',
    ]
      .concat(['x,ABCDEFGHIJK', 'x,44135401458', '', 'only-name', 'x,'])
      .join('\n');
    const out = join(tmp.dir(), 'out');
    const plan = xcPlan(out, { maxInvalidPercent: 100, inputs: [input(tmp.file('in.csv', csv), ['pesel'])] });
    const report = await buildSource(plan);
    const [stats] = report.inputs;
    expect(stats).toMatchObject({ lines: 13, header: 1, rows: 11, valid: 5, blank: 1, joined: 0 });
    expect(stats?.invalid).toEqual({
      checksum: { count: 1, lines: [7] },
      length: { count: 1, lines: [8] },
      charset: { count: 1, lines: [9] },
      date: { count: 1, lines: [10] },
      'missing-column': { count: 1, lines: [12] },
      empty: { count: 1, lines: [13] },
    });
    expect(report.kinds[0]?.unique).toBe(4);
  });

  it('with strict, fails on any invalid row and publishes nothing', async () => {
    const out = join(tmp.dir(), 'out');
    const csv = `pesel\n${synthetic('pesel', 1)[0]}\n12345\n`;
    const plan = xcPlan(out, { strict: true, inputs: [input(tmp.file('in.csv', csv), ['pesel'])] });
    await expect(buildSource(plan)).rejects.toBeInstanceOf(StrictModeError);
    expect(existsSync(out)).toBe(false);
  });
});

/** Two kinds in one file, two breaches; the second shares some people with the first. */
async function twoBreachBuild(out: string, options = {}) {
  const pesel = synthetic('pesel', 60, 3);
  const cpr = synthetic('cpr', 60, 4);
  const rows = (from: number, to: number) => pesel.slice(from, to).map((p, i) => `"${p}","${cpr[from + i]}"`);
  const a = tmp.file('a.csv', ['pesel,cpr', ...rows(0, 40)].join('\n'));
  const b = tmp.file('b.csv', ['pesel,cpr', ...rows(30, 60)].join('\r\n'));
  const plan = xcPlan(out, {
    breaches: [breach('breach-a'), breach('breach-b', '2025-01')],
    inputs: [input(a, ['pesel', 'cpr'], 'breach-a'), input(b, ['pesel', 'cpr'], 'breach-b')],
  });
  return { report: await buildSource(plan, options), pesel, cpr };
}

describe('buildSource: output', () => {
  it('is deterministic: same input, same bytes, whatever the concurrency or memory limits', async () => {
    const first = join(tmp.dir(), 'first');
    const second = join(tmp.dir(), 'second');
    await twoBreachBuild(first);
    // Tiny buffers and partitions force the split path; concurrency 1 changes completion order.
    await twoBreachBuild(second, { concurrency: 1, spillBufferBytes: 1, maxPartitionBytes: 64 });
    const a = readTree(first);
    const b = readTree(second);
    expect([...b.keys()].toSorted()).toEqual([...a.keys()].toSorted());
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  });

  it('writes the same bytes on two worker threads, on one, and through a sink on this thread', async () => {
    const threads = join(tmp.dir(), 'threads');
    await twoBreachBuild(threads, { workers: 2 });
    const inline = join(tmp.dir(), 'inline');
    await twoBreachBuild(inline, { workers: 1 });
    const sunk = new Map<string, string>();
    await twoBreachBuild(join(tmp.dir(), 'unused'), {
      sink: { write: (p: string, t: string) => sunk.set(p, t) },
    });
    const a = readTree(threads);
    expect(a.size).toBe(129);
    expect(readTree(inline)).toEqual(a);
    expect(new Map([...sunk].map(([p, t]) => [p, Buffer.from(t)]))).toEqual(a);
  });

  it('writes every prefix of every kind, all files of a kind the same size, sorted and unique', async () => {
    const out = join(tmp.dir(), 'out');
    const { report } = await twoBreachBuild(out);
    const tree = readTree(out);
    const descriptor = parseSourceDescriptor(
      JSON.parse(String(tree.get('source.json'))),
      'http://127.0.0.1/s.json',
    );
    for (const kind of ['pesel', 'cpr'] as const) {
      const files = [...tree].filter(([path]) => path.startsWith(`ranges/${kind}/`));
      const expected = Array.from(
        { length: 64 },
        (_, i) => `ranges/${kind}/${(i << 2).toString(16).toUpperCase().padStart(2, '0')}.txt`,
      );
      expect(files.map(([path]) => path).toSorted()).toEqual(expected.toSorted());
      const lines = descriptor.buckets[kind]?.lines;
      expect(new Set(files.map(([, bytes]) => bytes.length))).toEqual(new Set([(lines ?? 0) * 27]));
      for (const [, bytes] of files) {
        const rows = String(bytes).split('\n').slice(0, -1);
        expect(rows).toHaveLength(lines ?? -1);
        rows.forEach((row) => expect(row).toMatch(/^[0-9A-F]{24}:[0-3]$/));
        expect(new Set(rows.map((r) => r.slice(0, 24))).size).toBe(rows.length);
        expect(rows.toSorted()).toEqual(rows);
      }
    }
    expect(report.kinds.map((k) => [k.kind, k.unique])).toEqual([
      ['pesel', 60],
      ['cpr', 60],
    ]);
  });

  it('puts each identifier at the core client’s prefix and suffix with a bitmap of its breaches', async () => {
    const out = join(tmp.dir(), 'out');
    const { pesel } = await twoBreachBuild(out);
    const tree = readTree(out);
    const descriptor = parseSourceDescriptor(
      JSON.parse(String(tree.get('source.json'))),
      'http://127.0.0.1/s.json',
    );
    for (const [i, value] of pesel.entries()) {
      const parsed = parseIdentifier('pesel', value);
      if (!parsed.ok) throw new Error('fixture is not a valid PESEL');
      const key = await computeRangeKey(parsed, descriptor);
      const body = String(tree.get(`ranges/pesel/${key.prefix}.txt`));
      const expected = i < 30 ? '1' : i < 40 ? '3' : '2';
      expect(body.split('\n')).toContain(`${key.suffix}:${expected}`);
    }
  });

  it('declares the safe prefix length per kind unless a smaller one is asked for', async () => {
    const out = join(tmp.dir(), 'out');
    const csv = tmp.file('in.csv', `cpr\n${synthetic('cpr', 3).join('\n')}\n`);
    const report = await buildSource(
      xcPlan(out, { maxPrefixBits: undefined, inputs: [input(csv, ['cpr'])] }),
    );
    const bits = recommendedPrefixBits('cpr');
    expect(report.descriptor.buckets.cpr?.prefixBits).toBe(bits);
    expect(report.files).toBe(2 ** bits);
    expect(statSync(join(out, 'ranges/cpr')).isDirectory()).toBe(true);
  }, 120_000);

  it('refuses to overwrite a directory that is not an earlier build', async () => {
    const out = tmp.dir();
    tmp.file('precious.txt', 'keep me');
    const csv = tmp.file('in.csv', `pesel\n${synthetic('pesel', 1)[0]}\n`);
    await expect(buildSource(xcPlan(out, { inputs: [input(csv, ['pesel'])] }))).rejects.toThrow(/not empty/);
    expect(existsSync(join(out, 'precious.txt'))).toBe(true);
  });
});
