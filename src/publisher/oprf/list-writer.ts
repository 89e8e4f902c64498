import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { packList, type ListEntry } from '../../core/oprf/list-file.ts';
import { listBinding } from '../../core/oprf/list-keys.ts';
import { fingerprintOf, listShape, paddedEntries, type ListShape } from '../../core/oprf/list-shape.ts';
import { bytesToBase64Url } from '../../core/range/hex.ts';
import type { OprfKey } from './key-file.ts';
import { listPadding, type OprfKindList } from './list-builder.ts';
import { paddingKey } from './padding.ts';
import { oprfDescriptorHead, type OprfSourceMeta, writeDescriptor } from './write-oprf-source.ts';

export const DEFAULT_OPRF_LIST_URL = 'lists/{kind}.bin';

export interface WrittenList {
  kind: IdentifierKind;
  real: number;
  shape: ListShape;
  bytes: number;
  sha256: string;
}

const fingerprintKey = (tag: Uint8Array, shape: ListShape): string => {
  const { slot, remainder } = fingerprintOf(tag, shape);
  return `${slot}:${remainder}`;
};

/**
 * The shape for these real entries, widened by a bit while two of them share a fingerprint (rare: a
 * shared fingerprint would make both people's answers ambiguous), and padded with pseudorandom entries
 * whose fingerprints are all new.
 */
export function paddedListEntries(
  real: readonly ListEntry[],
  breachCount: number,
  pad: Iterator<ListEntry>,
): { shape: ListShape; entries: ListEntry[] } {
  const entries = paddedEntries(real.length);
  for (let extra = 0; ; extra++) {
    const shape = listShape(entries, breachCount, extra);
    const seen = new Set(real.map((e) => fingerprintKey(e.tag, shape)));
    if (seen.size !== real.length) continue;
    const all = [...real];
    while (all.length < entries) {
      const next = pad.next();
      if (next.done === true) throw new Error('padding ran out');
      const key = fingerprintKey(next.value.tag, shape);
      if (seen.has(key)) continue;
      seen.add(key);
      all.push(next.value);
    }
    return { shape, entries: all };
  }
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

/** Writes one padded list file per kind and source.json. Never writes the key. */
export async function writeOprfListSource(
  outDir: string,
  meta: OprfSourceMeta,
  key: OprfKey,
  kinds: ReadonlyMap<IdentifierKind, OprfKindList>,
): Promise<{ descriptor: Record<string, unknown>; files: number; bytes: number; lists: WrittenList[] }> {
  const padKey = paddingKey(key.secretKey);
  const breachCount = meta.breaches.length;
  const lists: WrittenList[] = [];
  for (const [kind, k] of kinds) {
    const pad = listPadding(padKey, kind, Math.ceil(breachCount / 8));
    const { shape, entries } = paddedListEntries(k.entries, breachCount, pad);
    const file = packList(entries, shape, listBinding(meta.id, kind, key.keyId));
    lists.push(await writeOprfList(outDir, meta, kind, k.distinct, shape, file));
  }
  return { ...(await writeOprfListDescriptor(outDir, meta, key, lists)), lists };
}
