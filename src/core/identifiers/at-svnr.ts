import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { weightedSum } from './checksums.ts';
import { CHECK_MISMATCH } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'at-svnr';
/** Weight 0 sits on the check digit itself (4th position). */
const WEIGHTS = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];

const RULES = {
  noun: 'an Austrian social insurance number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [10],
  lengthHint: '10 digits (NNNC DDMMYY)',
};

function parse(input: string): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  if (c.charAt(0) === '0')
    return fail(
      KIND,
      'range',
      'The serial number (first three digits) starts at 100, so it never begins with 0.',
    );
  const d = digitsOf(c);
  const check = weightedSum(d, WEIGHTS) % 11;
  if (check === 10)
    return fail(
      KIND,
      'checksum',
      'No number is issued with this serial and date (its check digit would be 10): one digit is probably mistyped.',
    );
  if (check !== d[3]) return fail(KIND, 'checksum', CHECK_MISMATCH);
  // The last six digits are usually DDMMYY, but substitute dates (month 13–15) exist and the
  // century is not written, so the date is neither checked nor reported. It is personal data
  // though, so the mask shows only the first two serial digits.
  return ok(KIND, c, { country: 'AT', masked: `${c.slice(0, 2)}${'•'.repeat(8)}` });
}

export const atSvnr: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Social insurance number (Austria)',
  // Serials 100–999 of which ~10/11 have a usable check digit (~818) per DDMMYY, × 36,525 dates
  // a century can write ≈ 3.0×10^7 (national-ids.md). Substitute dates add little.
  validSpace: 29_884_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[1-9][0-9]{9}$/.test(stripSeparators(input)),
  parse,
};
