import type { IdentifierKindSpec, ParseResult, ParseOptions } from './types.ts';
import { digitsOf, fail, isFuture, isoDate, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { weightedSum } from './checksums.ts';
import { KIND_FACTS } from './kind-facts.ts';

const WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];

/** Month field offset / 20 → first year of the century (PESEL encodes 1800–2299 this way). */
const CENTURY_BY_OFFSET = [1900, 2000, 2100, 2200, 1800] as const;

const RULES = {
  noun: 'a PESEL number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [11],
  lengthHint: '11 digits',
};

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput('pesel', input, RULES);
  if (typeof c !== 'string') return c;
  const d = digitsOf(c);
  const monthField = Number(c.slice(2, 4));
  const century = CENTURY_BY_OFFSET[Math.floor(monthField / 20)];
  const month = monthField % 20;
  if (century === undefined || month < 1 || month > 12)
    return fail('pesel', 'date', 'Digits 3–4 are not a month that a PESEL number can contain.');
  const check = (10 - (weightedSum(d, WEIGHTS) % 10)) % 10;
  if (check !== d[10])
    return fail('pesel', 'checksum', 'The check digit does not match: one digit is probably mistyped.');
  const birthDate = isoDate(century + Number(c.slice(0, 2)), month, Number(c.slice(4, 6)));
  if (birthDate === undefined)
    return fail('pesel', 'date', 'The birth date in the first six digits does not exist in the calendar.');
  if (isFuture(birthDate, todayFrom(options)))
    return fail('pesel', 'date', 'The birth date in the first six digits lies in the future.');
  // Default masking keeps only the last two digits, so the birth date is hidden too.
  return ok('pesel', c, { country: 'PL', birthDate });
}

export const pesel: IdentifierKindSpec = {
  ...KIND_FACTS.pesel,
  label: 'PESEL (Poland)',
  // 10,000 serial+sex combinations per birth date × 46,386 days (1900-01-01…2026-12-31).
  validSpace: 463_860_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{11}$/.test(stripSeparators(input)),
  parse,
};
