import type { IdentifierKindSpec, ParseResult } from './types.ts';
import { fail, isoDate, ok, stripSeparators } from './text.ts';
import { compactInput, MAX_INPUT_LENGTH } from './compact-input.ts';
import {
  cfCheckLetter,
  MONTH_BY_LETTER,
  OMOCODE_LETTERS,
  OMOCODE_ORDER,
} from './it-codice-fiscale-tables.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'it-codice-fiscale';
const D = '[0-9LMNPQRSTUV]'; // a digit, or the letter omocodia put in its place
const SHAPE = new RegExp(`^[A-Z]{6}${D}{2}[A-Z]${D}{2}[A-Z]${D}{3}[A-Z]$`);

const RULES = {
  noun: 'a codice fiscale',
  charset: /^[0-9A-Z]+$/,
  charsetHint: 'only letters and digits',
  lengths: [16],
  lengthHint: '16 characters',
};

/** Letters may replace digits only from the right, one position after another. */
function omocodiaInOrder(c: string): boolean {
  let replaced = true;
  for (const at of OMOCODE_ORDER) {
    const isLetter = /[A-Z]/.test(c.charAt(at));
    if (isLetter && !replaced) return false;
    replaced = isLetter;
  }
  return true;
}

/** The code with omocodia undone, so date and place can be read as digits. */
const withDigits = (c: string): string =>
  Array.from(c, (ch, i) =>
    (OMOCODE_ORDER as readonly number[]).includes(i) && /[A-Z]/.test(ch)
      ? String(OMOCODE_LETTERS.indexOf(ch))
      : ch,
  ).join('');

function parse(input: string): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  if (!SHAPE.test(c))
    return fail(
      KIND,
      'format',
      'Expected 6 name letters, year, month letter, day, a place code and a check letter.',
    );
  if (!omocodiaInOrder(c))
    return fail(
      KIND,
      'format',
      'Letters that replace digits (omocodia) are only ever assigned from the right.',
    );
  const plain = withDigits(c);
  const month = MONTH_BY_LETTER[c.charAt(8)];
  const dayField = Number(plain.slice(9, 11));
  const day = dayField > 40 ? dayField - 40 : dayField; // women: day + 40
  if (month === undefined || day < 1 || day > 31)
    return fail(
      KIND,
      'date',
      'Characters 9–11 are not a month letter and a day (01–31, or 41–71 for women).',
    );
  if (cfCheckLetter(c.slice(0, 15)) !== c.charAt(15))
    return fail(KIND, 'checksum', 'The check letter does not match: one character is probably mistyped.');
  // The century is not encoded, so only a leap year can tell whether the day exists at all.
  if (isoDate(2000, month, day) === undefined)
    return fail(KIND, 'date', 'The birth day in characters 10–11 does not exist in that month.');
  // Canonical keeps an omocode as written: it is the person's actual code. No `birthDate`: the API
  // promises YYYY-MM-DD and the code does not say the century (the fact sheet's `--YY-MM-DD` is not ISO).
  return ok(KIND, c, { country: 'IT' });
}

export const itCodiceFiscale: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Codice fiscale (Italy)',
  // The structural space (26^6 name codes per date, sex and place) is far beyond enumeration, but
  // anyone who knows a person's name, birth date and place can compute the code. The plausible set
  // is therefore the codes actually issued: ~10^8 (≈59 M residents plus emigrants, foreigners and
  // the deceased since 1976). A judgement call, not in national-ids.md.
  validSpace: 100_000_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && SHAPE.test(stripSeparators(input).toUpperCase()),
  parse,
};
