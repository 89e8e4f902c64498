import { mkdirSync, rmSync } from 'node:fs';
import type { OprfBuildInputs } from './build-inputs.ts';
import { assertKeyOutside } from './key-file.ts';
import type { WrittenList } from './list-writer.ts';
import { PartitionedListBuild } from './partitioned-list-build.ts';

export interface BuildOprfListSourceOptions extends OprfBuildInputs {
  /** Threads that evaluate (default: every core; 1 evaluates in this thread). */
  workers?: number;
  /** Partition and run files (hold the identifiers); default next to `outDir`, removed afterwards. */
  workDir?: string;
}

export interface OprfListBuildReport {
  descriptor: Record<string, unknown>;
  rows: number;
  distinct: number;
  files: number;
  bytes: number;
  lists: WrittenList[];
}

/** Builds a complete xc-oprf-v1 output directory in the whole-list layout from normalised rows. */
export async function buildOprfListSource(options: BuildOprfListSourceOptions): Promise<OprfListBuildReport> {
  if (options.keyPath !== undefined) await assertKeyOutside(options.keyPath, [options.outDir]);
  const workDir = options.workDir ?? `${options.outDir}.work-${process.pid}`;
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  mkdirSync(options.outDir, { recursive: true });
  const build = new PartitionedListBuild({
    sourceId: options.meta.id,
    key: options.key,
    kinds: options.kinds,
    breachCount: options.meta.breaches.length,
    workDir,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.backend === undefined ? {} : { backend: options.backend }),
  });
  try {
    for await (const record of options.records) build.add(record);
    const written = await build.write(options.outDir, options.meta, options.onProgress);
    // Without maxDistinct every input fits.
    if (written === 'too-many') throw new Error('a list without a limit was refused as too large');
    const { descriptor, files, bytes, lists, distinct } = written;
    return { descriptor, files, bytes, lists, distinct, rows: build.rowCount };
  } finally {
    build.dispose();
    if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
  }
}
