import type { ParsedIdentifier } from '../identifiers/types.ts';
import { hibpSha1Key } from './hash-hibp-sha1.ts';
import { xcV1Hash, xcV1Split } from './hash-xc-v1.ts';
import { keyParamsOf } from './key-params.ts';
import type { RangeKey, SourceDescriptor } from './types.ts';

/** Why a key could not be made; the client turns it into an `unsupported` outcome. */
export class UnsupportedCheckError extends Error {
  override readonly name = 'UnsupportedCheckError';
}

/**
 * Hashes a parsed identifier for one source. The result holds no identifier, only the prefix that
 * will be sent and the suffix that stays on the device, so it can be stored for later re-checks.
 * OPRF sources need a server round trip and are keyed by their own module.
 */
export async function computeRangeKey(id: ParsedIdentifier, source: SourceDescriptor): Promise<RangeKey> {
  if (!source.kinds.includes(id.kind)) {
    throw new UnsupportedCheckError(`${source.name} does not cover this kind of identifier.`);
  }
  const params = keyParamsOf(source, id.kind);
  if (params === undefined)
    throw new UnsupportedCheckError(`${source.name} has no buckets for this kind of identifier.`);
  const base = { sourceId: source.id, scheme: source.scheme, kind: id.kind, params };
  if (source.scheme === 'hibp-sha1') return { ...base, ...(await hibpSha1Key(id.canonical)) };
  if (source.scheme === 'xc-v1' && source.hash.algorithm === 'pbkdf2-sha256') {
    const { salt, iterations } = source.hash;
    const full = await xcV1Hash({ kind: id.kind, canonical: id.canonical, salt, iterations });
    return { ...base, ...xcV1Split(full, source.buckets[id.kind]?.prefixBits ?? 0) };
  }
  throw new UnsupportedCheckError(`The ${source.scheme} scheme is not supported by this check yet.`);
}
