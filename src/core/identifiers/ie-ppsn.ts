import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { weightedSum } from './checksums.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'ie-ppsn';
const CHECK_LETTERS = 'WABCDEFGHIJKLMNOPQRSTUV';
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2];

const RULES = {
  noun: 'a PPS number',
  charset: /^[0-9A-Z]+$/,
  charsetHint: 'only digits and letters',
  lengths: [8, 9],
  lengthHint: '7 digits and one or two letters',
};

/** Value of the second letter in the check: none or W count 0, otherwise A = 1 … Z = 26. */
const secondLetterValue = (letter: string): number =>
  letter === '' || letter === 'W' ? 0 : letter.charCodeAt(0) - 64;

/** The check letter (position 8) for the 7 digits and a second-letter value. */
export function ppsnCheckLetter(digits7: string, secondValue: number): string {
  return CHECK_LETTERS.charAt((weightedSum(digitsOf(digits7), WEIGHTS) + 9 * secondValue) % 23);
}

function parse(input: string): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  if (!/^[0-9]{7}[A-Z]{1,2}$/.test(c))
    return fail(
      KIND,
      'format',
      'A PPS number is 7 digits followed by a check letter and sometimes a second letter.',
    );
  const second = c.charAt(8);
  const matches = ppsnCheckLetter(c.slice(0, 7), secondLetterValue(second)) === c.charAt(7);
  // Old T and X suffixes (extra employments) were not part of the check: the core validates alone.
  const legacySuffix =
    (second === 'T' || second === 'X') && ppsnCheckLetter(c.slice(0, 7), 0) === c.charAt(7);
  if (!matches && !legacySuffix)
    return fail(KIND, 'checksum', 'The check letter does not match: one character is probably mistyped.');
  return ok(KIND, c, { country: 'IE' });
}

export const iePpsn: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'PPS number (Ireland)',
  // 10^7 per second-letter series (national-ids.md). Counted: the pre-2013 series (no second
  // letter) and the A series in use since 2013; W and later letters are rarer and left out.
  validSpace: 20_000_000,
  looksLike: (input) =>
    input.length <= MAX_INPUT_LENGTH && /^[0-9]{7}[A-Z]{1,2}$/.test(stripSeparators(input).toUpperCase()),
  parse,
};
