import { describe, expect, it } from 'vitest';
import { parseHibpSha1Body } from '../../../../src/core/range/parse-hibp-sha1.ts';
import { SuffixCounts } from '../../../../src/core/range/suffix-counts.ts';

const A = '0018A45C4D1DEF81644B54AB7F969B88D65';
const B = '00D4F6E8FA6EECAD2A3AA415EEC418D38EC';

describe('SuffixCounts (a cached Pwned Passwords bucket as one string)', () => {
  const counts = new SuffixCounts([
    [A, 3],
    [B, 12],
  ]);

  it('finds whole suffixes only, with their counts', () => {
    expect(counts.get(A)).toBe(3);
    expect(counts.get(B)).toBe(12);
    expect(counts.get(A.slice(1))).toBeUndefined();
    expect(counts.get(A.slice(0, -1))).toBeUndefined();
    expect(counts.get('12')).toBeUndefined();
    expect(counts.get(`${A}:3\n${B}`)).toBeUndefined();
    expect(counts.size).toBe(2);
    expect(Object.fromEntries(counts)).toEqual({ [A]: 3, [B]: 12 });
  });

  it('is what the parser returns, padding dropped and case normalised', () => {
    const bucket = parseHibpSha1Body(`${A.toLowerCase()}:3\r\n${B}:0\r\n`);
    expect(bucket.scheme === 'hibp-sha1' && bucket.counts.get(A)).toBe(3);
    expect(bucket.scheme === 'hibp-sha1' && bucket.counts.has(B)).toBe(false);
  });
});
