import { createHmac } from 'node:crypto';
import type { ListEntry } from '../../core/oprf/list-file.ts';

/**
 * Padding entries: HMAC output under a key derived from the secret key, so they look like real
 * entries (tags and sealed bits are pseudorandom either way) and a rebuild stays byte-identical.
 */
export function* listPadding(padKey: Buffer, kind: string, sealBytes: number): Generator<ListEntry> {
  for (let counter = 0; ; counter++) {
    const bytes = createHmac('sha512', padKey).update(`list\0${kind}\0${counter}`).digest();
    yield { tag: bytes.subarray(0, 8), sealed: bytes.subarray(32, 32 + sealBytes) };
  }
}
