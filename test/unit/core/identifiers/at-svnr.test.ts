import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'at-svnr';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    { input: '1235150390', canonical: '1235150390', country: 'AT', note: 'date part not authoritative' },
    { input: '4564 011205', canonical: '4564011205', note: 'spaced 4+6' },
    { input: '7898290252', canonical: '7898290252', note: 'leap day 29.02.52' },
  ],
  [
    { input: '1236150390', code: 'checksum', note: 'wrong check digit' },
    { input: '1180150390', code: 'checksum', note: 'weighted sum mod 11 = 10: never issued' },
    { input: '0125150390', code: 'range', note: 'first digit 0' },
    { input: '123515039', code: 'length', note: '9 digits' },
  ],
);

describe('at-svnr: details', () => {
  it('accepts substitute dates (month 13–15) without deriving a birth date', () => {
    const result = parse('1235 011390');
    expect(result).toMatchObject({ ok: true, canonical: '1235011390' });
    expect(result.ok && result.birthDate).toBeUndefined();
  });

  it('hides the date part completely and shows only the first two serial digits', () => {
    expect(parse('1235150390')).toMatchObject({ ok: true, masked: '12••••••••' });
  });

  it('recognises 10-digit shapes without a leading zero', () => {
    expect(KIND_SPECS[KIND].looksLike('1235 150390')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('0125150390')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' '],
  // Every weight except the check digit's own is non-zero mod 11, so any one change shows.
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
});
