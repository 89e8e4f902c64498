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
    {
      input: '850315/123',
      canonical: '850315123',
      birthDate: '1885-03-15',
      note: '9 digits, born in the 1880s',
    },
    {
      input: '9003150080',
      canonical: '9003150080',
      birthDate: '1990-03-15',
      note: 'remainder 10 written as 0 after 1985',
    },
  ],
  [
    { input: '900315/1235', code: 'checksum', note: 'not divisible by 11' },
    { input: '900230/1231', code: 'date', note: '1990-02-30 does not exist' },
    { input: '650315/123', code: 'length', note: '9 digits only before 1954' },
    { input: '790315/123', code: 'length', note: '9 digits: YY 54–79 is no possible birth year' },
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

  // python-stdnum (cz/rc.py) takes the check digit as (first nine digits mod 11) mod 10 for every year:
  // a few remainder-10 numbers were still issued after 1985, and real people hold them.
  it('accepts remainder 10 written as 0 in any year, and nothing else for remainder 10', () => {
    expect(parse('800315/0090')).toMatchObject({ ok: true, birthDate: '1980-03-15' });
    expect(parse('900315/0080')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
    expect(parse('100315/0050')).toMatchObject({ ok: true, birthDate: '2010-03-15' });
    expect(parse('900315/0081')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  // People born in the 1800s who were alive in 1954 got 9-digit numbers too; python-stdnum reads
  // YY 80–99 of a 9-digit number as 1880–1899, and YY 54–79 as impossible.
  it('reads 9-digit numbers with YY 80–99 as the 1880s and 1890s', () => {
    expect(parse('990315/123')).toMatchObject({ ok: true, birthDate: '1899-03-15' });
    expect(parse('880229/123')).toMatchObject({ ok: true, birthDate: '1888-02-29' });
    expect(parse('890229/123')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('540315/123')).toMatchObject({ ok: false, error: { code: 'length' } });
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
