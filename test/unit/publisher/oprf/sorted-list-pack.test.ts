// @vitest-environment node
// The streaming list packer against the in-memory one it replaces: same bytes for the same entries and
// padding sequence, including the rare paths (two listed entries sharing a fingerprint, padding that
// repeats itself or clashes with a listed entry), which random tags practically never reach.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ListEntry } from '../../../../src/core/oprf/list-file.ts';
import { packList } from '../../../../src/core/oprf/list-file.ts';
import { listShape, paddedEntries, tagBits } from '../../../../src/core/oprf/list-shape.ts';
import { packSortedList, type SortedListEntries } from '../../../../src/publisher/oprf/sorted-list-pack.ts';
import { paddedListEntries } from './padded-list-reference.ts';

const binding = new Uint8Array(16).fill(7);

function sorted(entries: readonly ListEntry[]): SortedListEntries {
  const byTag = entries
    .map((e) => ({ tag: tagBits(e.tag), sealed: e.sealed }))
    .toSorted((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  let passes = 0;
  return {
    count: entries.length,
    forEach(visit) {
      passes++;
      for (const e of byTag) visit(e.tag, e.sealed);
    },
    get passes() {
      return passes;
    },
  } as SortedListEntries;
}

const random = (count: number, sealBytes: number): ListEntry[] =>
  Array.from({ length: count }, () => ({ tag: randomBytes(8), sealed: randomBytes(sealBytes) }));

/** A padding sequence from a fixed list of entries, then fresh random ones (the same for both sides). */
function sequence(
  first: readonly ListEntry[],
  sealBytes: number,
  seed: ListEntry[] = random(20_000, sealBytes),
) {
  return function* (): Generator<ListEntry> {
    yield* first;
    yield* seed;
  };
}

function reference(real: readonly ListEntry[], pad: () => Iterator<ListEntry>, breaches: number): Uint8Array {
  const { shape, entries } = paddedListEntries(real, breaches, pad());
  return packList(entries, shape, binding);
}

/** A tag sharing exactly its first `bits` bits with `tag` (the next one differs, the rest random). */
function sharing(tag: Uint8Array, bits: number): Uint8Array {
  const low = 64n - BigInt(bits);
  let value = ((tagBits(tag) >> low) << low) | (tagBits(randomBytes(8)) & ((1n << low) - 1n));
  if (bits < 64) value = (value & ~(1n << (low - 1n))) | (~tagBits(tag) & (1n << (low - 1n)));
  const out = new Uint8Array(8);
  for (let i = 0; i < 8; i++) out[i] = Number((value >> BigInt(56 - 8 * i)) & 0xffn);
  return out;
}

describe('packSortedList', () => {
  it.each([
    [0, 1],
    [1, 1],
    [4096, 1],
    [5000, 3],
    [9000, 9],
    [70_000, 17],
  ])('writes the bytes of paddedListEntries + packList for %i entries, %i breach(es)', (count, breaches) => {
    const sealBytes = Math.ceil(breaches / 8);
    const real = random(count, sealBytes);
    const pad = sequence([], sealBytes);
    const streamed = packSortedList(sorted(real), pad(), breaches, binding);
    expect(Buffer.from(streamed.file).equals(Buffer.from(reference(real, pad, breaches)))).toBe(true);
    expect(streamed.shape).toEqual(listShape(paddedEntries(count), breaches));
  });

  it('widens the fingerprint while two listed entries share one, as the in-memory build did', () => {
    const real = random(3000, 1);
    const shape = listShape(paddedEntries(3000), 1);
    const width = shape.bucketBits + shape.remainderBits;
    // Two entries sharing width + 1 leading bits: two extra bits are needed.
    real.push({ tag: sharing(real[0]!.tag, width + 1), sealed: randomBytes(1) });
    const pad = sequence([], 1);
    const streamed = packSortedList(sorted(real), pad(), 1, binding);
    expect(streamed.shape.remainderBits).toBe(shape.remainderBits + 2);
    expect(Buffer.from(streamed.file).equals(Buffer.from(reference(real, pad, 1)))).toBe(true);
  });

  it('skips padding that repeats an earlier candidate or clashes with a listed entry, as before', () => {
    const real = random(3000, 2);
    const shape = listShape(paddedEntries(3000), 12);
    const width = shape.bucketBits + shape.remainderBits;
    const early = random(3, 2);
    const pad = sequence(
      [
        early[0]!,
        { tag: sharing(real[5]!.tag, width), sealed: randomBytes(2) }, // clashes with a listed entry
        early[1]!,
        { tag: sharing(early[0]!.tag, width), sealed: randomBytes(2) }, // repeats candidate 0
        { tag: sharing(real[9]!.tag, 64), sealed: randomBytes(2) }, // the very same tag as a listed one
        early[2]!,
      ],
      2,
    );
    const entries = sorted(real) as SortedListEntries & { passes: number };
    const streamed = packSortedList(entries, pad(), 12, binding);
    expect(Buffer.from(streamed.file).equals(Buffer.from(reference(real, pad, 12)))).toBe(true);
    // One pass found both clashes, the second wrote the file.
    expect(entries.passes).toBe(2);
  });

  it('throws as before when two listed entries have the same tag', () => {
    const real = random(10, 1);
    real.push({ tag: real[3]!.tag, sealed: randomBytes(1) });
    expect(() => reference(real, sequence([], 1), 1)).toThrow(/too large for its tags/);
    expect(() => packSortedList(sorted(real), sequence([], 1)(), 1, binding)).toThrow(
      /too large for its tags/,
    );
  });
});
