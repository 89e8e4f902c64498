import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { bitmapHexLength } from '../../core/oprf/index.ts';
import { recommendedPrefixBits } from '../../core/range/prefix.ts';
import type { OprfKindBuckets, OprfRecord } from './oprf-records.ts';
import type { OprfKey } from './key-file.ts';
import type { EvaluateResult, WriteResult } from './oprf-partition-task.ts';
import { OprfRowPartitions, type PartitionedKind } from './oprf-row-partitions.ts';
import { createOprfTaskPool, defaultWorkers } from './oprf-task-pool.ts';
import { paddingKey } from './padding.ts';
import { ShardError, type Shard } from './shard.ts';
import type { PoprfBackendName } from './poprf-backends.ts';
import { DEFAULT_OPRF_RANGE_URL, oprfDescriptor, type OprfSourceMeta } from './write-oprf-source.ts';

export interface PartitionedOprfBuildOptions {
  sourceId: string;
  key: OprfKey;
  kinds: readonly IdentifierKind[];
  breachCount: number;
  prefixBits?: Partial<Record<IdentifierKind, number>>;
  /** Where partition files go (a fresh folder inside it, removed by `dispose`). */
  workDir: string;
  /** Threads that evaluate and write (default: every core). */
  workers?: number;
  backend?: PoprfBackendName;
  /** Partitions larger than this are split before deduplication (default 16 MiB ≈ 400,000 rows). */
  maxPartitionBytes?: number;
  /** Build only this slice of every kind's buckets (rows of other slices are dropped after hashing). */
  shard?: Shard;
}

/** What one kind came to, for the report and the descriptor. */
export interface OprfKindSummary {
  kind: IdentifierKind;
  prefixBits: number;
  distinct: number;
  maxReal: number;
  /** Lines per bucket after padding. */
  lines: number;
}

/** A kind's partitioning plus what its evaluated partitions came to. */
interface KindState extends PartitionedKind {
  sealed: { file: string; firstBucket: number; endBucket: number }[];
  distinct: number;
  maxReal: number;
}

/**
 * `build --scheme xc-oprf-v1` with memory that does not grow with the input: rows go to partition files
 * by the top bits of their public bucket, each partition is deduplicated and evaluated on its own (on
 * every core), and the padded bucket files are written from the sealed lines. Peak memory is the write
 * buffers plus the largest partition, whatever the number of rows.
 */
export class PartitionedOprfBuild {
  private readonly rows: OprfRowPartitions;
  private readonly dir: string;
  private summaries: OprfKindSummary[] | undefined;

  constructor(private readonly options: PartitionedOprfBuildOptions) {
    this.dir = mkdtempSync(path.join(options.workDir, 'xc-oprf-partitions-'));
    this.rows = new OprfRowPartitions(
      path.join(this.dir, 'rows'),
      options.kinds,
      options.breachCount,
      (kind) => options.prefixBits?.[kind] ?? recommendedPrefixBits(kind),
      options.shard,
    );
  }

  get rowCount(): number {
    return this.rows.rowCount;
  }

  add(record: OprfRecord): void {
    this.rows.add(record);
  }

