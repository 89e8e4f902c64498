import { ristretto255_oprf } from '@noble/curves/ed25519.js';
import type { IdentifierKind } from '../identifiers/types.ts';
import { oprfInfo } from './oprf-input.ts';

const withInfo = (info: Uint8Array) => ristretto255_oprf.poprf(info);

/** RFC 9497 POPRF (mode 0x02) over ristretto255-SHA512, with the public info fixed. */
export type Poprf = ReturnType<typeof withInfo>;

// Fixing the info costs one base-point multiplication; a source has only a few kinds, so keep them.
const cache = new Map<string, Poprf>();
const CACHE_LIMIT = 256;

export function poprfFor(sourceId: string, kind: IdentifierKind): Poprf {
  const cacheKey = `${sourceId}\u0000${kind}`;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  const poprf = withInfo(oprfInfo(sourceId, kind));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, poprf);
  return poprf;
}
