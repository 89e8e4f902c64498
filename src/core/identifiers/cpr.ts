import type { IdentifierKindSpec, ParseResult, ParseOptions } from './types.ts';
import { digitsOf, fail, isFuture, isoDate, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { weightedSum } from './checksums.ts';
import { KIND_FACTS } from './kind-facts.ts';

const RULES = {
  noun: 'a CPR number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [10],
  lengthHint: '10 digits (DDMMYY-SSSS)',
};

/** Birth year from the 7th digit and the two-digit year, per the CPR office's century table. */
export function cprBirthYear(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/**
 * Whether the number passes the old modulus-11 test. Informational only: since October 2007 the
 * CPR office issues numbers that fail it, and they are fully valid, so parsing never checks it.
 */
export function cprPassesLegacyMod11(canonical: string): boolean {
  return (
    /^[0-9]{10}$/.test(canonical) &&
    weightedSum(digitsOf(canonical), [4, 3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0
  );
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput('cpr', input, RULES);
  if (typeof c !== 'string') return c;
  const year = cprBirthYear(Number(c[6]), Number(c.slice(4, 6)));
  const birthDate = isoDate(year, Number(c.slice(2, 4)), Number(c.slice(0, 2)));
  if (birthDate === undefined)
    return fail(
      'cpr',
      'date',
      'The birth date in the first six digits (DDMMYY) does not exist in the calendar.',
    );
  if (isFuture(birthDate, todayFrom(options)))
    return fail('cpr', 'date', 'With this 7th digit the birth date would lie in the future.');
  return ok('cpr', c, { country: 'DK', birthDate });
}

export const cpr: IdentifierKindSpec = {
  ...KIND_FACTS.cpr,
  label: 'CPR number (Denmark)',
  // Without mod 11 every serial is possible: 4,000 per date in 1900–1936, 6,000 in 1937–2026
  // (13,514 days × 4,000 + 32,872 days × 6,000).
  validSpace: 251_288_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{10}$/.test(stripSeparators(input)),
  parse,
};
