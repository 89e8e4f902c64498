import { createRangeClient } from '../core/range/index.ts';
import type { CheckOutcome, RangeKey, SourceDescriptor } from '../core/range/index.ts';

/**
 * What the background needs from the range client. This file is the one place that knows how the core
 * client is built and called, so a change in its API changes only this file.
 */
export interface RangeClientPort {
  /** One outcome per key, in order; never rejects. Keys sharing a source and prefix are fetched once. */
  checkMany(
    keys: readonly RangeKey[],
    sourcesById: ReadonlyMap<string, SourceDescriptor>,
  ): Promise<CheckOutcome[]>;
}

export interface RangeAdapterOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  now?: () => number;
}

/** One long-lived client per worker: its cache is only an optimisation, so losing it on restart is fine. */
export function createRangeAdapter(options: RangeAdapterOptions = {}): RangeClientPort {
  const client = createRangeClient(options);
  return { checkMany: (keys, sourcesById) => client.checkMany(keys, sourcesById) };
}
