import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type { BucketLayout, IdentifierKind } from '../../core/index.ts';
import { InputError } from '../input/input-error.ts';
import { readInputRows } from '../input/read-input.ts';
import { planKinds, PlanError, type BuildPlan } from './build-plan.ts';
import { sortKind, writeKind, type KindLayoutOf, type KindSummary } from './bucket-phase.ts';
import { assertInputQuality } from './input-quality.ts';
import { invalidTotal, type InputStats } from './input-stats.ts';
import { createKindStates, type KindState } from './kind-state.ts';
import type { PartitionLimits } from './partition-process.ts';
import type { SortedRun } from './sorted-run.ts';
import type { Shard } from '../oprf/shard.ts';
import { hashInput, toRowSource } from './hash-phase.ts';
import { createOprfTaskPool, defaultWorkers } from '../oprf/oprf-task-pool.ts';
import { Limiter } from './limiter.ts';
import { openStaging, publishStaging } from './output-dir.ts';
import { fileSink, type OutputSink } from './output-sink.ts';
import { decodeSalt } from './salt.ts';
import { assertPublishable, prefixBitsFor, sourceJson } from './source-json.ts';
import { validationDate } from './validation-date.ts';

export interface BuildProgress {
  phase: 'hash' | 'sort' | 'write';
  /** Rows read (hash), kinds sorted (sort) or files written (write) so far. */
  done: number;
  total?: number;
}

export interface BuildOptions {
  /** Where spill files go; default next to `out`. Holds hashes only, never identifiers; removed after. */
  workDir?: string;
  /**
   * Cores to use (default: every core): threads that write the bucket files (xc-oprf-v1 also evaluates
   * on them) and, when given, the number of xc-v1 PBKDF2 jobs in flight.
   */
  workers?: number;
  /**
   * Build one slice of several: xc-oprf-v1 a slice of the prefix space (oprf/shard.ts); xc-v1 and
   * hibp-sha1 the rows row-shard.ts gives this shard, as a part for `merge` (build-shard-part.ts).
   */
  shard?: Shard;
  /** PBKDF2 jobs in flight (default 8: the libuv pool's 4 threads, kept busy). */
  concurrency?: number;
  /** Total write buffers for spill partitions (default 24 MiB). */
  spillBufferBytes?: number;
  /** Largest partition sorted in memory before splitting it (default 32 MiB). */
  maxPartitionBytes?: number;
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Receives every output file instead of `plan.out` (which is then left alone). Default: a staging
   * directory next to `plan.out`, swapped in when the build succeeds.
   */
  sink?: OutputSink;
}

export interface BuildReport {
  out: string;
  descriptor: ReturnType<typeof sourceJson>;
  inputs: InputStats[];
  kinds: KindSummary[];
  files: number;
  rowsRead: number;
  seconds: number;
}

/** `--strict` and some rows were invalid: nothing was written. */
export class StrictModeError extends Error {
  override readonly name = 'StrictModeError';
  constructor(readonly inputs: InputStats[]) {
    const bad = inputs.reduce((sum, s) => sum + invalidTotal(s), 0);
    super(`${bad} invalid row(s) and --strict was given, so nothing was published.`);
  }
}

/** Fails before any hashing when the descriptor, the salt or an input's header is unusable. */
export async function preflight(plan: BuildPlan): Promise<Uint8Array> {
  const salt = decodeSalt(plan.salt);
  if (typeof salt === 'string') throw new PlanError(`--salt: ${salt}.`);
  const buckets: Partial<Record<IdentifierKind, BucketLayout>> = {};
  for (const kind of planKinds(plan)) buckets[kind] = { prefixBits: prefixBitsFor(plan, kind), lines: 1 };
  assertPublishable(sourceJson(plan, buckets));
  for (const input of plan.inputs) {
    if (!statSync(input.path, { throwIfNoEntry: false })?.isFile()) {
      throw new InputError(`${input.path} does not exist or is not a file.`);
    }
    const rows = readInputRows(toRowSource(input));
    await rows.next();
    await rows.return(undefined);
  }
  return salt;
}

export async function hashAll(plan: BuildPlan, states: KindState[], salt: Uint8Array, options: BuildOptions) {
  let rowsRead = 0;
  const ctx = {
    plan,
    salt,
    states: new Map(states.map((s) => [s.kind, s])),
    today: validationDate(plan),
    // --workers N caps the PBKDF2 jobs at N so the build uses N cores; otherwise keep the pool busy.
    limiter: new Limiter(options.concurrency ?? options.workers ?? 8),
    shard: options.shard,
    onRow: () => {
      rowsRead++;
      if (rowsRead % 1000 === 0) options.onProgress?.({ phase: 'hash', done: rowsRead });
    },
  };
  const stats: InputStats[] = [];
  for (const input of plan.inputs) stats.push(...(await hashInput(ctx, input)));
  await ctx.limiter.drain();
  options.onProgress?.({ phase: 'hash', done: rowsRead });
  return { stats, rowsRead };
}

