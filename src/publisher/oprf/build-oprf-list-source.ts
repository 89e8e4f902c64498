import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { OprfRecord } from './bucket-builder.ts';
import { assertKeyOutside, type OprfKey } from './key-file.ts';
import { listEvaluator, OprfListBuilder } from './list-builder.ts';
import type { PoprfBackendName } from './poprf-backends.ts';
import { writeOprfListSource, type WrittenList } from './list-writer.ts';
import type { OprfSourceMeta } from './write-oprf-source.ts';

export interface BuildOprfListSourceOptions {
  outDir: string;
  key: OprfKey;
  /** Where the key lives; checked to be outside `outDir` so it can never be published with it. */
  keyPath?: string;
  meta: OprfSourceMeta;
  kinds: readonly IdentifierKind[];
  records: Iterable<OprfRecord> | AsyncIterable<OprfRecord>;
  onProgress?: (done: number, total: number) => void;
  /** The group library for the evaluations (default: libsodium, the fastest). */
  backend?: PoprfBackendName;
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
  const builder = new OprfListBuilder({
    sourceId: options.meta.id,
    key: options.key,
    kinds: options.kinds,
    breachCount: options.meta.breaches.length,
    maxDistinct: Infinity,
  });
  for await (const record of options.records) builder.add(record);
  const rows = builder.rowCount;
  const distinct = builder.distinctCount;
  const evaluate = await listEvaluator(options.meta.id, options.key, options.backend);
  const kinds = builder.finish(options.onProgress, evaluate);
  const written = await writeOprfListSource(options.outDir, options.meta, options.key, kinds);
  return { ...written, rows, distinct };
}
