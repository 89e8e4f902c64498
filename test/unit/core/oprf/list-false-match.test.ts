// @vitest-environment node
// The whole-list layout promises at most one false match per 10^9 checks of unlisted identifiers. The
// bound follows from the parameters (fingerprint width per list size), the formula is checked against
// counted false matches on a list made deliberately short, and the client refuses a list whose header
// breaks the bound.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  falseMatchRate,
  fingerprintOf,
  listShape,
  lookupList,
  OPRF_LIST_DEFAULT_MAX_DISTINCT,
  OPRF_LIST_HEADER_BYTES,
  OPRF_LIST_MAX_ENTRIES,
  OPRF_LIST_MAX_FALSE_MATCH,
  OPRF_LIST_MIN_ENTRIES,
  packList,
  paddedEntries,
  parseList,
  type ListEntry,
  type ListShape,
} from '../../../../src/core/oprf/index.ts';

const binding = new Uint8Array(16).fill(7);

/** List sizes to try: both sides of every power of two, the breaches the docs name, and random ones. */
function sizes(): number[] {
  const out = [1, 2, 4095, 187_000, 491_840, 941_000, 1_000_000, OPRF_LIST_DEFAULT_MAX_DISTINCT];
  for (let e = 12; e <= 26; e++) out.push(2 ** e - 1, 2 ** e, 2 ** e + 1);
  for (let i = 0; i < 300; i++) out.push(1 + Math.floor(Math.random() * OPRF_LIST_MAX_ENTRIES * 0.9));
  return out.filter((n) => paddedEntries(n) <= OPRF_LIST_MAX_ENTRIES);
}

/** `count` random entries with distinct fingerprints under `shape`, and their tags. */
function entriesFor(shape: ListShape): ListEntry[] {
  const seen = new Set<string>();
  const entries: ListEntry[] = [];
  while (entries.length < shape.entries) {
    const tag = randomBytes(8);
    const { slot, remainder } = fingerprintOf(tag, shape);
    const key = `${slot}:${remainder}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ tag, sealed: new Uint8Array([0x80]) });
  }
  return entries;
}

describe('false matches per check of an unlisted identifier', () => {
  it('are at most 10^-9 for every list size, with the narrowest fingerprint that achieves it', () => {
    expect(OPRF_LIST_MAX_FALSE_MATCH).toBe(1e-9);
    for (const n of sizes()) {
      const entries = paddedEntries(n);
      expect(entries).toBeGreaterThanOrEqual(Math.max(n, OPRF_LIST_MIN_ENTRIES));
      const shape = listShape(entries, 1);
      // As documented: q = floor(log2 N), q + r = ceil(log2(N / 10^-9)), rate = N / 2^(q + r).
      expect(shape.bucketBits).toBe(Math.floor(Math.log2(entries)));
      expect(shape.bucketBits + shape.remainderBits).toBe(Math.ceil(Math.log2(entries / 1e-9)));
      expect(falseMatchRate(shape)).toBe(entries / 2 ** (shape.bucketBits + shape.remainderBits));
      expect(falseMatchRate(shape), `${n} listed`).toBeLessThanOrEqual(1e-9);
      // One bit fewer would break the bound: no byte is spent that the bound does not need.
      expect(falseMatchRate({ ...shape, remainderBits: shape.remainderBits - 1 })).toBeGreaterThan(1e-9);
    }
  });

  it('follow the formula N / 2^(q + r): counted on a list with deliberately short fingerprints', () => {
    // 4,096 entries, 15-bit fingerprints: the formula says 1/8 of random probes match an entry.
    const shape: ListShape = { entries: 4096, bucketBits: 12, remainderBits: 3, sealBits: 1 };
    const entries = entriesFor(shape);
    const bytes = packList(entries, shape, binding);
    // parseList refuses this list (next test); its layout is the same as a valid one's.
    const entriesAt = (OPRF_LIST_HEADER_BYTES + Math.ceil((shape.entries + 2 ** shape.bucketBits) / 8)) * 8;
    const list = { shape, bytes, entriesAt };
    for (const e of entries.slice(0, 500)) expect(lookupList(list, e.tag)).toHaveLength(1);
    const probes = 40_000;
    let matches = 0;
    for (let i = 0; i < probes; i++) matches += lookupList(list, randomBytes(8)).length;
    const expected = probes * falseMatchRate(shape);
    const sd = Math.sqrt(expected * (1 - falseMatchRate(shape)));
    expect(expected).toBe(5000);
    // Six standard deviations: a wrong formula (a factor of two either way) fails by over thirty.
    expect(Math.abs(matches - expected)).toBeLessThan(6 * sd);
  });

  it('never happen in 40,000 random probes of a list at full width', () => {
    const shape = listShape(4096, 1);
    const entries = entriesFor(shape);
    const list = parseList(packList(entries, shape, binding), { binding, entries: 4096, sealBits: 1 });
    let matches = 0;
    for (let i = 0; i < 40_000; i++) matches += lookupList(list, randomBytes(8)).length;
    expect(matches).toBe(0);
  });

  it('a list whose header gives shorter fingerprints than the bound needs is refused', () => {
    const full = listShape(4096, 1);
    const short = { ...full, remainderBits: full.remainderBits - 1 };
    const bytes = packList(entriesFor(short), short, binding);
    expect(() => parseList(bytes, { binding, entries: 4096, sealBits: 1 })).toThrow(
      /fingerprints are too short/,
    );
  });
});
