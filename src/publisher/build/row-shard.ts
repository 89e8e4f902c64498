import { createHash } from 'node:crypto';
import type { IdentifierKind } from '../../core/index.ts';
import type { Shard } from '../oprf/shard.ts';

/**
 * The shard whose machine hashes a row, for xc-v1 and hibp-sha1, whose bucket is the (costly) hash
 * itself and so cannot be known before hashing. Decided by a cheap digest of the normalised value: every
 * row of one identifier, in every input and breach, lands on the same shard, so each shard de-duplicates
 * and merges breach flags for its identifiers as a single build would. (A password listed plain in one
 * input and pre-hashed in another may land on two shards; merge joins the two lines.)
 */
export function rowShardOf(kind: IdentifierKind, canonical: string, count: number): number {
  if (count === 1) return 0;
  const digest = createHash('sha256')
    .update(`exposure-check/row-shard\u0000${kind}\u0000${canonical}`)
    .digest();
  return digest.readUInt32BE(0) % count;
}

/** Whether this machine's shard (none: the whole build) takes the row. */
export function ownsRow(shard: Shard | undefined, kind: IdentifierKind, canonical: string): boolean {
  return shard === undefined || rowShardOf(kind, canonical, shard.count) === shard.index;
}
