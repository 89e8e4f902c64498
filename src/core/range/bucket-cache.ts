import type { ParsedBucket } from './bucket.ts';

/**
 * Parsed buckets by (source, kind, prefix) for a short window. Buckets are public data; the suffix
 * (the part that would identify the person) is never part of the key or the value.
 */
export interface BucketCache {
  get(key: string): ParsedBucket | undefined;
  set(key: string, bucket: ParsedBucket): void;
  clear(): void;
}

export function createBucketCache(ttlMs: number, maxEntries: number, now: () => number): BucketCache {
  const entries = new Map<string, { bucket: ParsedBucket; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      if (entry.expires > now()) return entry.bucket;
      entries.delete(key);
      return undefined;
    },
    set(key, bucket) {
      if (ttlMs <= 0 || maxEntries <= 0) return;
      entries.delete(key);
      entries.set(key, { bucket, expires: now() + ttlMs });
      // Maps iterate in insertion order, so the first key is the oldest entry.
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
    },
    clear: () => entries.clear(),
  };
}
