import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'es-dni';
const CONTROL_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const NIE_PREFIX_VALUE: Readonly<Record<string, string>> = { X: '0', Y: '1', Z: '2' };

const RULES = {
  noun: 'a DNI or NIE',
  charset: /^[0-9A-Z]+$/,
  charsetHint: 'only digits and letters',
  lengths: [9, 10],
  lengthHint: '9 characters (8 digits and a letter, or X/Y/Z, 7 digits and a letter)',
};

/**
 * The canonical 9 characters, or the reason the shape is wrong. NIEs issued before July 2008 were
 * written X + 8 digits; the extra digit is a leading zero, so `X0` + 7 digits is the same number.
 */
function canonicalShape(c: string): string | { code: 'format' | 'length'; message: string } {
  if (/^([0-9]{8}|[XYZ][0-9]{7})[A-Z]$/.test(c)) return c;
  if (/^X0[0-9]{7}[A-Z]$/.test(c)) return `X${c.slice(2)}`;
  if (c.length === 10)
    return { code: 'length', message: 'Only old NIEs (X and 8 digits, starting X0) have 10 characters.' };
  if (!/[A-Z]$/.test(c)) return { code: 'format', message: 'A DNI or NIE ends with its control letter.' };
  if (/^[A-Z]/.test(c))
    return { code: 'format', message: 'An NIE starts with X, Y or Z; a DNI starts with a digit.' };
  return { code: 'format', message: 'Expected 8 digits and a letter, or X/Y/Z, 7 digits and a letter.' };
}

function parse(input: string): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  const canonical = canonicalShape(c);
  if (typeof canonical !== 'string') return fail(KIND, canonical.code, canonical.message);
  const first = canonical.charAt(0);
  const number = (NIE_PREFIX_VALUE[first] ?? first) + canonical.slice(1, 8);
  if (CONTROL_LETTERS.charAt(Number(number) % 23) !== canonical.charAt(8))
    return fail(
      KIND,
      'checksum',
      'The control letter does not match the number: one character is probably mistyped.',
    );
  return ok(KIND, canonical, { country: 'ES' });
}

export const esDni: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'DNI / NIE (Spain)',
  // 10^8 DNI numbers + 3 × 10^7 NIE numbers (X, Y, Z), one control letter each (national-ids.md).
  validSpace: 130_000_000,
  looksLike: (input) =>
    input.length <= MAX_INPUT_LENGTH &&
    /^([0-9]{8}|[XYZ]0?[0-9]{7})[A-Z]$/.test(stripSeparators(input).toUpperCase()),
  parse,
};
