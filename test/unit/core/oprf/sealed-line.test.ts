import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bitmapFromIndexes,
  bitmapHexLength,
  indexesFromBitmap,
  lineKeyFromOutput,
  xorHex,
} from '../../../../src/core/oprf/index.ts';

const breachCount = fc.integer({ min: 1, max: 256 });

describe('breach bitmaps', () => {
  it('round-trip any set of breach indexes', () => {
    fc.assert(
      fc.property(
        breachCount.chain((n) => fc.tuple(fc.constant(n), fc.uniqueArray(fc.nat(n - 1)))),
        ([n, indexes]) => {
          const hex = bitmapFromIndexes(indexes, n);
          expect(hex).toHaveLength(bitmapHexLength(n));
          expect(indexesFromBitmap(hex, n)).toEqual(indexes.toSorted((a, b) => a - b));
        },
      ),
    );
  });

  it('puts breach i at bit value 2^i of a big-endian hex number', () => {
    expect(bitmapFromIndexes([0], 8)).toBe('01');
    expect(bitmapFromIndexes([4, 1], 8)).toBe('12');
    expect(bitmapFromIndexes([7], 8)).toBe('80');
  });

  it('rejects a bit that names no breach', () => {
    expect(indexesFromBitmap('4', 2)).toBeUndefined();
    expect(() => bitmapFromIndexes([2], 2)).toThrow(/out of range/);
  });
});

describe('sealing', () => {
  it('xorHex is its own inverse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 64 }).chain((n) => fc.tuple(hexOf(n), hexOf(n))),
        ([a, b]) => {
          expect(xorHex(xorHex(a, b), b)).toBe(a);
        },
      ),
    );
  });

  it('takes the tag from the first 12 bytes and the mask from byte 32 on', () => {
    const output = Uint8Array.from({ length: 64 }, (_, i) => i);
    const key = lineKeyFromOutput(output, 9);
    expect(key.tag).toBe('000102030405060708090A0B');
    expect(key.mask).toBe('202');
  });
});

function hexOf(length: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...'0123456789ABCDEF'), { minLength: length, maxLength: length })
    .map((c) => c.join(''));
}
