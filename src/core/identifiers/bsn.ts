import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { weightedSum } from './checksums.ts';
import { KIND_FACTS } from './kind-facts.ts';

/** The "elfproef": the −1 on the last digit is what sets the BSN apart from the bank-account test. */
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1];

const RULES = {
  noun: 'a BSN',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [8, 9],
  lengthHint: '9 digits (older ones are sometimes written with 8)',
};

function parse(input: string): ParseResult {
  const c = compactInput('bsn', input, RULES);
  if (typeof c !== 'string') return c;
  // An 8-digit BSN is a 9-digit one whose leading zero was dropped.
  const canonical = c.padStart(9, '0');
  if (/^0+$/.test(canonical)) return fail('bsn', 'range', 'A BSN made only of zeros is never issued.');
  if (weightedSum(digitsOf(canonical), WEIGHTS) % 11 !== 0)
    return fail('bsn', 'checksum', 'The 11-test (elfproef) fails: one digit is probably mistyped.');
  return ok('bsn', canonical, { country: 'NL' });
}

export const bsn: IdentifierKindSpec = {
  ...KIND_FACTS.bsn,
  label: 'BSN (Netherlands)',
  // About one in eleven 9-digit strings passes the 11-test: 10^9 / 11.
  validSpace: 90_909_090,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{8,9}$/.test(stripSeparators(input)),
  parse,
};
