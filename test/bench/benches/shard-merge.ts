import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PublisherBuildInput, PublisherBuildResult } from '../children/publisher-build.ts';
import type { PublisherShardInput, PublisherShardResult } from '../children/publisher-shard.ts';
import { runChild } from '../lib/child.ts';
import type { BenchContext, Benchmark } from '../lib/context.ts';
import { SectionBuilder } from '../lib/figures.ts';
import { toMiB } from '../lib/memory.ts';
import { benchScript, REPO_ROOT } from '../lib/paths.ts';
import { removeDir } from '../lib/remove-dir.ts';
import { peselInput, sizeLabel } from './publisher-inputs.ts';
import { LOW_ITERATIONS } from './publisher-series.ts';

const SHARDS = 2;

/** One digest of every file under `dir` (path and bytes, in path order): equal digests, equal trees. */
function treeDigest(dir: string): string {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(dir);
  const digest = createHash('sha256');
  for (const file of files.toSorted())
    digest.update(`${relative(dir, file)}\u0000`).update(readFileSync(file));
  return digest.digest('hex');
}

/**
 * xc-v1 sharded over rows: the single build, each of SHARDS parts and the merge, one process each, CPU
 * time side by side; and whether the merged directory is the single build's, byte for byte.
 */
export const shardMergeBench: Benchmark = {
  id: 'shard',
  async run(ctx: BenchContext) {
    const n = ctx.quick ? 300 : 100_000;
    const what = `${n.toLocaleString('en-US')} PESEL, xc-v1 at ${LOW_ITERATIONS.toLocaleString('en-US')} iterations, 1 worker`;
    const s = new SectionBuilder('shard', `Sharded xc-v1 build and merge (${what})`);
    const input = peselInput(join(ctx.workDir, 'inputs'), n);
    const args = (out: string, shard?: number) => [
      '--input',
      input,
      '--kind',
      'pesel',
      '--source-id',
      'bench-shard',
      '--iterations',
      String(LOW_ITERATIONS),
      '--workers',
      '1',
      '--updated',
      '2026-01-01',
      ...(ctx.quick ? ['--prefix-bits', '8'] : []),
      ...(shard === undefined ? [] : ['--shard', `${shard}/${SHARDS}`]),
      '--out',
      out,
    ];
    const dir = (name: string) => join(ctx.scratchDir, `shard-${name}`);
    const parts = Array.from({ length: SHARDS }, (_, i) => dir(`part-${i}`));
    try {
      ctx.log(`shard: single xc-v1 build of ${n.toLocaleString('en-US')} PESEL`);
      const single = await runChild<PublisherBuildResult>(benchScript('children/publisher-build.ts'), {
        args: args(dir('single')),
        cwd: REPO_ROOT,
      } satisfies PublisherBuildInput);
      const partResults: PublisherShardResult[] = [];
      for (const [i, part] of parts.entries()) {
        ctx.log(`shard: part ${i}/${SHARDS}`);
        partResults.push(
          await runChild<PublisherShardResult>(benchScript('children/publisher-shard.ts'), {
            mode: 'part',
            args: args(part, i),
            cwd: REPO_ROOT,
          } satisfies PublisherShardInput),
        );
      }
      ctx.log('shard: merge');
      const merged = await runChild<PublisherShardResult>(benchScript('children/publisher-shard.ts'), {
        mode: 'merge',
        parts,
        out: dir('merged'),
        workers: 1,
      } satisfies PublisherShardInput);
      const p = `xc.${sizeLabel(n)}`;
      s.add(`${p}.single.cpuSeconds`, 'single build, CPU time', single.cpuSeconds, 's');
      for (const [i, r] of partResults.entries())
        s.add(`${p}.part${i}.cpuSeconds`, `shard ${i}/${SHARDS}, CPU time`, r.cpuSeconds, 's');
      const largest = Math.max(...partResults.map((r) => r.cpuSeconds));
      s.add(
        `${p}.largestPartShare`,
        `largest shard ÷ single build (CPU; 1/${SHARDS} is an even split)`,
        largest / single.cpuSeconds,
        '×',
      );
      s.add(`${p}.merge.cpuSeconds`, 'merge, CPU time', merged.cpuSeconds, 's');
      s.add(`${p}.merge.share`, 'merge ÷ single build (CPU)', merged.cpuSeconds / single.cpuSeconds, '×');
      s.add(`${p}.merge.peakRssMiB`, 'merge, peak RSS', toMiB(merged.peakRssBytes), 'MiB');
      s.add(
        `${p}.parts.unique`,
        'entries in the parts, summed',
        partResults.reduce((a, r) => a + r.unique, 0),
        'entries',
      );
      s.add(`${p}.merge.unique`, 'entries in the merged source', merged.unique, 'entries');
      s.add(
        `${p}.identical`,
        'merged directory byte for byte the single build',
        treeDigest(dir('merged')) === treeDigest(dir('single')),
      );
      s.note(
        'Every process reads the whole input; each shard hashes only its rows (a digest of the normalised value decides). At the default 20,000 iterations hashing is about 20 times the work measured here, so the shards split nearly all of it and the merge is a smaller share still.',
      );
    } finally {
      for (const d of [dir('single'), dir('merged'), ...parts]) removeDir(d);
    }
    return s.build();
  },
};
