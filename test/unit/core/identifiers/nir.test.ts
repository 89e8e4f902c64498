import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { nirKey } from '../../../../src/core/identifiers/nir.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors } from './vector-table.ts';

describeVectors(
  'nir',
  [
    { input: '185077505612323', canonical: '185077505612323', country: 'FR', note: 'Paris' },
    { input: '2 93 01 2A 004 055 06', canonical: '293012A00405506', note: 'Corsica 2A' },
    { input: '178059913404246', canonical: '178059913404246', note: 'born abroad' },
  ],
  [
    { input: '185077505612324', code: 'checksum', note: 'wrong key' },
    { input: '1850775056123', code: 'length', note: 'key missing' },
    { input: '185137505612322', code: 'date', note: 'month 13' },
  ],
);

describe('nir: details', () => {
  it('computes the key with 2A as 19 and 2B as 18', () => {
    expect(nirKey('293012A004055')).toBe(97 - Number(2930119004055n % 97n));
    expect(nirKey('293012B004055')).toBe(97 - Number(2930118004055n % 97n));
  });

  it('accepts lower-case 2a with dots', () => {
    const result = parseIdentifier('nir', '2.93.01.2a.004.055.06');
    expect(result.ok && result.canonical).toBe('293012A00405506');
  });

  it.each([
    ['an invalid sex digit', '585077505612323', 'format'],
    ['a letter outside the département', '1850775A5612323', 'format'],
    ['an unknown character', '18507750561232X', 'charset'],
  ])('rejects %s', (_what, input, code) => {
    const result = parseIdentifier('nir', input);
    expect(!result.ok && result.error.code).toBe(code);
  });

  it('accepts the placeholder month codes for incomplete civil-status records', () => {
    for (const month of ['20', '35', '50']) {
      const body = `1${'85'}${month}7505612`.padEnd(13, '3');
      const key = String(nirKey(body)).padStart(2, '0');
      expect(parseIdentifier('nir', body + key).ok).toBe(true);
    }
  });

  it('derives no birth date (the century is not encoded)', () => {
    const result = parseIdentifier('nir', '185077505612323');
    expect(result.ok && result.birthDate).toBeUndefined();
  });
});

describeKindProperties('nir', {
  separators: [' ', '.', '-'],
  caseInsensitive: true,
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14],
});
