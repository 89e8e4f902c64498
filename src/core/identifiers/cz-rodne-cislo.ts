import type { IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { decimalMod } from './checksums.ts';
import { checkBirthDate, CHECK_MISMATCH } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'cz-rodne-cislo';

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

/**
 * The whole 10-digit number is divisible by 11, or remainder 10 was written as 0. DASTA says the
 * remainder-10 numbers were issued until about 1985, but a few were issued later and are held by real
 * people (python-stdnum accepts them in every year since a report from the field), so no year limit.
 */
function checkDigitOk(c: string): boolean {
  const remainder = decimalMod(c.slice(0, 9), 11);
  return remainder % 10 === Number(c.charAt(9));
}

/**
 * 9 digits: 1900–1953, or 1880–1899 for people born in the 19th century who were alive when numbers
 * were first issued (YY 80–99); YY 54–79 cannot be a 9-digit number. 10 digits: YY ≥ 54 is
 * 1954–1999, otherwise 2000–2053. Undefined when no year fits.
 */
function birthYear(yy: number, length: number): number | undefined {
  if (length === 10) return yy >= 54 ? 1900 + yy : 2000 + yy;
  if (yy <= 53) return 1900 + yy;
  return yy >= 80 ? 1800 + yy : undefined;
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  const yy = Number(c.slice(0, 2));
  const month = realMonth(Number(c.slice(2, 4)));
  if (month === undefined)
    return fail(KIND, 'date', 'Digits 3–4 are not a month code (01–12, 21–32, 51–62 or 71–82).');
  const year = birthYear(yy, c.length);
  if (year === undefined)
    return fail(
      KIND,
      'length',
      'Only people born before 1954 have a 9-digit birth number; later ones have 10 digits.',
    );
  if (c.length === 10 && !checkDigitOk(c)) return fail(KIND, 'checksum', CHECK_MISMATCH);
  const date = { year, month, day: Number(c.slice(4, 6)) };
  const birthDate = checkBirthDate(KIND, date, todayFrom(options), 'the first six digits (YYMMDD)');
  if (typeof birthDate !== 'string') return birthDate;
  return ok(KIND, c, { country: 'CZ', birthDate });
}

export const czRodneCislo: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Rodné číslo (Czechia / Slovakia)',
  // Two usual month codes (men, women) per date, 1,000 serials each (remainder-10 numbers included in
  // every year): 9-digit numbers over 1880–1899 and 1900–1953 (7,305 + 19,723 days), 10-digit ones over
  // 1954-01-01…2026-12-31 (26,663 days). The rare +20/+70 codes are left out.
  validSpace: 107_382_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{9,10}$/.test(stripSeparators(input)),
  parse,
};
