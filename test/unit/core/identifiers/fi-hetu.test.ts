import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'fi-hetu';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    {
      input: '150390-1239',
      canonical: '150390-1239',
      birthDate: '1990-03-15',
      country: 'FI',
      note: '- sign',
    },
    { input: '011205a612b', canonical: '011205A612B', birthDate: '2005-12-01', note: 'A sign, lower case' },
    { input: '150390Y124A', canonical: '150390Y124A', birthDate: '1990-03-15', note: 'new 1900s sign Y' },
    { input: '010203B568B', canonical: '010203B568B', birthDate: '2003-02-01', note: 'new 2000s sign B' },
  ],
  [
    { input: '150390-123A', code: 'checksum', note: 'wrong check character' },
    { input: '300290-1235', code: 'date', note: '1990-02-30 does not exist' },
    { input: '150390G1239', code: 'format', note: 'G is not a century sign' },
    { input: '150390-123', code: 'length', note: '10 characters' },
  ],
);

describe('fi-hetu: details', () => {
  it('takes the century from the sign, so a leap day depends on it', () => {
    expect(parse('290200A1239')).toMatchObject({ ok: true, birthDate: '2000-02-29' });
    expect(parse('290200-1239')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('010199+123Y')).toMatchObject({ ok: true, birthDate: '1899-01-01' });
  });

  it('keeps the sign in the canonical form (two people may differ only by it)', () => {
    const dash = parse('150390-1239');
    const letter = parse('150390Y1239');
    expect(dash.ok && letter.ok && dash.canonical !== letter.canonical).toBe(true);
  });

  it('accepts temporary numbers 900–999 and rejects 000/001', () => {
    expect(parse('150390V900B')).toMatchObject({ ok: true, birthDate: '1990-03-15' });
    expect(parse('150390-001B')).toMatchObject({ ok: false, error: { code: 'range' } });
  });

  it('never treats - as a separator, but accepts spaces and pasted dash look-alikes', () => {
    expect(parse(' 150390 –1239 ')).toMatchObject({ ok: true, canonical: '150390-1239' });
    expect(parse('15-0390-1239')).toMatchObject({ ok: false });
  });

  it('rejects a birth date after today', () => {
    expect(parse('010726A123Y')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('masks all but the last two characters', () => {
    expect(parse('150390-1239')).toMatchObject({ ok: true, masked: '•••••••••39' });
  });

  it('recognises the HETU shape', () => {
    const looksLike = KIND_SPECS[KIND].looksLike;
    expect(looksLike('150390-1239')).toBe(true);
    expect(looksLike('011205a612b')).toBe(true);
    expect(looksLike('15039012390')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  // - and + are century signs, so only whitespace may be inserted freely.
  separators: [' '],
  caseInsensitive: true,
  // n mod 31 with 31 prime: changing any one digit of DDMMYYZZZ (or the check) always shows.
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 7, 8, 9, 10],
});
