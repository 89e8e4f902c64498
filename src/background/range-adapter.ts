import { createRangeClient } from '../core/range/index.ts';
import type { CheckOutcome, RangeKey, SourceDescriptor } from '../core/range/index.ts';

export interface CheckManyOptions {
  /**
   * Fetch every bucket again instead of reusing one cached in the last minute. Re-checks the user asks
   * for and monitoring runs exist to see updates, so they set this; repeated checks in the popup do not.
   * Keys of one call that share a bucket are still fetched once.
   */
  fresh?: boolean;
}

/**
 * What the background needs from the range client. This file is the one place that knows how the core
 * client is built and called, so a change in its API changes only this file.
 */
export interface RangeClientPort {
  /** One outcome per key, in order; never rejects. Keys sharing a source and prefix are fetched once. */
  checkMany(
    keys: readonly RangeKey[],
    sourcesById: ReadonlyMap<string, SourceDescriptor>,
    options?: CheckManyOptions,
  ): Promise<CheckOutcome[]>;
}

export interface RangeAdapterOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * One long-lived client per worker: its cache is only an optimisation, so losing it on restart is fine.
 * A fresh call empties the cache first rather than using a second client: the buckets it fetches then
 * refill the cache for the popup, and the 429 pause and the concurrency limit stay shared.
 */
export function createRangeAdapter(options: RangeAdapterOptions = {}): RangeClientPort {
  const client = createRangeClient(options);
  return {
    checkMany: (keys, sourcesById, call = {}) => {
      if (call.fresh === true) client.clearCache();
      return client.checkMany(keys, sourcesById);
    },
  };
}
