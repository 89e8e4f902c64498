import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { OprfBucketBuilder, type OprfRecord } from './bucket-builder.ts';
import { assertKeyOutside, type OprfKey } from './key-file.ts';
import { writeOprfSource, type OprfSourceMeta } from './write-oprf-source.ts';

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
  const builder = new OprfBucketBuilder({
    sourceId: options.meta.id,
    key: options.key,
    kinds: options.kinds,
    breachCount: options.meta.breaches.length,
    ...(options.prefixBits === undefined ? {} : { prefixBits: options.prefixBits }),
  });
  for await (const record of options.records) builder.add(record);
  const kinds = await builder.finish(options.onProgress);
  const written = await writeOprfSource(options.outDir, options.meta, options.key, kinds);
  const lines: Partial<Record<IdentifierKind, number>> = {};
  for (const [kind, k] of kinds) lines[kind] = k.lines;
  return { ...written, rows: builder.rowCount, distinct: builder.distinctCount, lines };
}
