import { rmSync } from 'node:fs';
import type { Shard } from '../oprf/shard.ts';
import { sortKind } from './bucket-phase.ts';
import { planKinds, type BuildPlan } from './build-plan.ts';
import { hashAll, partitionLimits, preflight, StrictModeError, type BuildOptions } from './build-source.ts';
import { assertInputQuality } from './input-quality.ts';
import { invalidTotal, type InputStats } from './input-stats.ts';
import { createKindStates } from './kind-state.ts';
import { openStaging, publishStaging } from './output-dir.ts';
import { writeCounts, writeShardPart, type ShardPartKind } from './shard-part.ts';
import { prefixBitsFor } from './source-json.ts';

export interface ShardPartReport {
  out: string;
  shard: Shard;
  inputs: InputStats[];
  kinds: ShardPartKind[];
  rowsRead: number;
  seconds: number;
}

/**
 * `build --shard i/n` for xc-v1 and hibp-sha1: reads every row (so every shard reports the same row
 * counts), hashes only this shard's (row-shard.ts: for xc-v1 that is the whole cost, split n ways),
 * and writes its sorted, de-duplicated runs unpadded. Padding needs every shard's fullest bucket, so
 * `merge` pads and writes the source from all n parts (merge-shards.ts).
 */
export async function buildShardPart(
  plan: BuildPlan,
  shard: Shard,
  options: Omit<BuildOptions, 'shard' | 'sink'> = {},
): Promise<ShardPartReport> {
  const started = performance.now();
  const salt = await preflight(plan);
  const workDir = options.workDir ?? `${plan.out}.work-${process.pid}`;
  const staging = openStaging(plan.out);
  try {
    const kinds = planKinds(plan).map((kind) => ({ kind, prefixBits: prefixBitsFor(plan, kind) }));
    const states = createKindStates(kinds, plan.scheme, workDir, options.spillBufferBytes ?? 24 << 20);
    const { stats, rowsRead } = await hashAll(plan, states, salt, { ...options, shard });
    if (plan.strict && stats.some((s) => invalidTotal(s) > 0)) throw new StrictModeError(stats);
    assertInputQuality(stats, plan.maxInvalidPercent);
    const limits = partitionLimits(options);
    const parts: ShardPartKind[] = [];
    for (const [i, state] of states.entries()) {
      // Sorted straight into the part: the run file is what the part publishes.
      const run = sortKind(state, plan, staging, limits);
      writeCounts(staging, state.kind, run);
      parts.push({ kind: state.kind, prefixBits: state.layout.prefixBits, unique: run.unique });
      options.onProgress?.({ phase: 'sort', done: i + 1, total: states.length });
    }
    const { out: _out, ...settings } = plan;
    writeShardPart(staging, { shard, plan: settings, kinds: parts, inputs: stats });
    publishStaging(staging, plan.out);
    const seconds = (performance.now() - started) / 1000;
    return { out: plan.out, shard, inputs: stats, kinds: parts, rowsRead, seconds };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}
