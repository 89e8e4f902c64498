import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { bitmapUnion } from './bitmap.ts';
import type { BuildPlan } from './build-plan.ts';
import {
  finishSource,
  openSourceOutput,
  writeKinds,
  type BuildOptions,
  type BuildReport,
} from './build-source.ts';
import { kindLayout } from './kind-state.ts';
import { mergeRuns, type TailUnion } from './merge-runs.ts';
import { readCounts, readShardParts, runFileOf } from './shard-part.ts';
import { SortedRun } from './sorted-run.ts';

export type MergeOptions = Pick<BuildOptions, 'workDir' | 'workers' | 'onProgress' | 'sink'>;

/** xc-v1 tails are breach bitmaps, hibp-sha1 tails occurrence counts. */
const sumCounts: TailUnion = (a, b) => String(Number(a) + Number(b));

/**
 * Publishes the source the n parts of `build --shard i/n` (xc-v1, hibp-sha1) make together: per kind,
 * the parts' runs merged bucket by bucket (an entry two shards both hold gets one line with both tails:
 * a password given plain in one input and pre-hashed in another, or two identifiers whose hashes agree
 * on every published character), padded and written exactly as a single build would: the same bytes,
 * source.json included.
 */
export async function mergeShards(
  dirs: readonly string[],
  out: string,
  options: MergeOptions = {},
): Promise<BuildReport> {
  const started = performance.now();
  const parts = readShardParts(dirs);
  const first = parts[0]!.part;
  const plan: BuildPlan = { ...first.plan, out };
  const workDir = options.workDir ?? `${out}.work-${process.pid}`;
  const { staging, sink, output } = openSourceOutput(out, options.sink);
  mkdirSync(workDir, { recursive: true });
  const union = plan.scheme === 'xc-v1' ? bitmapUnion : sumCounts;
  try {
    const kinds = first.kinds.map(({ kind, prefixBits }) => ({
      kind,
      layout: kindLayout(plan.scheme, prefixBits),
    }));
    const { buckets, summaries, files } = await writeKinds(
      plan,
      kinds,
      ({ kind, layout }) => {
        const run = new SortedRun(join(workDir, `${kind}.sorted`), layout.prefixBits);
        const runs = parts.map(({ dir }) => ({
          path: runFileOf(dir, kind),
          counts: readCounts(dir, kind, layout.prefixBits),
        }));
        mergeRuns(runs, layout, union, run);
        return run;
      },
      output,
      options,
      workDir,
    );
    const descriptor = finishSource(plan, buckets, sink, staging);
    const seconds = (performance.now() - started) / 1000;
    // Every shard read every row: any part's row counts are the build's.
    return { out, descriptor, inputs: first.inputs, kinds: summaries, files, rowsRead: 0, seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}
