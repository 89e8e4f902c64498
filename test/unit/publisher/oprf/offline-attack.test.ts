// @vitest-environment node
// The point of xc-oprf-v1: a published directory does not let anyone confirm an identifier offline.
import { createHash, createHmac } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import { lineKeyFromOutput, oprfInput, oprfPublicPrefix, poprfFor } from '../../../../src/core/oprf/index.ts';
import { base64UrlToBytes, toHex } from '../../../../src/core/range/hex.ts';
import { recommendedPrefixBits } from '../../../../src/core/range/prefix.ts';
import { readOprfKeyFile } from '../../../../src/publisher/oprf/index.ts';
import { buildFixtureSource, syntheticIds, type BuiltSource } from './oprf-fixture.ts';

const pesels = syntheticIds('pesel', 200, 21);
const breached = pesels.slice(0, 150);
const target = breached[0]!;
let built: BuiltSource;
let descriptor: {
  id: string;
  rangeUrl: string;
  hash: { publicKey: string; keyId: string };
  buckets: { pesel: { prefixBits: number; lines: number } };
  breaches: unknown[];
};

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

async function bucketOf(id: ParsedIdentifier): Promise<string[]> {
  const prefix = await oprfPublicPrefix(id.kind, id.canonical, descriptor.buckets.pesel.prefixBits);
  const file = descriptor.rangeUrl.replace('{kind}', id.kind).replace('{prefix}', prefix);
  return (await readFile(path.join(built.dir, file), 'utf8')).trimEnd().split('\n');
}

const digest = (data: string | Uint8Array) => new Uint8Array(createHash('sha256').update(data).digest());

/**
 * Everything an attacker holding only the directory can turn into a candidate key: the published key
 * material, ids and hashes of the descriptor, plus fresh guesses. The true key is passed in once to show
 * the procedure itself works.
 */
async function candidateKeys(extra: Uint8Array[] = []): Promise<Uint8Array[]> {
  const publicKey = base64UrlToBytes(descriptor.hash.publicKey);
  const sourceJson = await readFile(path.join(built.dir, 'source.json'));
  const guesses = Array.from(
    { length: 8 },
    () => poprfFor(descriptor.id, 'pesel').generateKeyPair().secretKey,
  );
  return [
    publicKey,
    digest(publicKey),
    digest(sourceJson),
    digest(descriptor.hash.keyId),
    digest(descriptor.id),
    ...guesses,
    ...extra,
  ];
}

/** Does any line of the identifier's bucket match a tag derivable from `keys` or without any key? */
async function offlineConfirms(id: ParsedIdentifier, keys: Uint8Array[]): Promise<boolean> {
  const lines = new Set((await bucketOf(id)).map((l) => l.slice(0, 24)));
  const input = oprfInput(id.kind, id.canonical);
  const tags: string[] = [
    toHex(createHash('sha256').update(input).digest()).slice(0, 24),
    toHex(createHash('sha512').update(input).digest()).slice(0, 24),
  ];
  for (const key of keys) {
    tags.push(toHex(createHmac('sha512', key).update(input).digest()).slice(0, 24));
    try {
      const output = poprfFor(descriptor.id, id.kind).evaluate(key, input);
      tags.push(lineKeyFromOutput(output, descriptor.breaches.length).tag);
    } catch {
      // Not a valid scalar: no evaluation possible with it.
    }
  }
  return tags.some((tag) => lines.has(tag));
}

beforeAll(async () => {
  // Real prefix length for PESEL, so each bucket stands for ≥10,000 plausible numbers.
  built = await buildFixtureSource({ pesel: breached });
  descriptor = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
}, 120_000);
afterAll(() => built.cleanup());

describe('a published xc-oprf-v1 directory, attacked offline', () => {
  it('uses the ≥10,000 anonymity-set prefix for PESEL', () => {
    expect(descriptor.buckets.pesel.prefixBits).toBe(recommendedPrefixBits('pesel'));
  });

  it('does not let anyone confirm a known breached PESEL without the key', async () => {
    expect(await offlineConfirms(target, await candidateKeys())).toBe(false);
  });

  it('would confirm it with the key, so the attack procedure itself is sound', async () => {
    const key = await readOprfKeyFile(built.keyPath);
    expect(await offlineConfirms(target, await candidateKeys([key.secretKey]))).toBe(true);
  });

  it('does not contain the key file or the secret key in any form', async () => {
    const key = await readOprfKeyFile(built.keyPath);
    const secrets = [
      Buffer.from(key.secretKey).toString('base64url'),
      toHex(key.secretKey),
      toHex(key.secretKey).toLowerCase(),
    ];
    const files = await filesUnder(built.dir);
    expect(files.some((f) => path.resolve(f) === path.resolve(built.keyPath))).toBe(false);
    expect(path.relative(built.dir, built.keyPath).startsWith('..')).toBe(true);
    for (const file of [
      ...files.filter((f) => !f.includes(`${path.sep}ranges${path.sep}`)),
      ...files.slice(0, 50),
    ]) {
      const text = await readFile(file, 'utf8');
      for (const secret of secrets) expect(text.includes(secret), file).toBe(false);
    }
  });

  it('gives every bucket the same size, so the breached PESEL’s bucket does not stand out', async () => {
    const files = (await filesUnder(path.join(built.dir, 'ranges'))).slice(0, 2000);
    const sizes = new Set(await Promise.all(files.map(async (f) => (await stat(f)).size)));
    expect(sizes.size).toBe(1);
    const lines = await bucketOf(target);
    expect(lines).toHaveLength(descriptor.buckets.pesel.lines);
    const cleanBucket = await bucketOf(pesels[199]!);
    expect(cleanBucket).toHaveLength(lines.length);
  });
});
