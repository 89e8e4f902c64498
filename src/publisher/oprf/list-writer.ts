import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import type { ListShape } from '../../core/oprf/list-shape.ts';
import { bytesToBase64Url } from '../../core/range/hex.ts';
import type { OprfKey } from './key-file.ts';
import { oprfDescriptorHead, type OprfSourceMeta, writeDescriptor } from './write-oprf-source.ts';

export const DEFAULT_OPRF_LIST_URL = 'lists/{kind}.bin';

export interface WrittenList {
  kind: IdentifierKind;
  real: number;
  shape: ListShape;
  bytes: number;
  sha256: string;
}

export function oprfListDescriptor(
  meta: OprfSourceMeta,
  key: OprfKey,
  lists: readonly WrittenList[],
): Record<string, unknown> {
  const declared: Record<string, { entries: number; bytes: number; sha256: string }> = {};
  for (const l of lists) declared[l.kind] = { entries: l.shape.entries, bytes: l.bytes, sha256: l.sha256 };
  return {
    ...oprfDescriptorHead(
      meta,
      key,
      lists.map((l) => l.kind),
      DEFAULT_OPRF_LIST_URL,
    ),
    buckets: {},
    layout: 'list',
    lists: declared,
    padded: true,
    breaches: meta.breaches,
    updated: meta.updated,
  };
}

/** Writes one kind's finished list file where the descriptor's rangeUrl says. */
export async function writeOprfList(
  outDir: string,
  meta: OprfSourceMeta,
  kind: IdentifierKind,
  real: number,
  shape: ListShape,
  file: Uint8Array,
): Promise<WrittenList> {
  const rangeUrl = meta.rangeUrl ?? DEFAULT_OPRF_LIST_URL;
  const target = path.join(outDir, ...rangeUrl.replaceAll('{kind}', kind).split('/'));
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, file);
  const sha256 = bytesToBase64Url(createHash('sha256').update(file).digest());
  return { kind, real, shape, bytes: file.length, sha256 };
}

/** Writes source.json for the lists written; never the key. */
export async function writeOprfListDescriptor(
  outDir: string,
  meta: OprfSourceMeta,
  key: OprfKey,
  lists: readonly WrittenList[],
): Promise<{ descriptor: Record<string, unknown>; files: number; bytes: number }> {
  const descriptor = oprfListDescriptor(meta, key, lists);
  const jsonBytes = await writeDescriptor(outDir, descriptor);
  const bytes = lists.reduce((n, l) => n + l.bytes, jsonBytes);
  return { descriptor, files: lists.length + 1, bytes };
}
