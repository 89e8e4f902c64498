import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { KIND_FACTS } from './kind-facts.ts';

const RULES = {
  noun: 'a Social Security number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [9],
  lengthHint: '9 digits (AAA-GG-SSSS)',
};

/** Printed on sample cards and leaflets; structurally valid but nobody's number. */
const SPECIMENS = new Set(['078051120', '219099999']);

/**
 * An SSN written in groups is written AAA-GG-SSSS. "601 234 567" is grouped 3-3-3, the way Polish and
 * other mobile numbers are written: reading it as an SSN would be a guess the grouping already refutes.
 */
function groupedAsSsn(input: string): boolean {
  const groups = input.trim().split(/[\s.\-/]+/);
  return groups.length === 1 || groups.map((g) => g.length).join('-') === '3-2-4';
}

function parse(input: string): ParseResult {
  const c = compactInput('ssn', input, RULES);
  if (typeof c !== 'string') return c;
  if (!groupedAsSsn(input))
    return fail(
      'ssn',
      'format',
      'A Social Security number is written in groups of 3, 2 and 4 digits (AAA-GG-SSSS).',
    );
  const area = Number(c.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900)
    return fail('ssn', 'range', 'The first three digits (000, 666 and 900–999) are never issued.');
  if (c.slice(3, 5) === '00') return fail('ssn', 'range', 'The middle two digits are never 00.');
  if (c.slice(5) === '0000') return fail('ssn', 'range', 'The last four digits are never 0000.');
  if (SPECIMENS.has(c))
    return fail('ssn', 'range', 'This is a well-known specimen number from sample cards, not a real SSN.');
  return ok('ssn', c, { country: 'US' });
}

export const ssn: IdentifierKindSpec = {
  ...KIND_FACTS.ssn,
  label: 'Social Security number (USA)',
  // Areas 001–899 except 666 (898) × groups 01–99 × serials 0001–9999 (SSA randomization rules).
  validSpace: 888_931_098,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{9}$/.test(stripSeparators(input)),
  parse,
};
