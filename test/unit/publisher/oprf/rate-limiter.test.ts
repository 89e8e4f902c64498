import { describe, expect, it } from 'vitest';
import { clientKeyFromAddress, TokenBucketLimiter } from '../../../../src/publisher/oprf/index.ts';

describe('TokenBucketLimiter', () => {
  it('allows a burst, then one request per refill interval', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 2, refillPerSecond: 1 }, () => now);
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 500;
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    now += 500;
    expect(limiter.take('a')).toEqual({ ok: true });
    now += 60_000;
    expect(limiter.take('a').ok && limiter.take('a').ok && limiter.take('a').ok).toBe(false);
  });

  it('forgets idle clients first when it tracks too many, and stays bounded', () => {
    let now = 0;
    const limiter = new TokenBucketLimiter({ capacity: 1, refillPerSecond: 1, maxClients: 3 }, () => now);
    for (const c of ['a', 'b', 'c']) limiter.take(c);
    now += 10_000;
    limiter.take('d');
    expect(limiter.trackedClients).toBeLessThanOrEqual(3);
    for (let i = 0; i < 100; i++) limiter.take(`x${i}`);
    expect(limiter.trackedClients).toBeLessThanOrEqual(3);
  });

  it('refuses a configuration that would never allow a request', () => {
    expect(() => new TokenBucketLimiter({ capacity: 0 })).toThrow(RangeError);
    expect(() => new TokenBucketLimiter({ refillPerSecond: 0 })).toThrow(RangeError);
  });
});

describe('clientKeyFromAddress', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:0db8:00aa:00bb:ffff::1', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s → %s', (address, key) => {
    expect(clientKeyFromAddress(address)).toBe(key);
  });
});
