import type { CheckOutcome, RangeKey, SourceDescriptor } from '../core/range/index.ts';

/**
 * What the background needs from the range client. This file is the one place that knows how the core
 * client is built and called, so a change in its API changes only this file.
 */
export interface RangeClientPort {
  /** One outcome per key, in order. Keys sharing a source and prefix are fetched once. */
  checkMany(
    keys: readonly RangeKey[],
    sourcesById: ReadonlyMap<string, SourceDescriptor>,
  ): Promise<CheckOutcome[]>;
}

export interface RangeAdapterOptions {
  fetch: typeof fetch;
  timeoutMs?: number;
}

// Until src/core/range ships createRangeClient, every check fails closed with a clear reason.
export function createRangeAdapter(options: RangeAdapterOptions): RangeClientPort {
  void options;
  return {
    checkMany: async (keys) =>
      keys.map(() => ({
        status: 'error',
        code: 'unsupported',
        message: 'The range client is not available in this build yet.',
      })),
  };
}
