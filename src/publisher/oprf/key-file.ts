import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ristretto255, ristretto255_oprf } from '@noble/curves/ed25519.js';
import { decodeExactBase64Url, OPRF_ELEMENT_BYTES, OPRF_SUITE } from '../../core/oprf/index.ts';
import { bytesToBase64Url } from '../../core/range/hex.ts';
import { isInsideDirectory } from './paths.ts';

export const OPRF_KEY_FORMAT = 'exposure-check-oprf-key/1';

/** The secret of an xc-oprf-v1 source. Whoever holds `secretKey` can enumerate the source; keep it off the web. */
export interface OprfKey {
  keyId: string;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
  /** ISO date-time; informational. */
  created: string;
}

export class OprfKeyError extends Error {
  override readonly name = 'OprfKeyError';
}

/** Key ids are derived from the public key, so a server cannot claim one key id while holding another key. */
export function oprfKeyId(publicKey: Uint8Array): string {
  return `k-${createHash('sha256').update('xc-oprf-v1 key id\0').update(publicKey).digest('hex').slice(0, 16)}`;
}

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
  const json = {
    format: OPRF_KEY_FORMAT,
    suite: OPRF_SUITE,
    keyId: key.keyId,
    secretKey: bytesToBase64Url(key.secretKey),
    publicKey: bytesToBase64Url(key.publicKey),
    created: key.created,
  };
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
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (record['format'] !== OPRF_KEY_FORMAT || record['suite'] !== OPRF_SUITE) {
    throw new OprfKeyError(`${keyPath} is not an ${OPRF_SUITE} key file (${OPRF_KEY_FORMAT}).`);
  }
  const secretKey = decodeExactBase64Url(record['secretKey'], 32);
  const publicKey = decodeExactBase64Url(record['publicKey'], OPRF_ELEMENT_BYTES);
  if (secretKey === undefined || publicKey === undefined) {
    throw new OprfKeyError(`${keyPath} has a malformed secretKey or publicKey.`);
  }
  const { Point } = ristretto255;
  let derived: Uint8Array;
  try {
    derived = Point.BASE.multiply(Point.Fn.fromBytes(secretKey)).toBytes();
  } catch {
    throw new OprfKeyError(`${keyPath} holds a secret key that is not a valid scalar.`);
  }
  if (derived.every((b) => b === 0)) throw new OprfKeyError(`${keyPath} holds the zero key.`);
  if (bytesToBase64Url(derived) !== bytesToBase64Url(publicKey) || record['keyId'] !== oprfKeyId(publicKey)) {
    throw new OprfKeyError(
      `${keyPath} is inconsistent: its public key or key id does not match its secret key.`,
    );
  }
  const created = typeof record['created'] === 'string' ? record['created'] : '';
  return { keyId: oprfKeyId(publicKey), secretKey, publicKey, created };
}
