import type { ParsedIdentifier } from '../identifiers/types.ts';
import { outcomeFromBucket } from './bucket.ts';
import { createBucketLoader } from './bucket-loader.ts';
import { CheckFailure, failureOutcome, toFailure } from './errors.ts';
import { oprfRangeKey } from '../oprf/oprf-range-key.ts';
import { listParamsForKey, outcomeFromList } from '../oprf/list-check.ts';
import { createListLoader, type ListStore } from '../oprf/list-loader.ts';
import { isListSource } from '../oprf/list-source.ts';
import { computeRangeKey, UnsupportedCheckError } from './range-key.ts';
import type { CheckOutcome, RangeKey, SourceDescriptor } from './types.ts';

export interface RangeClientOptions {
  /** Defaults to the global fetch. In an extension, pass nothing or `fetch.bind(globalThis)`. */
  fetch?: typeof fetch;
  /** Per request, from the moment it is sent (not while it waits for a slot) to its last byte. */
  timeoutMs?: number;
  /** Bodies are read as a stream and abandoned past this many (decoded) bytes. */
  maxBodyBytes?: number;
  /** Requests in flight at once. */
  concurrency?: number;
  /** How long a parsed bucket is reused; 0 turns the cache off (sharing of requests in flight stays). */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
  /** Clock for the cache, Retry-After dates and rate-limit pauses; injectable for tests. */
  now?: () => number;
  /** Where whole lists (xc-oprf-v1 layout "list") are kept between restarts, for conditional GETs. */
  listStore?: ListStore;
}

export interface CallOptions {
  /** Aborting gives this caller an `error` outcome at once (`network`, or `timeout` for a TimeoutError). */
  signal?: AbortSignal;
}

export type SourcesById = ReadonlyMap<string, SourceDescriptor> | Readonly<Record<string, SourceDescriptor>>;

/** Every method resolves to an outcome; none throws or rejects. */
export interface RangeClient {
  check(key: RangeKey, source: SourceDescriptor, options?: CallOptions): Promise<CheckOutcome>;
  /** One outcome per key, in input order; a key whose source is missing gets `unsupported`. */
  checkMany(
    keys: readonly RangeKey[],
    sourcesById: SourcesById,
    options?: CallOptions,
  ): Promise<CheckOutcome[]>;
  checkIdentifier(
    id: ParsedIdentifier,
    source: SourceDescriptor,
    options?: CallOptions,
  ): Promise<CheckOutcome>;
  clearCache(): void;
}

export const RANGE_CLIENT_DEFAULTS = {
  timeoutMs: 8_000,
  maxBodyBytes: 1024 * 1024,
  concurrency: 4,
  cacheTtlMs: 60_000,
  cacheMaxEntries: 128,
} as const;

// Called as a plain function: a bare reference to a browser's fetch fails with "Illegal invocation"
// when it is invoked as a method of another object.
const globalFetch: typeof fetch = (input, init) => globalThis.fetch(input, init);

const UNEXPECTED = new CheckFailure('network', 'the check failed unexpectedly');

const nameOf = (source: SourceDescriptor | undefined): string =>
  typeof source?.name === 'string' ? source.name : 'the source';

function lookupSource(sources: SourcesById, id: string): SourceDescriptor | undefined {
  if (sources instanceof Map) return sources.get(id);
  const record = sources as Readonly<Record<string, SourceDescriptor>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

export function createRangeClient(options: RangeClientOptions = {}): RangeClient {
  const d = RANGE_CLIENT_DEFAULTS;
  const fetchFn = options.fetch ?? globalFetch;
  const timeoutMs = options.timeoutMs ?? d.timeoutMs;
  const loader = createBucketLoader({
    fetch: fetchFn,
    timeoutMs,
    maxBodyBytes: options.maxBodyBytes ?? d.maxBodyBytes,
    concurrency: options.concurrency ?? d.concurrency,
    cacheTtlMs: options.cacheTtlMs ?? d.cacheTtlMs,
    cacheMaxEntries: options.cacheMaxEntries ?? d.cacheMaxEntries,
    now: options.now ?? (() => Date.now()),
  });
  const lists = createListLoader({
    fetch: fetchFn,
    timeoutMs,
    now: options.now ?? (() => Date.now()),
    freshMs: options.cacheTtlMs ?? d.cacheTtlMs,
    store: options.listStore,
  });

  async function check(
    key: RangeKey,
    source: SourceDescriptor,
    call: CallOptions = {},
  ): Promise<CheckOutcome> {
    try {
      // A whole-list source: the same file for everyone, searched here for the stored tag.
      if (isListSource(source)) {
        const list = await lists.load(listParamsForKey(key, source), call.signal);
        return outcomeFromList(list, key.suffix, source);
      }
      const bucket = await loader.load(key, source, call.signal);
      return outcomeFromBucket(bucket, key.suffix, source);
    } catch (error) {
      return failureOutcome(toFailure(error, UNEXPECTED), nameOf(source));
    }
  }

  async function checkIdentifier(id: ParsedIdentifier, source: SourceDescriptor, call: CallOptions = {}) {
    // An xc-oprf-v1 key takes one evaluation by the source's key holder; the bucket GET is then shared.
    if (source?.scheme === 'xc-oprf-v1') {
      let oprfKey: RangeKey;
      try {
        oprfKey = await oprfRangeKey(id, source, { fetch: fetchFn, timeoutMs, ...call });
      } catch (error) {
        return failureOutcome(toFailure(error, UNEXPECTED), nameOf(source));
      }
      return check(oprfKey, source, call);
    }
    let key: RangeKey;
    try {
      if (id?.ok !== true || typeof id.canonical !== 'string') {
        throw new UnsupportedCheckError('The identifier is not valid, so it was not checked.');
      }
      key = await computeRangeKey(id, source);
    } catch (error) {
      // UnsupportedCheckError messages are whole sentences written for the person.
      const message =
        error instanceof UnsupportedCheckError
          ? error.message
          : `The identifier could not be prepared for ${nameOf(source)}. Nothing was sent.`;
      return { status: 'error', code: 'unsupported', message } satisfies CheckOutcome;
    }
    return check(key, source, call);
  }

  function checkMany(keys: readonly RangeKey[], sources: SourcesById, call: CallOptions = {}) {
    return Promise.all(
      keys.map((key) => {
        const source = lookupSource(sources, key.sourceId);
        if (source !== undefined) return check(key, source, call);
        const missing = new CheckFailure('unsupported', 'it is no longer in the list of sources');
        return Promise.resolve(failureOutcome(missing, 'the saved source'));
      }),
    );
  }

  const clearCache = (): void => {
    loader.clear();
    // Lists are revalidated (If-None-Match), not thrown away: an unchanged list then costs a 304.
    lists.expire();
  };
  return { check, checkIdentifier, checkMany, clearCache };
}
