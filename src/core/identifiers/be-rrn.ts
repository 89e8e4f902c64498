import type { IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { decimalMod } from './checksums.ts';
import { checkBirthDate, CHECK_MISMATCH } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'be-rrn';

const RULES = {
  noun: 'a Belgian national register number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [11],
  lengthHint: '11 digits (YY.MM.DD-SSS.CC)',
};

/** Month 00–12 as written; bis numbers add 20 (sex unknown at assignment) or 40 (sex known). */
function realMonth(field: number): number | undefined {
  for (const offset of [0, 20, 40]) if (field >= offset && field <= offset + 12) return field - offset;
  return undefined;
}

/**
 * The century is not written anywhere: for births from 2000 the check is computed over the nine
 * digits with a `2` in front, so whichever of the two formulas matches tells the century.
 */
function centuryFromCheck(c: string): number | undefined {
  const check = Number(c.slice(9));
  if (97 - decimalMod(c.slice(0, 9), 97) === check) return 1900;
  if (97 - decimalMod(`2${c.slice(0, 9)}`, 97) === check) return 2000;
  return undefined;
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  const month = realMonth(Number(c.slice(2, 4)));
  const day = Number(c.slice(4, 6));
  if (month === undefined || day > 31)
    return fail(KIND, 'date', 'Digits 3–6 are not a month and day that this number can contain.');
  const serial = Number(c.slice(6, 9));
  if (serial === 0 || serial === 999)
    return fail(KIND, 'range', 'The serial number (digits 7–9) is never 000 or 999.');
  const century = centuryFromCheck(c);
  if (century === undefined) return fail(KIND, 'checksum', CHECK_MISMATCH);
  const year = century + Number(c.slice(0, 2));
  const today = todayFrom(options);
  // Month or day 00 stands for an unknown birth date: only the year can be checked.
  if (month === 0 || day === 0) {
    if (year > today.getUTCFullYear())
      return fail(KIND, 'date', 'The birth year in the first two digits lies in the future.');
    return ok(KIND, c, { country: 'BE' });
  }
  const birthDate = checkBirthDate(KIND, { year, month, day }, today, 'the first six digits (YYMMDD)');
  if (typeof birthDate !== 'string') return birthDate;
  return ok(KIND, c, { country: 'BE', birthDate });
}

export const beRrn: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'National register number (Belgium)',
  // Serials 001–998 per date × 46,386 days (1900-01-01…2026-12-31), per national-ids.md. Bis
  // numbers could triple this; they are left out so buckets are sized conservatively.
  validSpace: 46_293_228,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{11}$/.test(stripSeparators(input)),
  parse,
};
