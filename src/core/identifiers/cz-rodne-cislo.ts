import type { IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { decimalMod } from './checksums.ts';
import { checkBirthDate, CHECK_MISMATCH } from './birth-date-check.ts';

const KIND = 'cz-rodne-cislo';

/** Last birth year of the legacy "remainder 10 is written as 0" numbers (issued until about 1985, per DASTA). */
const LAST_LEGACY_YEAR = 1985;

const RULES = {
  noun: 'a rodné číslo',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [9, 10],
  lengthHint: '10 digits (YYMMDD/XXXC), or 9 for births before 1954',
};

/** Month from the month code: men +0 or +20, women +50 or +70 (the +20/+70 codes since 2004). */
function realMonth(field: number): number | undefined {
  for (const offset of [0, 20, 50, 70]) if (field > offset && field <= offset + 12) return field - offset;
  return undefined;
}

/** The whole 10-digit number is divisible by 11, or (old numbers) remainder 10 was written as 0. */
function checkDigitOk(c: string, year: number): boolean {
  const remainder = decimalMod(c.slice(0, 9), 11);
  if (remainder === Number(c.charAt(9))) return true;
  return remainder === 10 && c.charAt(9) === '0' && year <= LAST_LEGACY_YEAR;
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  const yy = Number(c.slice(0, 2));
  const month = realMonth(Number(c.slice(2, 4)));
  if (month === undefined)
    return fail(KIND, 'date', 'Digits 3–4 are not a month code (01–12, 21–32, 51–62 or 71–82).');
  if (c.length === 9 && yy > 53)
    return fail(
      KIND,
      'length',
      'Only people born before 1954 have a 9-digit birth number; later ones have 10 digits.',
    );
  // 9 digits: 1900–1953. 10 digits: YY ≥ 54 is 1954–1999, otherwise 2000–2053.
  const year = c.length === 9 || yy >= 54 ? 1900 + yy : 2000 + yy;
  if (c.length === 10 && !checkDigitOk(c, year)) return fail(KIND, 'checksum', CHECK_MISMATCH);
  const date = { year, month, day: Number(c.slice(4, 6)) };
  const birthDate = checkBirthDate(KIND, date, todayFrom(options), 'the first six digits (YYMMDD)');
  if (typeof birthDate !== 'string') return birthDate;
  return ok(KIND, c, { country: 'CZ', birthDate });
}

export const czRodneCislo: IdentifierKindSpec = {
  kind: KIND,
  category: 'national-id',
  country: 'CZ',
  label: 'Rodné číslo (Czechia / Slovakia)',
  // Two usual month codes (men, women) per date over 1900-01-01…2026-12-31: 1,000 serials each for
  // 9-digit numbers (1900–1953, 19,723 days) and for 1954–1985 (11,688 days, remainder-10 numbers
  // included), ~909 each from 1986 (14,975 days). The rare +20/+70 codes are left out.
  validSpace: 90_049_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{9,10}$/.test(stripSeparators(input)),
  parse,
};
