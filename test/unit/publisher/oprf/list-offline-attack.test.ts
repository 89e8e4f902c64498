// @vitest-environment node
// The offline attack of offline-attack.test.ts, against the whole-list layout: with everything that is
// published (source.json and the list), nobody can find a listed PESEL without the key.
import { createHash, createHmac } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedIdentifier } from '../../../../src/core/identifiers/types.ts';
import {
  listBinding,
  listKeyFromOutput,
  lookupList,
  oprfInput,
  parseList,
  poprfFor,
  type ParsedList,
} from '../../../../src/core/oprf/index.ts';
import { base64UrlToBytes, toHex } from '../../../../src/core/range/hex.ts';
import { readOprfKeyFile } from '../../../../src/publisher/oprf/index.ts';
import { syntheticIds } from './oprf-fixture.ts';
import { buildListFixture, type BuiltList } from './list-fixture.ts';

const pesels = syntheticIds('pesel', 400, 23);
const breached = pesels.slice(0, 300);
const target = breached[0]!;
let built: BuiltList;
let descriptor: {
  id: string;
  hash: { publicKey: string; keyId: string };
  lists: { pesel: { entries: number; bytes: number } };
};
let list: ParsedList;
let listBytes: Buffer;

const digest = (data: string | Uint8Array, algorithm = 'sha256') =>
  new Uint8Array(createHash(algorithm).update(data).digest());

beforeAll(async () => {
  built = await buildListFixture({ pesel: breached });
  descriptor = JSON.parse(await readFile(path.join(built.dir, 'source.json'), 'utf8'));
  listBytes = await readFile(path.join(built.dir, 'lists', 'pesel.bin'));
  list = parseList(new Uint8Array(listBytes), {
    binding: listBinding(descriptor.id, 'pesel', descriptor.hash.keyId),
    entries: descriptor.lists.pesel.entries,
    sealBits: 2,
  });
}, 120_000);
afterAll(() => built.cleanup());

/** Tags an attacker can derive for `id` from published material, guesses, and any `extra` keys. */
function candidateTags(id: ParsedIdentifier, extra: Uint8Array[] = []): Uint8Array[] {
  const input = oprfInput(id.kind, id.canonical);
  const publicKey = base64UrlToBytes(descriptor.hash.publicKey);
  const keys = [
    publicKey,
    digest(publicKey),
    digest(listBytes.subarray(0, 32)),
    digest(descriptor.hash.keyId),
    digest(descriptor.id),
    ...Array.from({ length: 8 }, () => poprfFor(descriptor.id, 'pesel').generateKeyPair().secretKey),
    ...extra,
  ];
  const tags: Uint8Array[] = [digest(input), digest(input, 'sha512')].map((d) => d.slice(0, 8));
  for (const key of keys) {
    tags.push(new Uint8Array(createHmac('sha256', key).update(input).digest()).slice(0, 8));
    try {
      tags.push(listKeyFromOutput(poprfFor(descriptor.id, 'pesel').evaluate(key, input)).tag);
    } catch {
      // Not a valid scalar.
    }
  }
  return tags;
}

const confirms = (id: ParsedIdentifier, extra: Uint8Array[] = []) =>
  candidateTags(id, extra).some((tag) => lookupList(list, tag).length > 0);

describe('a published whole list, attacked offline', () => {
  it('does not let anyone confirm a known listed PESEL without the key', () => {
    expect(confirms(target)).toBe(false);
    expect(breached.slice(1, 40).some((id) => confirms(id))).toBe(false);
  });

  it('would confirm it with the key, so the attack procedure itself is sound', async () => {
    const key = await readOprfKeyFile(built.keyPath);
    expect(confirms(target, [key.secretKey])).toBe(true);
  });

  it('reveals the count only as the padded size', () => {
    expect(descriptor.lists.pesel.entries).toBe(4096);
    expect(listBytes.length).toBe(descriptor.lists.pesel.bytes);
  });

  it('does not contain the key file or the secret key in any form', async () => {
    const key = await readOprfKeyFile(built.keyPath);
    const files = (await readdir(built.dir, { recursive: true, withFileTypes: true })).filter((e) =>
      e.isFile(),
    );
    expect(path.relative(built.dir, built.keyPath).startsWith('..')).toBe(true);
    const needles = [
      Buffer.from(key.secretKey),
      Buffer.from(toHex(key.secretKey)),
      Buffer.from(Buffer.from(key.secretKey).toString('base64url')),
    ];
    for (const file of files) {
      const bytes = await readFile(path.join(file.parentPath, file.name));
      for (const needle of needles) expect(bytes.includes(needle), file.name).toBe(false);
    }
  });
});
