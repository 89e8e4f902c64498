import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { oprfInput } from '../../core/oprf/oprf-input.ts';
import { bitmapFromIndexes, lineKeyFromOutput, xorHex } from '../../core/oprf/sealed-line.ts';
import { runRangeWrite, type RangeWriteResult, type RangeWriteTask } from '../build/range-write-task.ts';
import { TextAppender } from '../build/text-appender.ts';
import { runListTask, type ListTask, type ListTaskResult } from './list-partition-task.ts';
import { boundedSlices, readSpillFile, type SpillSlice } from './oprf-spill.ts';
import { padBucket } from './padding.ts';
import { cachedPoprfServers } from './poprf-backends.ts';
import type { PartitionEvaluation } from './partition-evaluation.ts';

// The two steps of an xc-oprf-v1 build that work on one partition at a time, as plain data in and out,
// so they run the same inline or in a worker thread.

/** Step 1: deduplicate a partition's rows and evaluate each distinct identifier once. */
export interface EvaluateTask extends PartitionEvaluation {
  type: 'evaluate';
  slice: SpillSlice;
  /** Sealed real lines, `bucket tag:sealed`, in (bucket, tag) order. */
  outFile: string;
}

export interface EvaluateResult {
  distinct: number;
  /** Most real lines in one bucket of the partition. */
  maxReal: number;
  /** Files holding the sealed lines: one per slice the partition was split into, in bucket order. */
  outFiles: { file: string; firstBucket: number; endBucket: number }[];
}

/** Step 2: write the padded bucket files of a bucket range from its sealed lines. */
export interface WriteTask {
  type: 'write';
  sealedFile: string;
  firstBucket: number;
  endBucket: number;
  kind: IdentifierKind;
  prefixBits: number;
  lines: number;
  bitmapHexLength: number;
  paddingKey: Uint8Array;
  /** Output path of a bucket, with `{prefix}` in it (the kind is already substituted). */
  fileTemplate: string;
}

export interface WriteResult {
  files: number;
  bytes: number;
}

// The pool's threads also evaluate whole lists (list-partition-task.ts) and write the bucket files of
// xc-v1 and hibp-sha1 builds (range-write-task.ts).
export type OprfTask = EvaluateTask | WriteTask | ListTask | RangeWriteTask;
export type OprfTaskResult = EvaluateResult | WriteResult | ListTaskResult | RangeWriteResult;

function indexesOf(bits: bigint): number[] {
  const out: number[] = [];
  for (let i = 0; bits >> BigInt(i) !== 0n; i++) if (((bits >> BigInt(i)) & 1n) === 1n) out.push(i);
  return out;
}

async function evaluateSlice(
  task: EvaluateTask,
  slice: SpillSlice,
  outFile: string,
): Promise<{ distinct: number; maxReal: number }> {
  const server = (await cachedPoprfServers(task.backend, task.sourceId, task.secretKey)).for(task.kind);
  const bucketOf = new Map<string, number>();
  const breachesOf = new Map<string, bigint>();
  for (const record of readSpillFile(slice.file)) {
    bucketOf.set(record.canonical, record.bucket);
    breachesOf.set(
      record.canonical,
      (breachesOf.get(record.canonical) ?? 0n) | (1n << BigInt(record.breach)),
    );
  }
  const lines: { bucket: number; line: string }[] = [];
  for (const [canonical, breaches] of breachesOf) {
    const output = server.evaluate(oprfInput(task.kind, canonical));
    const { tag, mask } = lineKeyFromOutput(output, task.breachCount);
    const sealed = xorHex(bitmapFromIndexes(indexesOf(breaches), task.breachCount), mask);
    lines.push({ bucket: bucketOf.get(canonical) ?? 0, line: `${tag}:${sealed}` });
  }
  lines.sort((a, b) => a.bucket - b.bucket || (a.line < b.line ? -1 : a.line > b.line ? 1 : 0));
  writeFileSync(outFile, '');
  const out = new TextAppender(outFile);
  let maxReal = 0;
  let run = 0;
  for (let i = 0; i < lines.length; i++) {
    const { bucket, line } = lines[i] as { bucket: number; line: string };
    run = i > 0 && lines[i - 1]?.bucket === bucket ? run + 1 : 1;
    if (run > maxReal) maxReal = run;
    out.write(`${bucket} ${line}\n`);
  }
  out.flush();
  return { distinct: lines.length, maxReal };
}

async function runEvaluate(task: EvaluateTask): Promise<EvaluateResult> {
  const result: EvaluateResult = { distinct: 0, maxReal: 0, outFiles: [] };
  const slices = boundedSlices(task.slice, task.maxSliceBytes);
  for (const [i, slice] of slices.entries()) {
    const outFile = slices.length === 1 ? task.outFile : `${task.outFile}.${i}`;
    const done = await evaluateSlice(task, slice, outFile);
    result.distinct += done.distinct;
    result.maxReal = Math.max(result.maxReal, done.maxReal);
    result.outFiles.push({ file: outFile, firstBucket: slice.firstBucket, endBucket: slice.endBucket });
  }
  return result;
}

/** A bucket's name in URLs: upper-case hex of its `prefixBits` bits, spare low bits zero. */
export function bucketPrefix(bucket: number, prefixBits: number): string {
  const nibbles = Math.ceil(prefixBits / 4);
  return (bucket * 2 ** (nibbles * 4 - prefixBits)).toString(16).toUpperCase().padStart(nibbles, '0');
}

function runWrite(task: WriteTask): WriteResult {
  const real = new Map<number, Map<string, string>>();
  for (const line of readFileSync(task.sealedFile, 'utf8').split('\n')) {
    if (line === '') continue;
    const space = line.indexOf(' ');
    const colon = line.indexOf(':', space);
    const bucket = Number(line.slice(0, space));
    let lines = real.get(bucket);
    if (lines === undefined) real.set(bucket, (lines = new Map()));
    lines.set(line.slice(space + 1, colon), line.slice(colon + 1));
  }
  const key = Buffer.from(task.paddingKey);
  const empty = new Map<string, string>();
  let bytes = 0;
  let madeDir = '';
  for (let bucket = task.firstBucket; bucket < task.endBucket; bucket++) {
    const prefix = bucketPrefix(bucket, task.prefixBits);
    const file = task.fileTemplate.replaceAll('{prefix}', prefix);
    if (path.dirname(file) !== madeDir) {
      madeDir = path.dirname(file);
      mkdirSync(madeDir, { recursive: true });
    }
    const text = `${padBucket(real.get(bucket) ?? empty, task.lines, task.bitmapHexLength, { key, kind: task.kind, prefix }).join('\n')}\n`;
    writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  return { files: task.endBucket - task.firstBucket, bytes };
}

export async function runOprfTask(task: OprfTask): Promise<OprfTaskResult> {
  if (task.type === 'evaluate') return runEvaluate(task);
  if (task.type === 'write') return runWrite(task);
  if (task.type === 'count-distinct' || task.type === 'evaluate-list') return runListTask(task);
  return runRangeWrite(task);
}
