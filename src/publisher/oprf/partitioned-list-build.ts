import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { listBinding } from '../../core/oprf/list-keys.ts';
import type { OprfKey } from './key-file.ts';
import {
  listRunRecordBytes,
  type CountDistinctResult,
  type EvaluateListResult,
} from './list-partition-task.ts';
import { listPadding } from './list-padding.ts';
import { ListRuns } from './list-runs.ts';
import { writeOprfList, writeOprfListDescriptor, type WrittenList } from './list-writer.ts';
import type { OprfRecord } from './oprf-records.ts';
import { OprfRowPartitions, type RowPartition } from './oprf-row-partitions.ts';
import type { SpillSlice } from './oprf-spill.ts';
import { createOprfTaskPool, defaultWorkers } from './oprf-task-pool.ts';
import { paddingKey } from './padding.ts';
import type { PoprfBackendName } from './poprf-backends.ts';
import { packSortedList } from './sorted-list-pack.ts';
import type { OprfSourceMeta } from './write-oprf-source.ts';

export interface PartitionedListBuildOptions {
  sourceId: string;
  key: OprfKey;
  kinds: readonly IdentifierKind[];
  breachCount: number;
  /** Where partition and run files go (a fresh folder inside it, removed by `dispose`). */
  workDir: string;
  /** Threads that evaluate (default: every core; 1 evaluates in this thread). */
  workers?: number;
  backend?: PoprfBackendName;
  /** Partitions larger than this are split before deduplication (default 16 MiB ≈ 400,000 rows). */
  maxPartitionBytes?: number;
  /** More distinct identifiers (all kinds) than this and `write` answers 'too-many' before evaluating. */
  maxDistinct?: number;
}

export interface ListBuildOutput {
  descriptor: Record<string, unknown>;
  files: number;
  bytes: number;
  lists: WrittenList[];
  distinct: number;
}

/** One partition's rows, and after evaluation its run file. */
interface PartitionWork {
  kind: IdentifierKind;
  partition: number;
  slices: SpillSlice[];
}

/**
 * `build --scheme xc-oprf-v1 --layout list` with memory that does not grow with the rows: rows go to
 * partition files as for the bucket layout (by the leading 32 bits of the public SHA-256, so every row
 * of an identifier lands in one partition), each partition is deduplicated and evaluated on its own on
 * every core into a run of list entries sorted by tag, and the runs are merged into each kind's list.
 * The main thread holds the list file being written (about 4.3 bytes per listed identifier and a bit per
 * further breach) and the padding candidates, nothing per identifier besides.
 */
export class PartitionedListBuild {
  private readonly rows: OprfRowPartitions;
  private readonly dir: string;

  constructor(private readonly options: PartitionedListBuildOptions) {
    this.dir = mkdtempSync(path.join(options.workDir, 'xc-oprf-list-'));
    // 32 bucket bits: partitions split on the next bits when they grow large, down to single values.
    this.rows = new OprfRowPartitions(
      path.join(this.dir, 'rows'),
      options.kinds,
      options.breachCount,
      () => 32,
    );
  }

  get rowCount(): number {
    return this.rows.rowCount;
  }

  add(record: OprfRecord): void {
    this.rows.add(record);
  }

  /** Evaluates every partition and writes one list per kind plus source.json into `outDir`. */
  async write(
    outDir: string,
    meta: OprfSourceMeta,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ListBuildOutput | 'too-many'> {
    const runs = await this.evaluate(this.rows.flush(), onProgress);
    if (runs === 'too-many') return runs;
    const { key, breachCount } = this.options;
    const padKey = paddingKey(key.secretKey);
    const lists: WrittenList[] = [];
    for (const kind of this.options.kinds) {
      const { files, distinct } = runs.get(kind) ?? { files: [], distinct: 0 };
      const real = new ListRuns(files.toSorted(), distinct, listRunRecordBytes(breachCount));
      const pad = listPadding(padKey, kind, Math.ceil(breachCount / 8));
      const { shape, file } = packSortedList(real, pad, breachCount, listBinding(meta.id, kind, key.keyId));
      lists.push(await writeOprfList(outDir, meta, kind, distinct, shape, file));
    }
    const written = await writeOprfListDescriptor(outDir, meta, key, lists);
    return { ...written, lists, distinct: lists.reduce((n, l) => n + l.real, 0) };
  }

  /** Each kind's run files and distinct identifiers; 'too-many' past `maxDistinct`, unevaluated. */
  private async evaluate(
    partitions: RowPartition[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<Map<IdentifierKind, { files: string[]; distinct: number }> | 'too-many'> {
    const { options } = this;
    const pool = await createOprfTaskPool(options.workers ?? defaultWorkers(), this.dir);
    const maxSliceBytes = options.maxPartitionBytes ?? 16 * 1024 * 1024;
    try {
      let work: PartitionWork[] = partitions.map((p) => ({
        kind: p.kind.kind,
        partition: p.partition,
        slices: [p.slice],
      }));
      if (options.maxDistinct !== undefined && Number.isFinite(options.maxDistinct)) {
        const counted = await Promise.all(
          work.map((w) =>
            pool.run<CountDistinctResult>({
              type: 'count-distinct',
              slice: w.slices[0] as SpillSlice,
              maxSliceBytes,
            }),
          ),
        );
        if (counted.reduce((n, c) => n + c.distinct, 0) > options.maxDistinct) return 'too-many';
        work = work.map((w, i) => ({ ...w, slices: (counted[i] as CountDistinctResult).slices }));
      }
      const runs = new Map(options.kinds.map((k) => [k, { files: [] as string[], distinct: 0 }]));
      let done = 0;
      await Promise.all(
        work.map(async (w) => {
          const outFile = path.join(this.dir, `run-${w.partition.toString(16).padStart(4, '0')}.bin`);
          const result = await pool.run<EvaluateListResult>({
            type: 'evaluate-list',
            slices: w.slices,
            maxSliceBytes,
            kind: w.kind,
            sourceId: options.sourceId,
            secretKey: options.key.secretKey,
            breachCount: options.breachCount,
            backend: options.backend ?? 'sodium',
            outFile,
          });
          const kind = runs.get(w.kind) as { files: string[]; distinct: number };
          kind.files.push(outFile);
          kind.distinct += result.distinct;
          onProgress?.((done += result.distinct), this.rows.rowCount);
        }),
      );
      return runs;
    } finally {
      await pool.close();
    }
  }

  /** Removes the partition and run files. */
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
