import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { KIND_FACTS } from './kind-facts.ts';

const RULES = {
  noun: 'a National Insurance number',
  charset: /^[A-Z0-9]+$/,
  charsetHint: 'only letters and digits',
  lengths: [8, 9],
  lengthHint: '9 characters (two letters, six digits, one letter)',
};

const NEVER_FIRST = /[DFIQUV]/;
const NEVER_SECOND = /[DFIOQUV]/;
/** Prefixes HMRC does not allocate (NIM39110). */
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
/** Administrative look-alikes (NIM39110): reference numbers, not anyone's NINO. */
const ADMINISTRATIVE = new Set(['OO', 'CR', 'FY', 'MW', 'NC', 'PP', 'PY', 'PZ']);

function prefixProblem(prefix: string): string | undefined {
  if (NEVER_FIRST.test(prefix.charAt(0)))
    return 'The first letter is never D, F, I, Q, U or V in a National Insurance number.';
  if (NEVER_SECOND.test(prefix.charAt(1)))
    return 'The second letter is never D, F, I, O, Q, U or V in a National Insurance number.';
  if (UNALLOCATED.has(prefix)) return 'These two prefix letters are never allocated.';
  if (ADMINISTRATIVE.has(prefix))
    return 'These prefix letters are only used for administrative reference numbers, not for a personal National Insurance number.';
  return undefined;
}

/**
 * The suffix letter is part of the canonical form: HMRC treats it as part of the number and a
 * given prefix+digits only ever exists with one suffix, so hashing it keeps one hash per person.
 * Input without the suffix is therefore rejected with a hint instead of guessed.
 */
function parse(input: string): ParseResult {
  const c = compactInput('nino', input, RULES);
  if (typeof c !== 'string') return c;
  if (c.length === 8)
    return fail(
      'nino',
      'length',
      /^[A-Z]{2}[0-9]{6}$/.test(c)
        ? 'Add the final letter (A, B, C or D) that follows the six digits.'
        : 'A National Insurance number has 9 characters (two letters, six digits, one letter), but 8 were entered.',
    );
  if (!/^[A-Z]{2}[0-9]{6}[A-Z]$/.test(c))
    return fail('nino', 'format', 'A National Insurance number is two letters, six digits and one letter.');
  if (!/[A-D]$/.test(c)) return fail('nino', 'format', 'The final letter is always A, B, C or D.');
  const problem = prefixProblem(c.slice(0, 2));
  if (problem !== undefined) return fail('nino', 'range', problem);
  return ok('nino', c, { country: 'GB' });
}

export const nino: IdentifierKindSpec = {
  ...KIND_FACTS.nino,
  label: 'National Insurance number (UK)',
  // 20 first letters × 19 second letters − 7 unallocated − 7 administrative (OO is already
  // excluded) = 366 prefixes × 10^6 digit blocks; each block exists with exactly one suffix.
  validSpace: 366_000_000,
  looksLike: (input) =>
    input.length <= MAX_INPUT_LENGTH && /^[A-Z]{2}[0-9]{6}[A-Z]?$/i.test(stripSeparators(input)),
  parse,
};
