import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { mkdirSync, rmSync } from 'node:fs';
import type { OprfRecord } from './bucket-builder.ts';
import { assertKeyOutside, type OprfKey } from './key-file.ts';
import { PartitionedOprfBuild } from './partitioned-build.ts';
import type { PoprfBackendName } from './poprf-backends.ts';
import type { OprfSourceMeta } from './write-oprf-source.ts';

export interface BuildOprfSourceOptions {
  outDir: string;
  key: OprfKey;
  /** Where the key lives; checked to be outside `outDir` so it can never be published with it. */
  keyPath?: string;
  meta: OprfSourceMeta;
  kinds: readonly IdentifierKind[];
  records: Iterable<OprfRecord> | AsyncIterable<OprfRecord>;
  /** Defaults to recommendedPrefixBits(kind): the ≥10,000 anonymity set. */
  prefixBits?: Partial<Record<IdentifierKind, number>>;
  onProgress?: (done: number, total: number) => void;
  /** Threads that evaluate and write (default: every core; 1 evaluates in this thread). */
  workers?: number;
  backend?: PoprfBackendName;
  /** Partition files (hold the identifiers); default next to `outDir`, removed afterwards. */
  workDir?: string;
}

export interface OprfBuildReport {
  descriptor: Record<string, unknown>;
  rows: number;
  distinct: number;
  files: number;
  bytes: number;
  /** Padded line count per kind. */
  lines: Partial<Record<IdentifierKind, number>>;
}

/** Builds a complete xc-oprf-v1 output directory from normalised rows. */
export async function buildOprfSource(options: BuildOprfSourceOptions): Promise<OprfBuildReport> {
  if (options.keyPath !== undefined) await assertKeyOutside(options.keyPath, [options.outDir]);
  const workDir = options.workDir ?? `${options.outDir}.work-${process.pid}`;
  mkdirSync(workDir, { recursive: true, mode: 0o700 });
  mkdirSync(options.outDir, { recursive: true });
  const build = new PartitionedOprfBuild({
    sourceId: options.meta.id,
    key: options.key,
    kinds: options.kinds,
    breachCount: options.meta.breaches.length,
    workDir,
    ...(options.prefixBits === undefined ? {} : { prefixBits: options.prefixBits }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.backend === undefined ? {} : { backend: options.backend }),
  });
  try {
    for await (const record of options.records) build.add(record);
    const written = await build.write(options.outDir, options.meta, 1, options.onProgress);
    const lines: Partial<Record<IdentifierKind, number>> = {};
    for (const k of written.kinds) lines[k.kind] = k.lines;
    const distinct = written.kinds.reduce((n, k) => n + k.distinct, 0);
    return {
      descriptor: written.descriptor,
      files: written.files,
      bytes: written.bytes,
      rows: build.rowCount,
      distinct,
      lines,
    };
  } finally {
    build.dispose();
    if (options.workDir === undefined) rmSync(workDir, { recursive: true, force: true });
  }
}
