import { createHash } from 'node:crypto';
import { base64UrlToBytes, bytesToBase64Url } from '../../core/index.ts';

export const MIN_SALT_BYTES = 16;

/**
 * The salt used when none is given: derived from the source id so builds are reproducible. It is
 * public in source.json either way; a random salt (`--salt`) only stops tables built *before*
 * publication, so real publications should pass one and keep it for every update.
 */
export function defaultSalt(sourceId: string): string {
  const digest = createHash('sha256').update(`exposure-check/xc-v1/salt\u0000${sourceId}`, 'utf8').digest();
  return bytesToBase64Url(digest.subarray(0, MIN_SALT_BYTES));
}

/** Decodes a base64url salt, or explains what is wrong with it. */
export function decodeSalt(salt: string): Uint8Array | string {
  if (!/^[A-Za-z0-9_-]+$/.test(salt)) return 'the salt must be base64url (letters, digits, "-" and "_")';
  let bytes: Uint8Array;
  try {
    bytes = base64UrlToBytes(salt);
  } catch {
    return 'the salt is not valid base64url';
  }
  if (bytes.length < MIN_SALT_BYTES) return `the salt must be at least ${MIN_SALT_BYTES} bytes`;
  return bytes;
}
