import { describe, expect, it } from 'vitest';
import { assert, constantFrom, array, oneof, property, string } from 'fast-check';
import {
  detectKinds,
  type DetectOptions,
  type IdentifierKind,
} from '../../../../src/core/identifiers/index.ts';
import { TODAY } from './vector-table.ts';

const base: DetectOptions = { today: TODAY };

/** Position of a kind in the result; fails loudly when it is missing. */
function rank(kinds: IdentifierKind[], kind: IdentifierKind): number {
  const i = kinds.indexOf(kind);
  if (i < 0) throw new Error(`${kind} missing from ${kinds.join(', ')}`);
  return i;
}

describe('detectKinds: ranking table', () => {
  it.each<[string, DetectOptions, IdentifierKind[]]>([
    ['jane@example.org', { countries: ['PL'] }, ['email']],
    ['+44 20 7946 0123', { countries: ['PL'] }, ['phone']],
    ['+48 900 315 123', { countries: ['PL'] }, ['phone']],
    ['Jane Doe <jane@example', {}, ['email']],
    ['', {}, []],
    ['   ', {}, []],
    ['correct horse battery staple', {}, ['password']],
  ])('%j → exactly %j', (input, options, expected) => {
    expect(detectKinds(input, { ...base, ...options })).toEqual(expected);
  });

  it.each<[string, string, DetectOptions, IdentifierKind]>([
    ['00 works like +', '0044 20 7946 0123', { countries: ['PL'] }, 'phone'],
    ['a national number needs the default region', '(201) 555-0123', { defaultPhoneRegion: 'US' }, 'phone'],
    ['the NINO letter pattern', 'CE 12 34 56 A', { countries: ['PL'] }, 'nino'],
    ['PESEL ∩ isikukood, Polish user', '10301244076', { countries: ['PL'] }, 'pesel'],
    ['PESEL ∩ isikukood, Estonian user', '10301244076', { countries: ['EE'] }, 'ee-isikukood'],
    ['PESEL ∩ RRN, Belgian user', '25021846251', { countries: ['be'] }, 'be-rrn'],
    ['PESEL ∩ RRN, Polish user', '25021846251', { countries: ['PL'] }, 'pesel'],
    ['BSN ∩ SSN, no countries: the check digit wins', '202145669', {}, 'bsn'],
    ['BSN ∩ SSN, American user', '202-14-5669', { countries: ['US'] }, 'ssn'],
    ['CPR ∩ NHS, no countries: the check digit wins', '2101661500', {}, 'nhs'],
    ['CPR ∩ NHS, Danish user', '210166-1500', { countries: ['DK'] }, 'cpr'],
    ['CPR ∩ NHS, British user', '210 166 1500', { countries: ['GB'] }, 'nhs'],
    [
      'a valid PESEL beats the user’s own kind that only has the shape',
      '90031512348',
      { countries: ['NO'] },
      'pesel',
    ],
  ])('%s: %j → %s first', (_why, input, options, first) => {
    expect(detectKinds(input, { ...base, ...options })[0]).toBe(first);
  });

  it('keeps every plausible kind of an ambiguous number, not just the best', () => {
    const kinds = detectKinds('10301244076', { ...base, countries: ['PL'] });
    expect(rank(kinds, 'pesel')).toBeLessThan(rank(kinds, 'ee-isikukood'));
  });

  it('lists a mistyped number of the user’s country, but after kinds that parse', () => {
    const kinds = detectKinds('90031512349', { ...base, countries: ['PL'] });
    expect(kinds).toContain('pesel');
    expect(kinds).not.toContain('password');
  });

  it('ranks a valid phone above structure-only kinds when the region says so', () => {
    const kinds = detectKinds('202-555-0123', { ...base, defaultPhoneRegion: 'US', countries: ['US'] });
    expect(kinds[0]).toBe('phone');
  });

  it('never offers password next to another kind', () => {
    for (const input of ['jane@example.org', '+44 20 7946 0123', '90031512348', 'CE123456A'])
      expect(detectKinds(input, base)).not.toContain('password');
  });
});

describe('detectKinds: robustness', () => {
  it('never throws and only returns known kinds, whatever the input', () => {
    assert(
      property(
        oneof(string(), string({ unit: 'grapheme' }), string({ unit: 'binary' })),
        array(constantFrom('PL', 'DK', 'NL', 'GB', 'US', 'xx', ''), { maxLength: 3 }),
        constantFrom(undefined, 'GB', 'US', 'zz'),
        (input, countries, region) => {
          const options: DetectOptions =
            region === undefined ? { countries } : { countries, defaultPhoneRegion: region };
          const kinds = detectKinds(input, { ...base, ...options });
          expect(new Set(kinds).size).toBe(kinds.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('handles a megabyte of input', () => {
    expect(detectKinds('7'.repeat(1_000_000), base)).toEqual([]);
    expect(detectKinds('@'.repeat(1_000_000), base)).toEqual([]);
  });
});
