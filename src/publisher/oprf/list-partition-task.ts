import { writeFileSync } from 'node:fs';
import { OPRF_LIST_TAG_BYTES } from '../../core/oprf/list-constants.ts';
import { listKeyFromOutput } from '../../core/oprf/list-keys.ts';
import { oprfInput } from '../../core/oprf/oprf-input.ts';
import { ListEntryArrays } from './list-entry-arrays.ts';
import { boundedSlices, readSpillFile, type SpillSlice } from './oprf-spill.ts';
import { cachedPoprfServers } from './poprf-backends.ts';
import type { PartitionEvaluation } from './partition-evaluation.ts';

// The steps of a whole-list build that work on one partition of rows at a time, as plain data in and
// out, so they run the same inline or in a worker thread (oprf-task-pool.ts).

/** Counts a partition's distinct identifiers, for the automatic layout's limit, before any evaluation. */
export interface CountDistinctTask {
  type: 'count-distinct';
  slice: SpillSlice;
  /** Larger partition files are split first (bounds the memory of the deduplicating set). */
  maxSliceBytes: number;
}

export interface CountDistinctResult {
  distinct: number;
  /** The files the partition now lives in (split when it was larger than maxSliceBytes). */
  slices: SpillSlice[];
}

/** Evaluates a partition's distinct identifiers into one run of list entries sorted by tag. */
export interface EvaluateListTask extends PartitionEvaluation {
  type: 'evaluate-list';
  slices: SpillSlice[];
  /** The run: per entry the 8-byte tag, then the sealed breach bits (listRunRecordBytes in all). */
  outFile: string;
}

export interface EvaluateListResult {
  distinct: number;
}

export type ListTask = CountDistinctTask | EvaluateListTask;
export type ListTaskResult = CountDistinctResult | EvaluateListResult;

/** Bytes of one entry in a run file. */
export const listRunRecordBytes = (breachCount: number): number =>
  OPRF_LIST_TAG_BYTES + Math.ceil(breachCount / 8);

/** Breach bits MSB-first (bit i = breach i), sealed with the entry's seal key. */
export function sealBreaches(breaches: bigint, seal: Uint8Array, breachCount: number): Uint8Array {
  const sealed = new Uint8Array(Math.ceil(breachCount / 8));
  for (let i = 0; i < breachCount; i++) {
    if (((breaches >> BigInt(i)) & 1n) === 1n) sealed[i >>> 3] = (sealed[i >>> 3] ?? 0) | (0x80 >>> (i & 7));
  }
  return sealed.map((b, i) => b ^ (seal[i] ?? 0));
}

function countDistinct(task: CountDistinctTask): CountDistinctResult {
  const slices = boundedSlices(task.slice, task.maxSliceBytes);
  let distinct = 0;
  for (const slice of slices) {
    const seen = new Set<string>();
    for (const record of readSpillFile(slice.file)) seen.add(record.canonical);
    distinct += seen.size;
  }
  return { distinct, slices };
}

async function evaluateList(task: EvaluateListTask): Promise<EvaluateListResult> {
  const server = (await cachedPoprfServers(task.backend, task.sourceId, task.secretKey)).for(task.kind);
  const entries = new ListEntryArrays(Math.ceil(task.breachCount / 8));
  // An identifier's rows all sit in one slice (slices split on bucket bits), so each slice is
  // deduplicated on its own; its entries, a few bytes each, are kept for the partition's one sorted run.
  for (const slice of task.slices.flatMap((s) => boundedSlices(s, task.maxSliceBytes))) {
    const breachesOf = new Map<string, bigint>();
    for (const record of readSpillFile(slice.file)) {
      const before = breachesOf.get(record.canonical) ?? 0n;
      breachesOf.set(record.canonical, before | (1n << BigInt(record.breach)));
    }
    for (const [canonical, breaches] of breachesOf) {
      const { tag, seal } = listKeyFromOutput(server.evaluate(oprfInput(task.kind, canonical)));
      entries.push(tag, sealBreaches(breaches, seal, task.breachCount));
    }
  }
  writeFileSync(task.outFile, entries.sortedRecords());
  return { distinct: entries.length };
}

export function runListTask(task: ListTask): Promise<ListTaskResult> | ListTaskResult {
  return task.type === 'count-distinct' ? countDistinct(task) : evaluateList(task);
}
