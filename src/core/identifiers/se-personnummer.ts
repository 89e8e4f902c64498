import type { FailedParse, IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { luhnCheckDigit, mod } from './checksums.ts';
import { checkBirthDate, CHECK_MISMATCH } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'se-personnummer';

const RULES = {
  noun: 'a Swedish personnummer',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits, with a - or + before the last four',
  lengths: [10, 12],
  lengthHint: '10 digits (YYMMDD-NNNC) or 12 digits (YYYYMMDDNNNC)',
};

/**
 * Takes out the `+` separator (written from the year a person turns 100) before the generic
 * separator stripping could lose it, after checking that it sits right before the last four digits.
 */
function takePlus(input: string): { rest: string; plus: boolean } | FailedParse {
  const at = input.indexOf('+');
  if (at < 0) return { rest: input, plus: false };
  if (input.includes('+', at + 1)) return fail(KIND, 'format', 'A personnummer contains at most one + sign.');
  if (!/^[0-9]{4}$/.test(stripSeparators(input.slice(at + 1))))
    return fail(KIND, 'format', 'The + sign belongs right before the last four digits.');
  return { rest: `${input.slice(0, at)} ${input.slice(at + 1)}`, plus: true };
}

/** 10-digit form: the latest year ending in YY not after this year; `+` means 100 years earlier. */
function resolveYear(yy: number, plus: boolean, today: Date): number {
  const thisYear = today.getUTCFullYear();
  const latest = thisYear - mod(thisYear - yy, 100);
  return plus ? latest - 100 : latest;
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const split = input.length > MAX_INPUT_LENGTH ? { rest: input, plus: false } : takePlus(input);
  if ('ok' in split) return split;
  const c = compactInput(KIND, split.rest, RULES);
  if (typeof c !== 'string') return c;
  const today = todayFrom(options);
  const ten = c.slice(-10);
  if (c.length === 12 && !/^(18|19|20)/.test(c))
    return fail(KIND, 'date', 'In the 12-digit form the birth year must start with 18, 19 or 20.');
  if (ten.slice(6, 9) === '000')
    return fail(KIND, 'range', 'The three digits after the birth date are never 000.');
  if (luhnCheckDigit(digitsOf(ten.slice(0, 9))) !== Number(ten[9]))
    return fail(KIND, 'checksum', CHECK_MISMATCH);
  const year =
    c.length === 12 ? Number(c.slice(0, 4)) : resolveYear(Number(c.slice(0, 2)), split.plus, today);
  const dayField = Number(ten.slice(4, 6));
  // Coordination numbers (samordningsnummer) add 60 to the day of birth.
  const day = dayField > 60 ? dayField - 60 : dayField;
  const birthDate = checkBirthDate(
    KIND,
    { year, month: Number(ten.slice(2, 4)), day },
    today,
    'the date part (YYMMDD)',
  );
  if (typeof birthDate !== 'string') return birthDate;
  // Canonical: always 12 digits with the century resolved, so both written forms hash alike.
  return ok(KIND, `${year}${ten.slice(2)}`, { country: 'SE', birthDate });
}

export const sePersonnummer: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Personnummer (Sweden)',
  // Birth numbers 001–999 per date × 46,386 days (1900-01-01…2026-12-31), per national-ids.md.
  // Coordination numbers could double this; they are left out so buckets are sized conservatively.
  validSpace: 46_339_614,
  looksLike: (input) =>
    input.length <= MAX_INPUT_LENGTH && /^([0-9]{2})?[0-9]{6}[-+]?[0-9]{4}$/.test(input.replace(/\s/g, '')),
  parse,
};
