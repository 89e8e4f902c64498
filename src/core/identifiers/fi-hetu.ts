import type { IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { fail, ok } from './text.ts';
import { todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { checkBirthDate } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'fi-hetu';
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Century signs, including the letters in use since 2023 (Government Decree on the HETU reform). */
const CENTURY_BY_SIGN: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  U: 1900,
  V: 1900,
  W: 1900,
  X: 1900,
  Y: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

/**
 * Upper case without whitespace. `-` and `+` are century signs here, never separators, so only
 * dash look-alikes pasted from word processors are turned into `-`.
 */
const compact = (input: string): string =>
  input
    .replace(/\s/g, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toUpperCase();

function parse(input: string, options?: ParseOptions): ParseResult {
  if (input.length > MAX_INPUT_LENGTH)
    return fail(KIND, 'length', 'This is far too long: a henkilötunnus has 11 characters.');
  const c = compact(input);
  if (c === '') return fail(KIND, 'empty', 'Enter a henkilötunnus.');
  if (!/^[0-9A-Z+-]+$/.test(c))
    return fail(KIND, 'charset', 'A henkilötunnus contains only digits, letters and a - or + century sign.');
  if (c.length !== 11)
    return fail(
      KIND,
      'length',
      `A henkilötunnus has 11 characters (DDMMYYCZZZQ), but ${c.length} were entered.`,
    );
  if (!/^[0-9]{6}.[0-9]{3}[0-9A-Z]$/.test(c))
    return fail(
      KIND,
      'format',
      'Expected six date digits, a century sign, three digits and a check character.',
    );
  const century = CENTURY_BY_SIGN[c.charAt(6)];
  if (century === undefined)
    return fail(KIND, 'format', 'The 7th character must be a century sign: +, - or U–Y, or A–F.');
  if (Number(c.slice(7, 10)) < 2)
    return fail(KIND, 'range', 'The individual number (digits after the century sign) is never 000 or 001.');
  if (CHECK_CHARACTERS[Number(c.slice(0, 6) + c.slice(7, 10)) % 31] !== c.charAt(10))
    return fail(KIND, 'checksum', 'The check character does not match: one character is probably mistyped.');
  const date = {
    year: century + Number(c.slice(4, 6)),
    month: Number(c.slice(2, 4)),
    day: Number(c.slice(0, 2)),
  };
  const birthDate = checkBirthDate(KIND, date, todayFrom(options), 'the first six digits (DDMMYY)');
  if (typeof birthDate !== 'string') return birthDate;
  // Canonical keeps the century sign: since 2023 two people can differ only by it.
  return ok(KIND, c, { country: 'FI', birthDate });
}

export const fiHetu: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Henkilötunnus (Finland)',
  // 998 individual numbers (002–999) per date × 46,386 days (1900-01-01…2026-12-31) with the
  // classic signs (- and A). The 2023 letters could add up to 5× more; left out to stay conservative.
  validSpace: 46_293_228,
  looksLike: (input) =>
    input.length <= MAX_INPUT_LENGTH && /^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-Z]$/.test(compact(input)),
  parse,
};
