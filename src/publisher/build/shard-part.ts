import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentifierKind } from '../../core/index.ts';
import type { Shard } from '../oprf/shard.ts';
import { PlanError, type BuildPlan } from './build-plan.ts';
import type { InputStats } from './input-stats.ts';
import type { SortedRun } from './sorted-run.ts';
import { sourceJson } from './source-json.ts';

/** Written by `build --shard i/n` (xc-v1, hibp-sha1) instead of source.json: this is not a source yet. */
export const SHARD_PART_FILE = 'shard-part.json';
const FORMAT = 'exposure-check-shard-part/1';

export interface ShardPartKind {
  kind: IdentifierKind;
  prefixBits: number;
  /** Distinct entries in this part (before the merge combines parts). */
  unique: number;
}

/**
 * One shard's sorted, de-duplicated, unpadded bucket lines per kind (`<kind>.sorted`, in bucket then suffix
 * order, the same text as a single build's sorted run) and how many fall in each bucket (`<kind>.counts`,
 * 32-bit little-endian per bucket). `merge` combines the parts, pads and writes the source.
 */
export interface ShardPart {
  format: typeof FORMAT;
  shard: Shard;
  plan: Omit<BuildPlan, 'out'>;
  kinds: ShardPartKind[];
  inputs: InputStats[];
}

/** sortKind's own file name: the part's run is sorted straight into the part directory. */
export const runFileOf = (dir: string, kind: IdentifierKind) => join(dir, `${kind}.sorted`);
const countsFileOf = (dir: string, kind: IdentifierKind) => join(dir, `${kind}.counts`);

export function writeCounts(dir: string, kind: IdentifierKind, run: SortedRun): void {
  const bytes = Buffer.alloc(run.counts.length * 4);
  run.counts.forEach((count, bucket) => bytes.writeUInt32LE(count, bucket * 4));
  writeFileSync(countsFileOf(dir, kind), bytes);
}

export function readCounts(dir: string, kind: IdentifierKind, prefixBits: number): Uint32Array {
  const bytes = readFileSync(countsFileOf(dir, kind));
  if (bytes.length !== 4 * 2 ** prefixBits)
    throw new PlanError(`${countsFileOf(dir, kind)} does not hold ${2 ** prefixBits} bucket counts.`);
  const counts = new Uint32Array(2 ** prefixBits);
  for (let bucket = 0; bucket < counts.length; bucket++) counts[bucket] = bytes.readUInt32LE(bucket * 4);
  return counts;
}

export function writeShardPart(dir: string, part: Omit<ShardPart, 'format'>): void {
  writeFileSync(join(dir, SHARD_PART_FILE), `${JSON.stringify({ format: FORMAT, ...part }, null, 2)}\n`);
}

function readShardPart(dir: string): ShardPart {
  let part: ShardPart;
  try {
    part = JSON.parse(readFileSync(join(dir, SHARD_PART_FILE), 'utf8')) as ShardPart;
  } catch {
    throw new PlanError(`${dir} holds no readable ${SHARD_PART_FILE}: is it the --out of a build --shard?`);
  }
  if (part.format !== FORMAT) throw new PlanError(`${join(dir, SHARD_PART_FILE)} is not a ${FORMAT} file.`);
  return part;
}

/** What must be equal in every part: everything that decides the published bytes. */
function publishedBy(part: ShardPart): string {
  const { plan } = part;
  return JSON.stringify({
    descriptor: sourceJson({ ...plan, out: '' }, {}),
    minLines: plan.minLines,
    shards: part.shard.count,
    kinds: part.kinds.map(({ kind, prefixBits }) => [kind, prefixBits]),
  });
}

/**
 * Reads every part and refuses a set that is not one build cut in n: a missing or repeated shard, or
 * parts built with different settings (salt, iterations, breaches, prefix bits, padding…).
 */
export function readShardParts(dirs: readonly string[]): { dir: string; part: ShardPart }[] {
  const parts = dirs.map((dir) => ({ dir, part: readShardPart(dir) }));
  const first = parts[0];
  if (first === undefined) throw new PlanError('merge needs the output directories of every shard.');
  const expected = publishedBy(first.part);
  for (const { dir, part } of parts) {
    if (publishedBy(part) !== expected)
      throw new PlanError(
        `${dir} was built with other settings than ${first.dir} (source, scheme, salt, iterations, breaches, kinds, prefix bits, --min-lines or shard count): build every shard with the same options.`,
      );
  }
  const count = first.part.shard.count;
  const seen = new Map<number, string>();
  for (const { dir, part } of parts) {
    const other = seen.get(part.shard.index);
    if (other !== undefined)
      throw new PlanError(`${dir} and ${other} are both shard ${part.shard.index}/${count}.`);
    seen.set(part.shard.index, dir);
  }
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length > 0)
    throw new PlanError(
      `Shard(s) ${missing.map((i) => `${i}/${count}`).join(', ')} missing: merge needs all ${count}.`,
    );
  return parts.toSorted((a, b) => a.part.shard.index - b.part.shard.index);
}
