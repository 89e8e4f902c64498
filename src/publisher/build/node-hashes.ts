import { createHash, pbkdf2 } from 'node:crypto';
import type { IdentifierKind } from '../../core/index.ts';

/**
 * xc-v1 with node:crypto: the same PBKDF2-HMAC-SHA256 over the same domain-separated bytes as the
 * core's WebCrypto `xcV1Hash` (a unit test holds them byte-identical), but asynchronous on the
 * libuv thread pool, so several hashes run in parallel while the main thread reads and spills.
 */
export function xcV1NodeHash(
  kind: IdentifierKind,
  canonical: string,
  salt: Uint8Array,
  iterations: number,
): Promise<Buffer> {
  const input = Buffer.from(`xc-v1\u0000${kind}\u0000${canonical}`, 'utf8');
  return new Promise((resolve, reject) => {
    pbkdf2(input, salt, iterations, 32, 'sha256', (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** SHA-1 of the UTF-8 password, as Pwned Passwords computes it. */
export const hibpSha1NodeHash = (canonical: string): Buffer =>
  createHash('sha1').update(canonical, 'utf8').digest();
