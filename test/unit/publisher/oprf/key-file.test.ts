// @vitest-environment node
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildOprfSource,
  generateOprfKey,
  OprfKeyError,
  readOprfKeyFile,
  writeOprfKeyFile,
} from '../../../../src/publisher/oprf/index.ts';
import { BREACHES } from './oprf-fixture.ts';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xc-oprf-key-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('OPRF key files', () => {
  it('round-trip, owner-only, and are never overwritten', async () => {
    const key = generateOprfKey();
    const file = path.join(root, 'keys', 'a.json');
    await writeOprfKeyFile(file, key);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readOprfKeyFile(file)).toEqual(key);
    await expect(writeOprfKeyFile(file, generateOprfKey())).rejects.toThrow(/never overwritten/);
  });

  it('are refused inside the output directory, also through a symlink', async () => {
    const out = path.join(root, 'out');
    await mkdir(out);
    await symlink(out, path.join(root, 'alias'));
    for (const file of [
      path.join(out, 'k.json'),
      path.join(out, 'sub', 'k.json'),
      path.join(root, 'alias', 'k.json'),
    ]) {
      await expect(writeOprfKeyFile(file, generateOprfKey(), [out])).rejects.toThrow(OprfKeyError);
    }
    await writeOprfKeyFile(path.join(root, 'outside.json'), generateOprfKey(), [out]);
  });

  it('make a build refuse to run when the key sits in the output directory', async () => {
    const out = path.join(root, 'out');
    const key = generateOprfKey();
    const keyPath = path.join(out, 'key.json');
    const meta = {
      id: 'demo-oprf',
      name: 'x',
      publisher: 'y',
      breaches: BREACHES,
      updated: '2026-06-01T00:00:00Z',
    };
    await expect(
      buildOprfSource({ outDir: out, key, keyPath, meta, kinds: ['pesel'], records: [] }),
    ).rejects.toThrow(OprfKeyError);
  });

  it('are rejected when tampered with', async () => {
    const file = path.join(root, 'k.json');
    await writeOprfKeyFile(file, generateOprfKey());
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    const other = generateOprfKey();
    const variants = [
      { ...json, publicKey: Buffer.from(other.publicKey).toString('base64url') },
      { ...json, keyId: 'k-0000000000000000' },
      { ...json, suite: 'P256-SHA256' },
      { ...json, secretKey: 'short' },
    ];
    for (const [i, variant] of variants.entries()) {
      const tampered = path.join(root, `t${i}.json`);
      await writeFile(tampered, JSON.stringify(variant));
      await expect(readOprfKeyFile(tampered)).rejects.toThrow(OprfKeyError);
    }
    await writeFile(path.join(root, 'bad.json'), '{');
    await expect(readOprfKeyFile(path.join(root, 'bad.json'))).rejects.toThrow(/Cannot read/);
  });
});
