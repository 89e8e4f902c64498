import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'no-fodselsnummer';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    {
      input: '15039012488',
      canonical: '15039012488',
      birthDate: '1990-03-15',
      country: 'NO',
      note: '000-499 => 1900s',
    },
    {
      input: '011205 61266',
      canonical: '01120561266',
      birthDate: '2005-12-01',
      note: '500-999 + YY 00-39 => 2000s',
    },
    { input: '55039023570', canonical: '55039023570', birthDate: '1990-03-15', note: 'D-number day + 40' },
  ],
  [
    { input: '15039012498', code: 'checksum', note: 'k1 wrong' },
    { input: '15039012489', code: 'checksum', note: 'k2 wrong' },
    { input: '31049012392', code: 'date', note: '1990-04-31 does not exist' },
    { input: '1503901248', code: 'length', note: '10 digits' },
  ],
);

describe('no-fodselsnummer: details', () => {
  it('reads the century from the individual number series', () => {
    expect(parse('15039060067')).toMatchObject({ ok: true, birthDate: '1890-03-15' }); // 500–749, YY ≥ 54
    expect(parse('15034295023')).toMatchObject({ ok: true, birthDate: '1942-03-15' }); // 900–999, YY ≥ 40
  });

  it('rejects individual numbers that no series allows for that year', () => {
    expect(parse('15034560010')).toMatchObject({ ok: false, error: { code: 'range' } }); // 600 with YY 45
    expect(parse('15039080092')).toMatchObject({ ok: false, error: { code: 'range' } }); // 800 with YY 90
  });

  it('accepts H-numbers (month + 40) and rejects test-register numbers (month + 80)', () => {
    expect(parse('15439012460')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
    expect(parse('15813912381')).toMatchObject({ ok: false, error: { code: 'range' } });
    expect(parse('55439012373')).toMatchObject({ ok: false, error: { code: 'date' } }); // D and H at once
  });

  it('rejects a birth date after today', () => {
    expect(parse('15072650082')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('01012650015')).toMatchObject({ ok: true, birthDate: '2026-01-01' });
  });

  it('accepts hyphens and masks the birth date', () => {
    expect(parse('150390-12488')).toMatchObject({ ok: true, masked: '•••••••••88' });
  });

  it('recognises 11-digit shapes only', () => {
    const looksLike = KIND_SPECS[KIND].looksLike;
    expect(looksLike('150390 12488')).toBe(true);
    expect(looksLike('1503901248')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '-'],
  // Every weight of both mod-11 sums is non-zero, so any single change breaks K1 or K2.
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
});
