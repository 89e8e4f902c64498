import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { CHECK_MISMATCH } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'de-steuer-id';

const RULES = {
  noun: 'a German tax ID (Steuer-ID)',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [11],
  lengthHint: '11 digits',
};

/**
 * The StIdV digit rule on the first ten digits: exactly one digit repeats, either twice or three
 * times, and a triple never stands all in a row.
 */
export function steuerIdDigitsOk(first10: string): boolean {
  const counts = Array.from({ length: 10 }, () => 0);
  for (const d of digitsOf(first10)) counts[d] = (counts[d] ?? 0) + 1;
  const repeated = counts.filter((n) => n > 1);
  if (repeated.length !== 1) return false;
  if (repeated[0] === 2) return true;
  return repeated[0] === 3 && !/([0-9])\1\1/.test(first10);
}

/** ISO/IEC 7064 MOD 11,10 check digit. */
export function steuerIdCheckDigit(first10: string): number {
  let product = 10;
  for (const d of digitsOf(first10)) {
    const sum = (d + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

function parse(input: string): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  if (c.charAt(0) === '0') return fail(KIND, 'range', 'A tax ID never starts with 0.');
  if (!steuerIdDigitsOk(c.slice(0, 10)))
    return fail(
      KIND,
      'format',
      'In the first ten digits exactly one digit must repeat (twice, or three times but not all in a row).',
    );
  if (steuerIdCheckDigit(c.slice(0, 10)) !== Number(c.charAt(10)))
    return fail(KIND, 'checksum', CHECK_MISMATCH);
  return ok(KIND, c, { country: 'DE' });
}

export const deSteuerId: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Tax ID (Germany)',
  // Bodies without a leading 0: 146,966,400 with one doubled digit + 182,891,520 with a triple
  // that is not all in a row (recounted combinatorially; matches national-ids.md). Check fixed.
  validSpace: 329_857_920,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[1-9][0-9]{10}$/.test(stripSeparators(input)),
  parse,
};
