import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { decimalMod } from './checksums.ts';
import { KIND_FACTS } from './kind-facts.ts';

const RULES = {
  noun: 'a French social security number (NIR)',
  charset: /^[0-9AB]+$/,
  charsetHint: 'only digits (and 2A or 2B for Corsica)',
  lengths: [15],
  lengthHint: '15 characters including the 2-digit key',
};

/** 1/2 = men/women; 3, 4, 7 and 8 appear on provisional and temporary numbers. */
const SEX_DIGITS = new Set(['1', '2', '3', '4', '7', '8']);

/** 01–12 are months; 20, 30–42 and 50–99 stand in when the civil-status record is incomplete. */
function isMonthCode(mm: number): boolean {
  return (mm >= 1 && mm <= 12) || mm === 20 || (mm >= 30 && mm <= 42) || mm >= 50;
}

/** Key = 97 − (body mod 97), with Corsica's 2A/2B counted as 19/18. */
export function nirKey(body: string): number {
  return 97 - decimalMod(body.replace('2A', '19').replace('2B', '18'), 97);
}

/**
 * Départements are not checked against a list (historic, overseas and pre-1976 Corsican codes
 * all occur); the key catches mistyped digits. The century is not encoded, so no birth date.
 */
function parse(input: string): ParseResult {
  const c = compactInput('nir', input, RULES);
  if (typeof c !== 'string') return c;
  if (!/^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{8}$/.test(c))
    return fail(
      'nir',
      'format',
      'Letters may only appear as 2A or 2B, the Corsican département (characters 6–7).',
    );
  if (!SEX_DIGITS.has(c.charAt(0)))
    return fail('nir', 'format', 'The first digit must be 1 or 2 (3, 4, 7 or 8 on provisional numbers).');
  if (!isMonthCode(Number(c.slice(3, 5))))
    return fail(
      'nir',
      'date',
      'Characters 4–5 are not a birth month code used in French social security numbers.',
    );
  if (nirKey(c.slice(0, 13)) !== Number(c.slice(13)))
    return fail('nir', 'checksum', 'The 2-digit key does not match: one character is probably mistyped.');
  return ok('nir', c, { country: 'FR' });
}

export const nir: IdentifierKindSpec = {
  ...KIND_FACTS.nir,
  label: 'Social security number / NIR (France)',
  // Realistic, not structural: 2 sexes × 100 two-digit years × 12 months × ~37,000 commune and
  // country codes × 999 order numbers ≈ 8.9×10^10. The validator accepts far more strings
  // (~4.6×10^12), but sizing prefixes on those would overstate every bucket's crowd.
  validSpace: 88_711_200_000,
  looksLike: (input) =>
    input.length <= MAX_INPUT_LENGTH &&
    /^[0-9]{5}(?:[0-9]{2}|2[AB])[0-9]{6}(?:[0-9]{2})?$/i.test(stripSeparators(input)),
  parse,
};