/** How much of a spill partition is sorted in memory before it is split. */
export function partitionLimits(options: Pick<BuildOptions, 'maxPartitionBytes'>): PartitionLimits {
  return { maxPartitionBytes: options.maxPartitionBytes ?? 32 << 20, splitBufferBytes: 64 << 10 };
}

/** Where the files of a source go: a directory written by the pool's threads, or a caller's sink. */
export type SourceOutput = { sink: OutputSink } | { root: string };

/**
 * Per kind: its sorted, de-duplicated run (sorted from the spill, or merged from shard parts), then its
 * padded bucket files: on the worker threads when they go to disk, through `sink` on this thread when a
 * caller gave one.
 */
export async function writeKinds<K extends KindLayoutOf>(
  plan: BuildPlan,
  kinds: readonly K[],
  runOf: (kind: K) => SortedRun,
  output: SourceOutput,
  options: Pick<BuildOptions, 'workers' | 'onProgress'>,
  workDir: string,
) {
  const buckets: Partial<Record<IdentifierKind, BucketLayout>> = {};
  const summaries: KindSummary[] = [];
  const total = kinds.reduce((sum, s) => sum + 2 ** s.layout.prefixBits, 0);
  let files = 0;
  const onFiles = (n: number): void => {
    const before = files;
    files += n;
    if (Math.floor(files / 4096) > Math.floor(before / 4096) || files === total)
      options.onProgress?.({ phase: 'write', done: files, total });
  };
  const pool =
    'root' in output ? await createOprfTaskPool(options.workers ?? defaultWorkers(), workDir) : undefined;
  try {
    for (const [i, kind] of kinds.entries()) {
      const run = runOf(kind);
      options.onProgress?.({ phase: 'sort', done: i + 1, total: kinds.length });
      const target =
        pool === undefined
          ? (output as { sink: OutputSink })
          : { pool, root: (output as { root: string }).root };
      const written = await writeKind(kind, run, plan, target, onFiles);
      buckets[kind.kind] = written.layout;
      summaries.push(written.summary);
    }
  } finally {
    await pool?.close();
  }
  return { buckets, summaries, files };
}

/**
 * Where a source's files go: the caller's sink, or a staging directory next to `out` (refusing an `out`
 * that holds anything but an earlier build) that finishSource swaps in.
 */
export function openSourceOutput(out: string, given: OutputSink | undefined) {
  if (given !== undefined) mkdirSync(dirname(out), { recursive: true });
  const staging = given === undefined ? openStaging(out) : undefined;
  const sink = given ?? fileSink(staging as string);
  const output: SourceOutput = staging === undefined ? { sink } : { root: staging };
  return { staging, sink, output };
}

/** Writes source.json once the client's own validation accepts it, then publishes the staging directory. */
export function finishSource(
  plan: BuildPlan,
  buckets: Partial<Record<IdentifierKind, BucketLayout>>,
  sink: OutputSink,
  staging: string | undefined,
) {
  const descriptor = sourceJson(plan, buckets);
  assertPublishable(descriptor);
  sink.write('source.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  if (staging !== undefined) publishStaging(staging, plan.out);
  return descriptor;
}

/**
 * Builds a static range source from breach lists, in bounded memory: stream and hash every row,
 * spill hashes to partition files, then sort, de-duplicate, pad and write one partition at a time.
 * Same plan, same bytes. Writes into a staging directory and swaps it in for `plan.out` at the end.
 */
export async function buildSource(plan: BuildPlan, options: BuildOptions = {}): Promise<BuildReport> {
  const started = performance.now();
  // A shard of a range build is a part for `merge`, not a source: padding needs every shard's buckets.
  if (options.shard !== undefined)
    throw new PlanError('An xc-v1 or hibp-sha1 shard is built with buildShardPart and published with merge.');
  const salt = await preflight(plan);
  const workDir = options.workDir ?? `${plan.out}.work-${process.pid}`;
  const { staging, sink, output } = openSourceOutput(plan.out, options.sink);
  try {
    const kinds = planKinds(plan).map((kind) => ({ kind, prefixBits: prefixBitsFor(plan, kind) }));
    const states = createKindStates(kinds, plan.scheme, workDir, options.spillBufferBytes ?? 24 << 20);
    const { stats, rowsRead } = await hashAll(plan, states, salt, options);
    if (plan.strict && stats.some((s) => invalidTotal(s) > 0)) throw new StrictModeError(stats);
    assertInputQuality(stats, plan.maxInvalidPercent);
    const limits = partitionLimits(options);
    const { buckets, summaries, files } = await writeKinds(
      plan,
      states,
      (state) => sortKind(state, plan, workDir, limits),
      output,
      options,
      workDir,
    );
    const descriptor = finishSource(plan, buckets, sink, staging);
    const seconds = (performance.now() - started) / 1000;
    return { out: plan.out, descriptor, inputs: stats, kinds: summaries, files, rowsRead, seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}
