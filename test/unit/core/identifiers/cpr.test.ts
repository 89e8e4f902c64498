import { describe, expect, it } from 'vitest';
import { parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { cprBirthYear, cprPassesLegacyMod11 } from '../../../../src/core/identifiers/cpr.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

describeVectors(
  'cpr',
  [
    {
      input: '150390-1001',
      canonical: '1503901001',
      birthDate: '1990-03-15',
      country: 'DK',
      note: 'mod 11 ok',
    },
    { input: '0102034568', canonical: '0102034568', birthDate: '2003-02-01', note: 'fails mod 11, valid' },
    { input: '241299 5003', canonical: '2412995003', birthDate: '1899-12-24', note: '7th digit 5, 1800s' },
  ],
  [
    { input: '310490-1234', code: 'date', note: '1990-04-31' },
    { input: '290201-0124', code: 'date', note: '1901-02-29' },
    { input: '150390-123', code: 'length', note: '9 digits' },
  ],
);

describe('cpr: details', () => {
  it('never rejects for modulus 11, but reports it for information', () => {
    expect(cprPassesLegacyMod11('1503901001')).toBe(true);
    expect(cprPassesLegacyMod11('0102034568')).toBe(false);
    expect(parseIdentifier('cpr', '0102034568', { today: TODAY }).ok).toBe(true);
  });

  it.each([
    [0, 36, 1936],
    [3, 99, 1999],
    [4, 36, 2036],
    [4, 37, 1937],
    [9, 0, 2000],
    [9, 57, 1957],
    [5, 57, 2057],
    [8, 58, 1858],
  ])('7th digit %i with year %i means %i', (seventh, yy, year) => {
    expect(cprBirthYear(seventh, yy)).toBe(year);
  });

  it('rejects a number whose century rule puts the birth date in the future', () => {
    // 7th digit 5 + year 30 → 2030.
    const result = parseIdentifier('cpr', '010130-5000', { today: TODAY });
    expect(!result.ok && result.error.code).toBe('date');
  });

  it('masks the birth date', () => {
    const result = parseIdentifier('cpr', '150390-1001', { today: TODAY });
    expect(result.ok && result.masked).toBe('••••••••01');
  });
});

describeKindProperties('cpr', { parseOptions: { today: TODAY }, separators: [' ', '-'] });
