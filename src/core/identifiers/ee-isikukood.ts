import type { IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { weightedSum } from './checksums.ts';
import { checkBirthDate, CHECK_MISMATCH } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'ee-isikukood';
const FIRST_PASS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_PASS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

const RULES = {
  noun: 'an Estonian isikukood',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [11],
  lengthHint: '11 digits (GYYMMDDSSSC)',
};

/** EVS 585 check digit: a second weight set when the first remainder is 10, and 0 if that is 10 too. */
export function eeCheckDigit(first10: readonly number[]): number {
  const first = weightedSum(first10, FIRST_PASS) % 11;
  if (first < 10) return first;
  const second = weightedSum(first10, SECOND_PASS) % 11;
  return second < 10 ? second : 0;
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  const d = digitsOf(c);
  const g = d[0] ?? 0;
  if (g < 1 || g > 8)
    return fail(KIND, 'range', 'The first digit (sex and century) must be between 1 and 8.');
  if (eeCheckDigit(d) !== d[10]) return fail(KIND, 'checksum', CHECK_MISMATCH);
  // 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s, 7/8 = 2100s (odd = male, even = female).
  const year = 1800 + 100 * Math.floor((g - 1) / 2) + Number(c.slice(1, 3));
  const date = { year, month: Number(c.slice(3, 5)), day: Number(c.slice(5, 7)) };
  const birthDate = checkBirthDate(KIND, date, todayFrom(options), 'digits 2–7 (YYMMDD)');
  if (typeof birthDate !== 'string') return birthDate;
  return ok(KIND, c, { country: 'EE', birthDate });
}

export const eeIsikukood: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Isikukood (Estonia)',
  // 1,000 serials per sex = 2,000 per date × 46,386 days (1900-01-01…2026-12-31), national-ids.md.
  validSpace: 92_772_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[1-8][0-9]{10}$/.test(stripSeparators(input)),
  parse,
};
