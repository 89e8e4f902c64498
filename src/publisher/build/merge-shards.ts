import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bitmapUnion } from './bitmap.ts';
import type { BuildPlan } from './build-plan.ts';
import { writeKinds, type BuildOptions, type BuildReport } from './build-source.ts';
import { kindLayout } from './kind-state.ts';
import { mergeRuns, type TailUnion } from './merge-runs.ts';
import { checkReplaceable, createStaging, publishStaging } from './output-dir.ts';
import { fileSink } from './output-sink.ts';
import { readCounts, readShardParts, runFileOf } from './shard-part.ts';
import { SortedRun } from './sorted-run.ts';
import { assertPublishable, sourceJson } from './source-json.ts';

export type MergeOptions = Pick<BuildOptions, 'workDir' | 'workers' | 'onProgress' | 'sink'>;

/** xc-v1 tails are breach bitmaps, hibp-sha1 tails occurrence counts. */
const sumCounts: TailUnion = (a, b) => String(Number(a) + Number(b));

/**
 * Publishes the source the n parts of `build --shard i/n` (xc-v1, hibp-sha1) make together: per kind,
 * the parts' runs merged bucket by bucket (an entry two shards both hold, two identifiers whose hashes
 * agree on every published character, gets one line with both tails), padded and written exactly as a
 * single build would: the same bytes, source.json included.
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
  if (options.sink === undefined) checkReplaceable(out);
  mkdirSync(dirname(out), { recursive: true });
  mkdirSync(workDir, { recursive: true });
  const staging = options.sink === undefined ? createStaging(out) : undefined;
  const sink = options.sink ?? fileSink(staging as string);
  const output = staging === undefined ? { sink } : { root: staging };
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
    const descriptor = sourceJson(plan, buckets);
    assertPublishable(descriptor);
    sink.write('source.json', `${JSON.stringify(descriptor, null, 2)}\n`);
    if (staging !== undefined) publishStaging(staging, out);
    const seconds = (performance.now() - started) / 1000;
    // Every shard read every row: any part's row counts are the build's.
    return { out, descriptor, inputs: first.inputs, kinds: summaries, files, rowsRead: 0, seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}
