import type { FailedParse, IdentifierKindSpec, ParseOptions, ParseResult } from './types.ts';
import { digitsOf, fail, ok, stripSeparators } from './text.ts';
import { compactInput, todayFrom, MAX_INPUT_LENGTH } from './compact-input.ts';
import { mod11Complement, weightedSum } from './checksums.ts';
import { checkBirthDate } from './birth-date-check.ts';
import { KIND_FACTS } from './kind-facts.ts';

const KIND = 'no-fodselsnummer';
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

const RULES = {
  noun: 'a Norwegian fødselsnummer',
  charset: /^[0-9]+$/,
  charsetHint: 'only digits',
  lengths: [11],
  lengthHint: '11 digits (DDMMYY IIIKK)',
};

/** Birth year from the individual number (digits 7–9) and YY, per Skatteetaten's series table. */
export function noBirthYear(individual: number, yy: number): number | undefined {
  if (individual <= 499) return 1900 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  if (yy <= 39) return 2000 + yy; // 500–999
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  return undefined; // 500–749 with YY 40–53, or 750–899 with YY ≥ 40: no series covers it
}

/** Real day and month, undoing the D-number (day + 40) and H-number (month + 40) offsets. */
function decodeDayMonth(c: string): { day: number; month: number } | FailedParse {
  const dayField = Number(c.slice(0, 2));
  const monthField = Number(c.slice(2, 4));
  if (monthField > 80)
    return fail(
      KIND,
      'range',
      'A month field above 80 marks a number from the synthetic test register, not a real person.',
    );
  if (dayField > 40 && monthField > 40)
    return fail(KIND, 'date', 'A number cannot be both a D-number (day + 40) and an H-number (month + 40).');
  return {
    day: dayField > 40 ? dayField - 40 : dayField,
    month: monthField > 40 ? monthField - 40 : monthField,
  };
}

function parse(input: string, options?: ParseOptions): ParseResult {
  const c = compactInput(KIND, input, RULES);
  if (typeof c !== 'string') return c;
  const year = noBirthYear(Number(c.slice(6, 9)), Number(c.slice(4, 6)));
  if (year === undefined)
    return fail(
      KIND,
      'range',
      'No birth century uses this individual number (digits 7–9) with this birth year.',
    );
  const dayMonth = decodeDayMonth(c);
  if ('ok' in dayMonth) return dayMonth;
  const d = digitsOf(c);
  // A weighted sum that would need check digit 10 means the individual number is never issued.
  // From 1 Jan 2032 Skatteetaten issues numbers under a relaxed control rule (remainders 0–3);
  // none exist before then, so only today's rule is applied.
  if (
    mod11Complement(weightedSum(d, K1_WEIGHTS)) !== d[9] ||
    mod11Complement(weightedSum(d, K2_WEIGHTS)) !== d[10]
  )
    return fail(KIND, 'checksum', 'The two check digits do not match: one digit is probably mistyped.');
  const birthDate = checkBirthDate(
    KIND,
    { year, ...dayMonth },
    todayFrom(options),
    'the first six digits (DDMMYY)',
  );
  if (typeof birthDate !== 'string') return birthDate;
  return ok(KIND, c, { country: 'NO', birthDate });
}

export const noFodselsnummer: IdentifierKindSpec = {
  ...KIND_FACTS[KIND],
  label: 'Fødselsnummer (Norway)',
  // Individual numbers per date that survive both check digits (≈ (10/11)² of the series):
  // ~413 for 1900–1939 and 2000–2026, ~496 for 1940–1999 (000–499 plus 900–999), over
  // 1900-01-01…2026-12-31 ≈ 2.1×10^7 (national-ids.md). D- and H-numbers are left out so buckets
  // are sized conservatively.
  validSpace: 20_980_000,
  looksLike: (input) => input.length <= MAX_INPUT_LENGTH && /^[0-9]{11}$/.test(stripSeparators(input)),
  parse,
};
