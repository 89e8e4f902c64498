import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';

const RULES = {
  noun: 'a Social Security number',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [9],
  lengthHint: '9 digits (AAA-GG-SSSS)',
};

/** Printed on sample cards and leaflets; structurally valid but nobody's number. */
const SPECIMENS = new Set(['078051120', '219099999']);

function parse(input: string): ParseResult {
  const c = compactInput('ssn', input, RULES);
  if (typeof c !== 'string') return c;
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
  kind: 'ssn',
  category: 'national-id',
  country: 'US',
  label: 'Social Security number (USA)',
  // Areas 001–899 except 666 (898) × groups 01–99 × serials 0001–9999 (SSA randomization rules).
  validSpace: 888_931_098,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{9}$/.test(stripSeparators(input)),
  parse,
};