  /**
   * Evaluates every partition and writes the padded buckets plus source.json into `outDir`.
   * `minLines` raises every kind's padding (never lowers it below its fullest bucket).
   */
  async write(
    outDir: string,
    meta: OprfSourceMeta,
    minLines = 1,
    onProgress?: (done: number, total: number) => void,
  ): Promise<{
    descriptor: Record<string, unknown>;
    files: number;
    bytes: number;
    kinds: OprfKindSummary[];
  }> {
    const present = this.rows.flush();
    const pool = await createOprfTaskPool(this.options.workers ?? defaultWorkers(), this.dir);
    const maxSliceBytes = this.options.maxPartitionBytes ?? 16 * 1024 * 1024;
    const backend = this.options.backend ?? 'sodium';
    const byKind = new Map<IdentifierKind, KindState>(
      this.rows.kinds.map((k) => [k.kind, { ...k, sealed: [], distinct: 0, maxReal: 0 }]),
    );
    const states = [...byKind.values()];
    try {
      let done = 0;
      await Promise.all(
        present.map(async ({ kind, partition, slice }) => {
          const state = byKind.get(kind.kind) as KindState;
          const result = await pool.run<EvaluateResult>({
            type: 'evaluate',
            slice,
            maxSliceBytes,
            kind: state.kind,
            sourceId: this.options.sourceId,
            secretKey: this.options.key.secretKey,
            breachCount: this.options.breachCount,
            backend,
            outFile: path.join(this.dir, `sealed-${partition.toString(16)}.txt`),
          });
          state.sealed.push(...result.outFiles);
          state.distinct += result.distinct;
          state.maxReal = Math.max(state.maxReal, result.maxReal);
          onProgress?.((done += result.distinct), this.rows.rowCount);
        }),
      );
      const summaries = states.map((s) => ({
        kind: s.kind,
        prefixBits: s.prefixBits,
        distinct: s.distinct,
        maxReal: s.maxReal,
        lines: Math.max(1, minLines, s.maxReal),
      }));
      // Shards must agree on the line count without talking to each other: it is fixed up front.
      const over = this.options.shard === undefined ? undefined : summaries.find((k) => k.maxReal > minLines);
      if (over !== undefined) {
        throw new ShardError(
          `A ${over.kind} bucket of this shard holds ${over.maxReal} entries, more than --min-lines ${minLines}. ` +
            `Every shard must pad to the same count: rebuild every shard with --min-lines ${Math.ceil(over.maxReal * 1.2)} or more.`,
        );
      }
      this.summaries = summaries;
      const rangeUrl = meta.rangeUrl ?? DEFAULT_OPRF_RANGE_URL;
      const pad = paddingKey(this.options.key.secretKey);
      const width = bitmapHexLength(meta.breaches.length);
      const writes: Promise<WriteResult>[] = [];
      for (const [i, state] of states.entries()) {
        const summary = summaries[i] as OprfKindSummary;
        const fileTemplate = path.join(outDir, ...rangeUrl.replaceAll('{kind}', state.kind).split('/'));
        // Every bucket gets a file, also those no row fell in (a missing file would be a 404).
        const covered = state.sealed.toSorted((a, b) => a.firstBucket - b.firstBucket);
        const ranges: { sealedFile: string; firstBucket: number; endBucket: number }[] = [];
        let next = state.first;
        const total = state.end;
        const emptyFile = path.join(this.dir, 'empty.txt');
        for (const slice of covered) {
          // A partition may straddle a shard's edge: write only the shard's part of it.
          const first = Math.max(slice.firstBucket, state.first);
          const end = Math.min(slice.endBucket, state.end);
          if (first >= end) continue;
          if (first > next) ranges.push({ sealedFile: emptyFile, firstBucket: next, endBucket: first });
          ranges.push({ sealedFile: slice.file, firstBucket: first, endBucket: end });
          next = end;
        }
        if (next < total) ranges.push({ sealedFile: emptyFile, firstBucket: next, endBucket: total });
        writeFileSync(emptyFile, '');
        // One task per partition's worth of buckets, so threads share the writing evenly.
        const step = Math.max(1, 2 ** state.partitionShift);
        for (const range of ranges) {
          for (let first = range.firstBucket; first < range.endBucket; first += step) {
            writes.push(
              pool.run<WriteResult>({
                type: 'write',
                sealedFile: range.sealedFile,
                firstBucket: first,
                endBucket: Math.min(range.endBucket, first + step),
                kind: state.kind,
                prefixBits: state.prefixBits,
                lines: summary.lines,
                bitmapHexLength: width,
                paddingKey: pad,
                fileTemplate,
              }),
            );
          }
        }
      }
      const written = await Promise.all(writes);
      const shapes = new Map<IdentifierKind, OprfKindBuckets>(
        summaries.map((s) => [
          s.kind,
          { prefixBits: s.prefixBits, buckets: new Map(), lines: s.lines, distinct: s.distinct },
        ]),
      );
      const descriptor = oprfDescriptor(meta, this.options.key, shapes);
      const json = `${JSON.stringify(descriptor, null, 2)}\n`;
      await writeFile(path.join(outDir, 'source.json'), json);
      return {
        descriptor,
        files: written.reduce((n, w) => n + w.files, 0) + 1,
        bytes: written.reduce((n, w) => n + w.bytes, 0) + Buffer.byteLength(json),
        kinds: summaries,
      };
    } finally {
      await pool.close();
    }
  }

  get kindSummaries(): OprfKindSummary[] | undefined {
    return this.summaries;
  }

  /** Removes the partition files. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
