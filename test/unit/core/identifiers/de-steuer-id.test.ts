import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'de-steuer-id';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    { input: '12345678911', canonical: '12345678911', country: 'DE', note: 'digit 1 twice, 0 missing' },
    { input: '31 415 926 709', canonical: '31415926709', note: 'spaced 2-3-3-3' },
    { input: '52518376948', canonical: '52518376948', note: 'digit 5 three times, not in a row' },
  ],
  [
    { input: '12345678912', code: 'checksum', note: 'wrong check digit' },
    { input: '12345678903', code: 'format', note: 'all 10 digits distinct' },
    { input: '02345678910', code: 'range', note: 'leading zero' },
    { input: '1234567891', code: 'length', note: '10 digits' },
  ],
);

describe('de-steuer-id: details', () => {
  it('allows a doubled digit in a row and a triple with at most two in a row', () => {
    expect(parse('11234567890')).toMatchObject({ ok: true });
    expect(parse('11213456783')).toMatchObject({ ok: true });
    expect(parse('11234567816')).toMatchObject({ ok: true });
  });

  it('rejects a triple that stands all in a row (check digit correct)', () => {
    expect(parse('11123456786')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('accepts slashes and masks all but the last two digits', () => {
    expect(parse('12/345/678/911')).toMatchObject({ ok: true, masked: '•••••••••11' });
  });

  it('recognises 11-digit shapes without a leading zero', () => {
    expect(KIND_SPECS[KIND].looksLike('31 415 926 709')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('02345678910')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '/'],
  // ISO 7064 MOD 11,10 detects every single-digit substitution.
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
});
