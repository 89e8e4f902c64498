import type { ParsedBucket } from './bucket.ts';
import { createBucketCache } from './bucket-cache.ts';
import { CheckFailure } from './errors.ts';
import { fetchRangeBody } from './fetch-range.ts';
import { keyParamsOf } from './key-params.ts';
import { createLimiter } from './limiter.ts';
import { parseBucket } from './parse-bucket.ts';
import { rangeRequestFor, type RangeRequest } from './range-request.ts';
import { createSharedFlights } from './shared-flights.ts';
import type { RangeKey, SourceDescriptor } from './types.ts';

export interface BucketLoaderSettings {
  fetch: typeof fetch;
  timeoutMs: number;
  maxBodyBytes: number;
  concurrency: number;
  cacheTtlMs: number;
  cacheMaxEntries: number;
  now: () => number;
}

export interface BucketLoader {
  /** The validated bucket for the key's prefix; throws CheckFailure. */
  load(key: RangeKey, source: SourceDescriptor, signal: AbortSignal | undefined): Promise<ParsedBucket>;
  clear(): void;
}

/** Everything a parsed bucket depends on; a source update (new salt, new breaches) misses the cache. */
function bucketId(key: RangeKey, source: SourceDescriptor): string {
  const { id, updated, rangeUrl, breaches } = source;
  const lines = source.buckets[key.kind]?.lines;
  return JSON.stringify([
    id,
    updated,
    rangeUrl,
    keyParamsOf(source, key.kind),
    lines,
    breaches.length,
    key.kind,
    key.prefix,
  ]);
}

function callerAbortFailure(signal: AbortSignal | undefined): () => CheckFailure {
  return () =>
    (signal?.reason as { name?: unknown } | undefined)?.name === 'TimeoutError'
      ? new CheckFailure('timeout', "no answer within the caller's time limit")
      : new CheckFailure('network', 'the check was cancelled before the answer arrived');
}

/**
 * Fetches and parses buckets with three economies: one request per (source, kind, prefix) in flight,
 * parsed buckets reused for a short window, and at most `concurrency` requests at once. A source that
 * answered 429 with Retry-After is not asked again until that time has passed.
 */
export function createBucketLoader(settings: BucketLoaderSettings): BucketLoader {
  const { now } = settings;
  const limiter = createLimiter(settings.concurrency);
  const cache = createBucketCache(settings.cacheTtlMs, settings.cacheMaxEntries, now);
  const flights = createSharedFlights<ParsedBucket>();
  const pausedUntil = new Map<string, number>();

  function assertNotPaused(source: SourceDescriptor): void {
    const wait = Math.ceil(((pausedUntil.get(source.id) ?? 0) - now()) / 1000);
    if (wait > 0) throw new CheckFailure('rate-limited', `wait ${wait} s`, wait);
  }

  async function fetchBucket(
    key: RangeKey,
    source: SourceDescriptor,
    request: RangeRequest,
    signal: AbortSignal,
  ) {
    try {
      const body = await fetchRangeBody(request, { ...settings, signal });
      return parseBucket(body, source, key.kind);
    } catch (error) {
      const wait =
        error instanceof CheckFailure && error.code === 'rate-limited' ? error.retryAfterSeconds : 0;
      if (wait !== undefined && wait > 0) pausedUntil.set(source.id, now() + wait * 1000);
      throw error;
    }
  }

  return {
    async load(key, source, signal) {
      const request = rangeRequestFor(key, source);
      const id = bucketId(key, source);
      const cached = cache.get(id);
      if (cached !== undefined) return cached;
      assertNotPaused(source);
      const start = (shared: AbortSignal) =>
        limiter.run(async () => {
          // An earlier flight for the same bucket may have filled the cache while this one queued.
          const bucket = cache.get(id) ?? (await fetchBucket(key, source, request, shared));
          cache.set(id, bucket);
          return bucket;
        });
      return flights.join(id, start, signal, callerAbortFailure(signal));
    },
    clear: () => cache.clear(),
  };
}
