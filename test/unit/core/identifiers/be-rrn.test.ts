import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'be-rrn';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    {
      input: '90.03.15-123.77',
      canonical: '90031512377',
      birthDate: '1990-03-15',
      country: 'BE',
      note: 'dotted',
    },
    {
      input: '05120145623',
      canonical: '05120145623',
      birthDate: '2005-12-01',
      note: 'born 2000+: 2 prefixed',
    },
    {
      input: '90431512465',
      canonical: '90431512465',
      birthDate: '1990-03-15',
      note: 'bis number month + 40',
    },
  ],
  [
    { input: '90031512378', code: 'checksum', note: 'wrong check' },
    { input: '90023012308', code: 'date', note: '1990-02-30 does not exist' },
    { input: '0031512377', code: 'length', note: '10 digits' },
  ],
);

describe('be-rrn: details', () => {
  it('takes the century from whichever check formula matches', () => {
    expect(parse('00022912320')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parse('00022912388')).toMatchObject({ ok: false, error: { code: 'date' } }); // 1900-02-29
  });

  it('accepts bis numbers with month + 20 (sex unknown)', () => {
    expect(parse('90231512323')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
  });

  it('accepts an unknown birth date (00) without deriving one, but not a future year', () => {
    const unknown = parse('90000012321');
    expect(unknown).toMatchObject({ ok: true, canonical: '90000012321' });
    expect(unknown.ok && unknown.birthDate).toBeUndefined();
    expect(parse('00000012303')).toMatchObject({ ok: true });
    expect(parse('27000012385')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('rejects serials 000 and 999 even with a correct check', () => {
    expect(parse('90031500006')).toMatchObject({ ok: false, error: { code: 'range' } });
    expect(parse('90031599974')).toMatchObject({ ok: false, error: { code: 'range' } });
  });

  it('rejects month and day codes that cannot occur, and future dates', () => {
    expect(parse('90131512350')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('90033212352')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('26071512351')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('masks all but the last two digits', () => {
    expect(parse('90.03.15-123.77')).toMatchObject({ ok: true, masked: '•••••••••77' });
  });

  it('recognises 11-digit shapes', () => {
    expect(KIND_SPECS[KIND].looksLike('90.03.15-123.77')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('90.03.15-123.7')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '.', '-'],
  // mod 97 catches every single change, except that lowering the second year digit by 6 can turn a
  // 1900s number into a valid 2000s one (and raising it by 6 the reverse), so position 1 is left out.
  singleSubstitutionDetectedAt: [0, 2, 3, 4, 5, 6, 7, 8, 9, 10],
});
