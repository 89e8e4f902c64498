/**
 * One slice of the prefix space, so several machines can share a national-scale xc-oprf-v1 build.
 * Shard i of n owns, for every kind, the buckets [⌊i·2^b/n⌋, ⌊(i+1)·2^b/n⌋) of its 2^b. Every shard pads
 * to the same fixed line count (--min-lines) and writes the same source.json, so the shards' output
 * directories are simply copied together: no merge step, no coordination beyond the shared key.
 */
export interface Shard {
  index: number;
  count: number;
}

export class ShardError extends Error {
  override readonly name = 'ShardError';
}

/** "2/8" → { index: 2, count: 8 } (0-based index). */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || !(count >= 1) || !(index < count) || count > 65_536) {
    throw new ShardError(`--shard takes i/n with 0 ≤ i < n (for example 0/4), not "${text}".`);
  }
  return { index, count };
}

/** First and end bucket of a shard for a kind with `prefixBits`. */
export function shardRange(shard: Shard | undefined, prefixBits: number): { first: number; end: number } {
  const total = 2 ** prefixBits;
  if (shard === undefined) return { first: 0, end: total };
  return {
    first: Math.floor((shard.index * total) / shard.count),
    end: Math.floor(((shard.index + 1) * total) / shard.count),
  };
}
