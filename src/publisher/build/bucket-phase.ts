import { join } from 'node:path';
import type { BucketLayout } from '../../core/index.ts';
import { bitmapHex, bitmapWidth } from './bitmap.ts';
import type { BuildPlan } from './build-plan.ts';
import type { OprfTaskPool } from '../oprf/oprf-task-pool.ts';
import { writeBucketFiles, type BucketFileSpec } from './bucket-files.ts';
import type { KindState } from './kind-state.ts';
import type { OutputSink } from './output-sink.ts';
import { processPartition, type PartitionLimits } from './partition-process.ts';
import type { RangeWriteResult, RangeWriteTask } from './range-write-task.ts';
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
    run.mark();
    processPartition(state.spill.path(p), layout.partitionBits, layout, limits, (bucket, suffix, values) =>
      run.add(bucket, `${suffix}:${tail(values)}`),
    );
  }
  run.mark();
  run.finish();
  return run;
}

/** What writing a kind's files needs of it: its name and how its hashes are cut. */
export type KindLayoutOf = Pick<KindState, 'kind' | 'layout'>;

/** Where a kind's bucket files go: through a sink on this thread, or as files on a pool's threads. */
export type BucketTarget = { sink: OutputSink } | { pool: OprfTaskPool; root: string };

function bucketSpec(state: KindLayoutOf, plan: BuildPlan, lines: number): BucketFileSpec {
  const xc = plan.scheme === 'xc-v1';
  const { kind } = state;
  return {
    layout: state.layout,
    lines,
    paddingTail: xc ? `:${'0'.repeat(bitmapWidth(plan.breaches.length))}` : ':0',
    paddingSeed: `exposure-check/${plan.scheme}/padding\u0000${plan.salt}\u0000${kind}`,
    fileFor: (prefix) => (xc ? `ranges/${kind}/${prefix}.txt` : `range/${prefix}`),
  };
}

/** One write task per spill partition: its buckets are contiguous, and sortKind marked its bytes. */
async function writeOnPool(
  run: SortedRun,
  spec: BucketFileSpec,
  target: { pool: OprfTaskPool; root: string },
  onFiles: (n: number) => void,
): Promise<void> {
  const partitions = run.marks.length - 1;
  const perPartition = run.counts.length / partitions;
  const { fileFor, ...textSpec } = spec;
  const fileTemplate = join(target.root, fileFor('{prefix}'));
  const tasks: Promise<void>[] = [];
  for (let p = 0; p < partitions; p++) {
    const firstBucket = p * perPartition;
    const task: RangeWriteTask = {
      type: 'range-write',
      runPath: run.path,
      byteStart: run.marks[p] as number,
      byteEnd: run.marks[p + 1] as number,
      firstBucket,
      counts: Array.from(run.counts.subarray(firstBucket, firstBucket + perPartition)),
      spec: textSpec,
      fileTemplate,
    };
    tasks.push(target.pool.run<RangeWriteResult>(task).then((done) => onFiles(done.files)));
  }
  await Promise.all(tasks);
}

/** Writes every bucket file of a kind, padded to one line count. */
export async function writeKind(
  state: KindLayoutOf,
  run: SortedRun,
  plan: BuildPlan,
  target: BucketTarget,
  onFiles: (n: number) => void,
): Promise<{ summary: KindSummary; layout: BucketLayout }> {
  const { layout, kind } = state;
  const maxReal = run.maxPerBucket();
  const lines = Math.max(maxReal, plan.minLines, 1);
  const spec = bucketSpec(state, plan, lines);
  if ('pool' in target) await writeOnPool(run, spec, target, onFiles);
  else await writeBucketFiles(run, spec, target.sink, () => onFiles(1));
  const buckets = run.counts.length;
  return {
    summary: { kind, prefixBits: layout.prefixBits, buckets, lines, unique: run.unique, maxReal },
    layout: { prefixBits: layout.prefixBits, lines },
  };
}
