import { describe, expect, it } from 'vitest';
import { KIND_SPECS, parseIdentifier } from '../../../../src/core/identifiers/index.ts';
import { describeKindProperties } from './property-suite.ts';
import { describeVectors, TODAY } from './vector-table.ts';

const KIND = 'ie-ppsn';
const parse = (input: string) => parseIdentifier(KIND, input, { today: TODAY });

describeVectors(
  KIND,
  [
    { input: '7654321G', canonical: '7654321G', country: 'IE', note: 'classic 7 digits + check letter' },
    { input: '8765432ea', canonical: '8765432EA', note: '2013+ second letter A, lower case' },
    { input: '2468024 SW', canonical: '2468024SW', note: 'legacy W suffix, spaced' },
  ],
  [
    { input: '7654321A', code: 'checksum', note: 'wrong check letter' },
    { input: '8765432AA', code: 'checksum', note: 'wrong check letter for A suffix' },
    { input: '765432A', code: 'length', note: '6 digits' },
  ],
);

describe('ie-ppsn: details', () => {
  it('weighs later second letters (B = 2) into the check', () => {
    expect(parse('1234567OB')).toMatchObject({ ok: true, canonical: '1234567OB' });
    expect(parse('1234567TB')).toMatchObject({ ok: false, error: { code: 'checksum' } });
  });

  it('accepts historic T/X suffixes on a core that validates alone, and T as a weighted letter', () => {
    expect(parse('1234567TT')).toMatchObject({ ok: true, canonical: '1234567TT' });
    expect(parse('1234567PT')).toMatchObject({ ok: true, canonical: '1234567PT' });
  });

  it('rejects shapes that are not 7 digits and letters', () => {
    expect(parse('123456AB7')).toMatchObject({ ok: false, error: { code: 'format' } });
  });

  it('carries no birth date and masks all but the last two characters', () => {
    const result = parse('8765432EA');
    expect(result).toMatchObject({ ok: true, masked: '•••••••EA' });
    expect(result.ok && result.birthDate).toBeUndefined();
  });

  it('recognises PPSN shapes', () => {
    expect(KIND_SPECS[KIND].looksLike('2468024 sw')).toBe(true);
    expect(KIND_SPECS[KIND].looksLike('765432A')).toBe(false);
  });
});

describeKindProperties(KIND, {
  parseOptions: { today: TODAY },
  separators: [' ', '-'],
  caseInsensitive: true,
  // Weights 8..2 times a change of 1–9 is never a multiple of 23.
  singleSubstitutionDetectedAt: [0, 1, 2, 3, 4, 5, 6],
});
