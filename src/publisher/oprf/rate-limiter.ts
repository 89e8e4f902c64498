export interface RateLimitOptions {
  /** Burst: evaluations a client may make at once. */
  capacity: number;
  /** Sustained evaluations per second per client. */
  refillPerSecond: number;
  /** Clients tracked at once; beyond it, idle (full) buckets and then the oldest are forgotten. */
  maxClients?: number;
}

/** Enough for a watchlist check of a few dozen identifiers, then one per second (86,400 a day per client). */
export const DEFAULT_RATE_LIMIT: Required<RateLimitOptions> = {
  capacity: 60,
  refillPerSecond: 1,
  maxClients: 100_000,
};

export type TakeResult = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  at: number;
}

/** Token bucket per client key. `now` is injectable so tests need no clock. */
export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly options: Required<RateLimitOptions>;

  constructor(
    options: Partial<RateLimitOptions> = {},
    private readonly now: () => number = Date.now,
  ) {
    this.options = { ...DEFAULT_RATE_LIMIT, ...options };
    if (!(this.options.capacity >= 1) || !(this.options.refillPerSecond > 0)) {
      throw new RangeError('a rate limit needs a capacity of at least 1 and a positive refill rate');
    }
  }

  private refilled(bucket: Bucket, now: number): number {
    const elapsed = Math.max(0, now - bucket.at) / 1000;
    return Math.min(this.options.capacity, bucket.tokens + elapsed * this.options.refillPerSecond);
  }

  /** Takes `count` tokens (a batched evaluation costs one per element), or none when they are not there. */
  take(client: string, count = 1): TakeResult {
    const now = this.now();
    const existing = this.buckets.get(client);
    const tokens = existing === undefined ? this.options.capacity : this.refilled(existing, now);
    if (tokens < count) {
      this.buckets.set(client, { tokens, at: now });
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((count - tokens) / this.options.refillPerSecond)),
      };
    }
    // Re-insert so Map order is least-recently-used first.
    this.buckets.delete(client);
    this.buckets.set(client, { tokens: tokens - count, at: now });
    if (this.buckets.size > this.options.maxClients) this.evict(now);
    return { ok: true };
  }

  get trackedClients(): number {
    return this.buckets.size;
  }

  private evict(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (this.refilled(bucket, now) >= this.options.capacity) this.buckets.delete(client);
    }
    for (const client of this.buckets.keys()) {
      if (this.buckets.size <= this.options.maxClients) break;
      this.buckets.delete(client);
    }
  }
}

/** One key per IPv4 address and per IPv6 /64 (one subscriber usually holds a whole /64). */
export function clientKeyFromAddress(address: string | undefined): string {
  if (address === undefined || address === '') return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1] !== undefined) return mapped[1];
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::')
    ? [...left, ...Array.from({ length: Math.max(0, 8 - left.length - right.length) }, () => '0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
