import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'se-personnummer';
const parse = (input: string, today: Date = TODAY) => parseIdentifier(KIND, input, { today });

describeVectors(
  KIND,
  [
    {
      input: '900315-1231',
      canonical: '199003151231',
      birthDate: '1990-03-15',
      country: 'SE',
      note: '10-digit with -',
    },
    {
      input: '200101+2349',
      canonical: '192001012349',
      birthDate: '1920-01-01',
      note: '+ separator: aged 100+',
    },
    {
      input: '198505752462',
      canonical: '198505752462',
      birthDate: '1985-05-15',
      note: 'coordination number, 12 digits',
    },
  ],
  [
    { input: '900315-1232', code: 'checksum', note: 'Luhn check fails' },
    { input: '900230-1233', code: 'date', note: '1990-02-30 does not exist' },
    { input: '900315-123', code: 'length', note: '9 digits' },
  ],
);

describe('se-personnummer: details', () => {
  it('gives every written form of one number the same canonical string', () => {
    const forms = ['9003151231', '900315 1231', '19900315-1231', '199003151231', ' 19900315 1231 '];
    for (const form of forms) expect(parse(form)).toMatchObject({ ok: true, canonical: '199003151231' });
  });

  it('resolves the century of the 10-digit form relative to today', () => {
    expect(parse('200101-2349')).toMatchObject({ ok: true, canonical: '202001012349' });
    // In 2019 the latest year ending in 20 was 1920, and + then means 1820.
    const in2019 = new Date('2019-06-15T12:00:00Z');
    expect(parse('200101-2349', in2019)).toMatchObject({ ok: true, birthDate: '1920-01-01' });
    expect(parse('200101+2349', in2019)).toMatchObject({ ok: true, birthDate: '1820-01-01' });
  });

  it('ignores a + in the 12-digit form, whose century is explicit', () => {
    expect(parse('19200101+2349')).toMatchObject({ ok: true, canonical: '192001012349' });
  });

  it('reads the + before stripping separators, and only right before the last four digits', () => {
    expect(parse('200101 + 2349')).toMatchObject({ ok: true, canonical: '192001012349' });
    expect(parse('2001+012349')).toMatchObject({ ok: false, error: { code: 'format' } });
    expect(parse('200101++2349')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('masks the date part and keeps only the last two digits', () => {
    expect(parse('900315-1231')).toMatchObject({ ok: true, masked: '••••••••••31' });
  });

  it('rejects birth number 000 even with a correct check digit', () => {
    expect(parse('900315-0001')).toMatchObject({ ok: false, error: { code: 'range' } });
  });

  it('rejects a day 00, a future date and a 12-digit year before 1800', () => {
    expect(parse('900300-1238')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('20260701-1232')).toMatchObject({ ok: false, error: { code: 'date' } });
    expect(parse('17050101-1233')).toMatchObject({ ok: false, error: { code: 'date' } });
  });

  it('rejects letters with a charset error', () => {
    expect(parse('900315-12A1')).toMatchObject({ ok: false, error: { code: 'charset' } });
  });

  it('recognises the shapes people type', () => {
    const looksLike = KIND_SPECS[KIND].looksLike;
    for (const s of ['900315-1231', '200101+2349', '19900315 1231', '198505752462'])
      expect(looksLike(s)).toBe(true);
    for (const s of ['90031-51231', 'abc', '1'.repeat(300)]) expect(looksLike(s)).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '-'],
  // Luhn over the 10-digit form catches every single substitution; the century digits are outside it.
  singleSubstitutionDetectedAt: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
});
