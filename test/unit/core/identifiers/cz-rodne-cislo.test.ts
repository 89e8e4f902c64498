import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'cz-rodne-cislo';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    { input: '900315/1234', canonical: '9003151234', birthDate: '1990-03-15', country: 'CZ', note: 'male' },
    { input: '9053154561', canonical: '9053154561', birthDate: '1990-03-15', note: 'female month + 50' },
    { input: '450315/123', canonical: '450315123', birthDate: '1945-03-15', note: '9 digits before 1954' },
  ],
  [
    { input: '900315/1235', code: 'checksum', note: 'not divisible by 11' },
    { input: '900230/1231', code: 'date', note: '1990-02-30 does not exist' },
    { input: '650315/123', code: 'length', note: '9 digits only before 1954' },
    { input: '90031512', code: 'length', note: '8 digits' },
  ],
);

describe('cz-rodne-cislo: details', () => {
  it('accepts the +20 (men) and +70 (women) month codes', () => {
    expect(parse('902315/1236')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
    expect(parse('907315/1230')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
    expect(parse('901315/1235')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('reads 10-digit numbers with YY ≤ 53 as 2000s and rejects future dates', () => {
    expect(parse('250315/1233')).toMatchObject({ ok: true, birthDate: '2025-03-15' });
    expect(parse('260715/1239')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('accepts the legacy remainder-10-as-0 check only for births up to 1985', () => {
    expect(parse('800315/0090')).toMatchObject({ ok: true, birthDate: '1980-03-15' });
    expect(parse('900315/0080')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  it('masks the birth date and keeps the last two digits', () => {
    expect(parse('900315/1234')).toMatchObject({ ok: true, masked: '••••••••34' });
  });

  it('recognises 9- and 10-digit shapes', () => {
    expect(KIND_SPECS[KIND].looksLike('900315/1234')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('450315/123')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('90031512')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '/'],
  // Divisibility by 11 catches any changed digit, except that the legacy remainder-10-as-0 rule can
  // hide a change for pre-1986 numbers and 9-digit numbers have no check: only the check digit is sure.
  singleSubstitutionDetectedAt: [9],
});
