import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { mod11Complement, weightedSum } from './checksums.ts';
import { KIND_FACTS } from './kind-facts.ts';

const WEIGHTS = [10, 9, 8, 7, 6, 5, 4, 3, 2];

const RULES = {
  noun: 'an NHS number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [10],
  lengthHint: '10 digits',
};

/**
 * England/Wales NHS numbers, Scottish CHI and Northern Irish H&C numbers share this layout and
 * check, so allocation ranges are deliberately not enforced. No birth date is derived: a CHI
 * number starts with one, but nothing in the number says it is a CHI number.
 */
function parse(input: string): ParseResult {
  const c = compactInput('nhs', input, RULES);
  if (typeof c !== 'string') return c;
  const d = digitsOf(c);
  const check = mod11Complement(weightedSum(d, WEIGHTS));
  if (check === 'unusable')
    return fail(
      'nhs',
      'checksum',
      'No NHS number starts with these nine digits (their check digit would be 10): one digit is probably mistyped.',
    );
  if (check !== d[9])
    return fail('nhs', 'checksum', 'The check digit does not match: one digit is probably mistyped.');
  return ok('nhs', c, { country: 'GB' });
}

export const nhs: IdentifierKindSpec = {
  ...KIND_FACTS.nhs,
  label: 'NHS number (UK)',
  // Conservative: the 3×10^8 bodies of the England/Wales blocks (4xx, 6xx, 7xx) × 10/11 usable.
  // The validator itself accepts ~9.09×10^8 (any 10-digit string with a usable check).
  validSpace: 272_727_273,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{10}$/.test(stripSeparators(input)),
  parse,
};
