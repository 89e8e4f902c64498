import { join } from 'node:path';
import type { BucketLayout } from '../../core/index.ts';
import { bitmapHex, bitmapWidth } from './bitmap.ts';
import type { BuildPlan } from './build-plan.ts';
import { writeBucketFiles } from './bucket-files.ts';
import type { KindState } from './kind-state.ts';
import type { OutputSink } from './output-sink.ts';
import { processPartition, type PartitionLimits } from './partition-process.ts';
import { SortedRun } from './sorted-run.ts';

/** What the build tells about one kind once its files are written. */
export interface KindSummary {
  kind: string;
  prefixBits: number;
  buckets: number;
  /** Lines per bucket file, padding included. */
  lines: number;
  /** Distinct entries published. */
  unique: number;
  /** Most real entries in one bucket. */
  maxReal: number;
}

/** Sorts and de-duplicates a kind's spilled records, one partition at a time, into a sorted run. */
export function sortKind(
  state: KindState,
  plan: BuildPlan,
  workDir: string,
  limits: PartitionLimits,
): SortedRun {
  state.spill.flush();
  const { layout } = state;
  const run = new SortedRun(join(workDir, `${state.kind}.sorted`), layout.prefixBits);
  const width = bitmapWidth(plan.breaches.length);
  const tail =
    plan.scheme === 'xc-v1'
      ? (values: readonly number[]) => bitmapHex(values, width)
      : (values: readonly number[]) => String(values.reduce((a, b) => a + b, 0));
  for (let p = 0; p < 2 ** layout.partitionBits; p++) {
    processPartition(state.spill.path(p), layout.partitionBits, layout, limits, (bucket, suffix, values) =>
      run.add(bucket, `${suffix}:${tail(values)}`),
    );
  }
  run.finish();
  return run;
}

/** Writes every bucket file of a kind, padded to one line count. */
export async function writeKind(
  state: KindState,
  run: SortedRun,
  plan: BuildPlan,
  sink: OutputSink,
  onFile: () => void,
): Promise<{ summary: KindSummary; layout: BucketLayout }> {
  const { layout, kind } = state;
  const maxReal = run.maxPerBucket();
  const lines = Math.max(maxReal, plan.minLines, 1);
  const xc = plan.scheme === 'xc-v1';
  await writeBucketFiles(
    run,
    {
      layout,
      lines,
      paddingTail: xc ? `:${'0'.repeat(bitmapWidth(plan.breaches.length))}` : ':0',
      paddingSeed: `exposure-check/${plan.scheme}/padding\u0000${plan.salt}\u0000${kind}`,
      fileFor: (prefix) => (xc ? `ranges/${kind}/${prefix}.txt` : `range/${prefix}`),
    },
    sink,
    onFile,
  );
  const buckets = run.counts.length;
  return {
    summary: { kind, prefixBits: layout.prefixBits, buckets, lines, unique: run.unique, maxReal },
    layout: { prefixBits: layout.prefixBits, lines },
  };
}
