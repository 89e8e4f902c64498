import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { IdentifierKind } from '../../core/identifiers/types.ts';
import { bitmapHexLength, OPRF_SCHEME, OPRF_SUITE } from '../../core/oprf/index.ts';
import { bytesToBase64Url } from '../../core/range/hex.ts';
import type { BreachRef } from '../../core/range/types.ts';
import type { OprfKindBuckets } from './oprf-records.ts';
import type { OprfKey } from './key-file.ts';
import { padBucket, paddingKey } from './padding.ts';

export const DEFAULT_OPRF_RANGE_URL = 'ranges/{kind}/{prefix}.txt';
export const DEFAULT_OPRF_EVALUATE_URL = 'evaluate';

/** What the descriptor says about the source besides the scheme's own fields. */
export interface OprfSourceMeta {
  id: string;
  name: string;
  publisher: string;
  homepage?: string;
  breaches: BreachRef[];
  /** ISO date-time; pass a fixed value for byte-identical rebuilds. */
  updated: string;
  /** Relative to source.json, or absolute when the evaluator runs elsewhere. */
  evaluateUrl?: string;
  rangeUrl?: string;
}

/** Every prefix of `bits` bits, as it appears in URLs (upper-case hex, spare low bits zero). */
export function allPrefixes(bits: number): string[] {
  const nibbles = Math.ceil(bits / 4);
  const spare = nibbles * 4 - bits;
  const out: string[] = [];
  for (let i = 0; i < 2 ** bits; i++)
    out.push((i << spare).toString(16).toUpperCase().padStart(nibbles, '0'));
  return out;
}

/**
 * The descriptor fields both layouts open with, in the order they are written (source.json is
 * byte-identical for a given key, so the key order is part of the output).
 */
export function oprfDescriptorHead(
  meta: OprfSourceMeta,
  key: OprfKey,
  kinds: readonly IdentifierKind[],
  defaultRangeUrl: string,
): Record<string, unknown> {
  return {
    format: 'exposure-check-source/1',
    id: meta.id,
    name: meta.name,
    publisher: meta.publisher,
    ...(meta.homepage === undefined ? {} : { homepage: meta.homepage }),
    scheme: OPRF_SCHEME,
    kinds,
    rangeUrl: meta.rangeUrl ?? defaultRangeUrl,
    hash: {
      algorithm: 'oprf',
      suite: OPRF_SUITE,
      keyId: key.keyId,
      publicKey: bytesToBase64Url(key.publicKey),
      evaluateUrl: meta.evaluateUrl ?? DEFAULT_OPRF_EVALUATE_URL,
    },
  };
}

/** Writes source.json (pretty, newline-terminated) and returns its size in bytes. */
export async function writeDescriptor(outDir: string, descriptor: Record<string, unknown>): Promise<number> {
  const json = `${JSON.stringify(descriptor, null, 2)}\n`;
  await writeFile(path.join(outDir, 'source.json'), json);
  return Buffer.byteLength(json);
}

export function oprfDescriptor(
  meta: OprfSourceMeta,
  key: OprfKey,
  kinds: ReadonlyMap<IdentifierKind, OprfKindBuckets>,
): Record<string, unknown> {
  const buckets: Record<string, { prefixBits: number; lines: number }> = {};
  for (const [kind, k] of kinds) buckets[kind] = { prefixBits: k.prefixBits, lines: k.lines };
  return {
    ...oprfDescriptorHead(meta, key, [...kinds.keys()], DEFAULT_OPRF_RANGE_URL),
    buckets,
    padded: true,
    breaches: meta.breaches,
    updated: meta.updated,
  };
}

/** Writes `tasks` with at most `limit` files open at once. */
async function writeAll(tasks: Iterable<[string, string]>, limit = 32): Promise<number> {
  const iterator = tasks[Symbol.iterator]();
  let bytes = 0;
  const worker = async (): Promise<void> => {
    for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
      const [file, text] = next.value;
      await writeFile(file, text);
      bytes += Buffer.byteLength(text);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return bytes;
}

/**
 * Writes one bucket file for every prefix of every kind (a missing file would be a 404, which clients
 * treat as an error), all padded to the kind's line count, plus source.json. Never writes the key.
 */
export async function writeOprfSource(
  outDir: string,
  meta: OprfSourceMeta,
  key: OprfKey,
  kinds: ReadonlyMap<IdentifierKind, OprfKindBuckets>,
): Promise<{ descriptor: Record<string, unknown>; files: number; bytes: number }> {
  const rangeUrl = meta.rangeUrl ?? DEFAULT_OPRF_RANGE_URL;
  const pad = paddingKey(key.secretKey);
  const width = bitmapHexLength(meta.breaches.length);
  let files = 0;
  let bytes = 0;
  for (const [kind, k] of kinds) {
    const fileOf = (prefix: string) =>
      path.join(outDir, ...rangeUrl.replaceAll('{kind}', kind).replaceAll('{prefix}', prefix).split('/'));
    await mkdir(path.dirname(fileOf('0')), { recursive: true });
    const prefixes = allPrefixes(k.prefixBits);
    const tasks = (function* (): Generator<[string, string]> {
      for (const prefix of prefixes) {
        const real = k.buckets.get(prefix) ?? new Map<string, string>();
        const lines = padBucket(real, k.lines, width, { key: pad, kind, prefix });
        yield [fileOf(prefix), `${lines.join('\n')}\n`];
      }
    })();
    bytes += await writeAll(tasks);
    files += prefixes.length;
  }
  const descriptor = oprfDescriptor(meta, key, kinds);
  const jsonBytes = await writeDescriptor(outDir, descriptor);
  return { descriptor, files: files + 1, bytes: bytes + jsonBytes };
}
