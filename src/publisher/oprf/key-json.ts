import { ristretto255 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeExactBase64Url, OPRF_ELEMENT_BYTES, OPRF_SUITE } from '../../core/oprf/index.ts';
import { bytesToBase64Url, toHex } from '../../core/range/hex.ts';

// No Node imports here: a serverless evaluator (Workers, Deno, Lambda) can load its key with this file.

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
  const label = new TextEncoder().encode('xc-oprf-v1 key id\0');
  const input = new Uint8Array(label.length + publicKey.length);
  input.set(label);
  input.set(publicKey, label.length);
  return `k-${toHex(sha256(input)).toLowerCase().slice(0, 16)}`;
}

/** The key file's JSON (what `writeOprfKeyFile` writes). */
export function oprfKeyToJson(key: OprfKey): Record<string, string> {
  return {
    format: OPRF_KEY_FORMAT,
    suite: OPRF_SUITE,
    keyId: key.keyId,
    secretKey: bytesToBase64Url(key.secretKey),
    publicKey: bytesToBase64Url(key.publicKey),
    created: key.created,
  };
}

/** Checks a parsed key file: the public key must belong to the secret key and match the key id. */
export function oprfKeyFromJson(json: unknown, where = 'the key'): OprfKey {
  const record = (typeof json === 'object' && json !== null ? json : {}) as Record<string, unknown>;
  if (record['format'] !== OPRF_KEY_FORMAT || record['suite'] !== OPRF_SUITE) {
    throw new OprfKeyError(`${where} is not an ${OPRF_SUITE} key file (${OPRF_KEY_FORMAT}).`);
  }
  const secretKey = decodeExactBase64Url(record['secretKey'], 32);
  const publicKey = decodeExactBase64Url(record['publicKey'], OPRF_ELEMENT_BYTES);
  if (secretKey === undefined || publicKey === undefined) {
    throw new OprfKeyError(`${where} has a malformed secretKey or publicKey.`);
  }
  const { Point } = ristretto255;
  let derived: Uint8Array;
  try {
    derived = Point.BASE.multiply(Point.Fn.fromBytes(secretKey)).toBytes();
  } catch {
    throw new OprfKeyError(`${where} holds a secret key that is not a valid scalar.`);
  }
  if (derived.every((b) => b === 0)) throw new OprfKeyError(`${where} holds the zero key.`);
  if (bytesToBase64Url(derived) !== bytesToBase64Url(publicKey) || record['keyId'] !== oprfKeyId(publicKey)) {
    throw new OprfKeyError(
      `${where} is inconsistent: its public key or key id does not match its secret key.`,
    );
  }
  const created = typeof record['created'] === 'string' ? record['created'] : '';
  return { keyId: oprfKeyId(publicKey), secretKey, publicKey, created };
}
