import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import { OprfKeyError, oprfKeyFromJson, oprfKeyId, oprfKeyToJson, type OprfKey } from './key-json.ts';
import { isInsideDirectory } from './paths.ts';

export { OPRF_KEY_FORMAT, OprfKeyError, oprfKeyId, type OprfKey } from './key-json.ts';

export function generateOprfKey(now: Date = new Date()): OprfKey {
  const { secretKey, publicKey } = ristretto255_oprf.oprf.generateKeyPair();
  return { keyId: oprfKeyId(publicKey), secretKey, publicKey, created: now.toISOString() };
}

/** Refuses key paths inside any of `forbiddenDirs` (the output directory, which is published as is). */
export async function assertKeyOutside(keyPath: string, forbiddenDirs: readonly string[]): Promise<void> {
  for (const dir of forbiddenDirs) {
    if (await isInsideDirectory(keyPath, dir)) {
      throw new OprfKeyError(
        `The key file ${keyPath} is inside ${dir}, which gets published. Keep the key outside the output directory.`,
      );
    }
  }
}

/** Writes a new key file with owner-only permissions; never overwrites (that would orphan a served build). */
export async function writeOprfKeyFile(
  keyPath: string,
  key: OprfKey,
  forbiddenDirs: readonly string[] = [],
): Promise<void> {
  await assertKeyOutside(keyPath, forbiddenDirs);
  await mkdir(path.dirname(path.resolve(keyPath)), { recursive: true });
  const json = oprfKeyToJson(key);
  try {
    await writeFile(keyPath, `${JSON.stringify(json, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new OprfKeyError(`${keyPath} already exists; a key file is never overwritten.`);
    }
    throw error;
  }
}

/** Reads and checks a key file: the public key must belong to the secret key and match the key id. */
export async function readOprfKeyFile(keyPath: string): Promise<OprfKey> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(keyPath, 'utf8'));
  } catch (error) {
    throw new OprfKeyError(`Cannot read the OPRF key file ${keyPath}: ${(error as Error).message}`);
  }
  return oprfKeyFromJson(json, keyPath);
}
