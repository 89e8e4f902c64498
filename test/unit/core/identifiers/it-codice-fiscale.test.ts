import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'it-codice-fiscale';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

// The century is not encoded, so the birth date comes back as --YY-MM-DD (national-ids.md).
describeVectors(
  KIND,
  [
    {
      input: 'VRDGPP70A01H501S',
      canonical: 'VRDGPP70A01H501S',
      country: 'IT',
      note: 'male, Roma',
    },
    {
      input: 'bnclra92e52f205y',
      canonical: 'BNCLRA92E52F205Y',
      note: 'female day + 40, lower case',
    },
    {
      input: 'VRDGPP70A01H50MK',
      canonical: 'VRDGPP70A01H50MK',
      note: 'omocodia 1 -> M',
    },
  ],
  [
    { input: 'VRDGPP70A01H501A', code: 'checksum', note: 'wrong check character' },
    { input: 'BNCLRA92B70F205N', code: 'date', note: '30 February (check correct)' },
    { input: 'VRDGPP70A01H501', code: 'length', note: '15 characters' },
  ],
);

describe('it-codice-fiscale: details', () => {
  it('decodes the date through any level of omocodia and keeps the omocode as canonical', () => {
    expect(parse('VRDGPP70A01H5MMW')).toMatchObject({ ok: true, canonical: 'VRDGPP70A01H5MMW' });
    expect(parse('VRDGPP70A01HRLMQ')).toMatchObject({ ok: true });
    expect(parse('VRDGPPTLALMHRLMB')).toMatchObject({ ok: true });
  });

  it('rejects letters in digit places that skip the right-to-left omocodia order', () => {
    expect(parse('VRDGPP70A01H5L1D')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('accepts 29 February, since the year may be a leap year', () => {
    expect(parse('BNCLRA00B69F205K')).toMatchObject({ ok: true });
  });

  it('rejects month letters and day fields that cannot occur (check letter correct)', () => {
    expect(parse('VRDGPP70F01H501E')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('VRDGPP70A32H501A')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('VRDGPP70A00H501T')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('rejects digits in the name part', () => {
    expect(parse('VRD1PP70A01H501S')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('accepts spaces and masks all but the last two characters', () => {
    expect(parse('VRD GPP 70A01 H501S')).toMatchObject({ ok: true, masked: '••••••••••••••1S' });
  });

  it('recognises the 16-character shape', () => {
    expect(KIND_SPECS[KIND].looksLike('bnclra92e52f205y')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('VRDGPP70A01H501')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' '],
  caseInsensitive: true,
  // Odd-table values of 0–9 are distinct and even-table values are the digits, so changing one digit
  // always changes the sum mod 26.
  singleSubstitutionDetectedAt: [6, 7, 9, 10, 12, 13, 14],
});
