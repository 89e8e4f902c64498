import { describe, expect, it } from 'vitest';
import {
  decimalMod,
  luhnCheckDigit,
  mod,
  mod11Complement,
  weightedSum,
} from '../../../../src/core/identifiers/checksums.ts';

describe('checksum helpers', () => {
  it('weightedSum multiplies position by position', () => {
    expect(weightedSum([1, 2, 3], [3, 2, 1])).toBe(10);
    expect(weightedSum([1, 2, 3], [1])).toBe(1);
  });

  it('mod is never negative', () => {
    expect(mod(-1, 11)).toBe(10);
    expect(mod(22, 11)).toBe(0);
  });

  it('decimalMod matches BigInt arithmetic on long numbers and rejects non-digits', () => {
    const n = '1850775056123';
    expect(decimalMod(n, 97)).toBe(Number(BigInt(n) % 97n));
    expect(decimalMod('12a', 97)).toBeNaN();
  });

  it('luhnCheckDigit reproduces a known Luhn number', () => {
    // 7992739871 → check digit 3 (the classic textbook example).
    expect(luhnCheckDigit([7, 9, 9, 2, 7, 3, 9, 8, 7, 1])).toBe(3);
  });

  it('mod11Complement maps 11 to 0 and 10 to unusable', () => {
    expect(mod11Complement(11)).toBe(0);
    expect(mod11Complement(1)).toBe('unusable');
    expect(mod11Complement(3)).toBe(8);
  });
});
