import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import {
  cfCheckLetter,
  MONTH_BY_LETTER,
  OMOCODE_LETTERS,
  OMOCODE_ORDER,
} from '../identifiers/it-codice-fiscale-tables.ts';

const CONSONANTS = 'BCDFGLMNPRSTVZ';
const VOWELS = 'AEIOU';
const MONTH_LETTERS = Object.keys(MONTH_BY_LETTER);
/** Belfiore codes of a few large comuni: Roma, Milano, Napoli, Torino, Palermo, Bologna, Firenze. */
const PLACES = ['H501', 'F205', 'F839', 'L219', 'G273', 'A944', 'D612'];

/** Three letters shaped like a name code: mostly consonants, sometimes a vowel at the end. */
function nameCode(random: () => number): string {
  const last = randomInt(random, 0, 2) === 0 ? pick(random, [...VOWELS]) : pick(random, [...CONSONANTS]);
  return `${pick(random, [...CONSONANTS])}${pick(random, [...CONSONANTS])}${last}`;
}

/** Replaces the first `level` digits of the omocodia order (rightmost first) with their letters. */
function omocode(code15: string, level: number): string {
  const chars = Array.from(code15);
  for (const at of OMOCODE_ORDER.slice(0, level)) chars[at] = OMOCODE_LETTERS.charAt(Number(chars[at]));
  return chars.join('');
}

/** Codice fiscale for a birth date in 1930–2024; now and then an omocode, lower case or spaced. */
export const itCodiceFiscale: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const dayField = randomInt(random, 0, 1) === 0 ? day : day + 40;
  const plain = `${nameCode(random)}${nameCode(random)}${two(year)}${MONTH_LETTERS[month - 1] ?? 'A'}${two(dayField)}${pick(random, PLACES)}`;
  const first15 = randomInt(random, 0, 5) === 0 ? omocode(plain, randomInt(random, 1, 3)) : plain;
  const code = `${first15}${cfCheckLetter(first15)}`;
  const style = pick(random, ['plain', 'plain', 'lower', 'spaced'] as const);
  if (style === 'lower') return code.toLowerCase();
  if (style === 'spaced')
    return `${code.slice(0, 3)} ${code.slice(3, 6)} ${code.slice(6, 11)} ${code.slice(11)}`;
  return code;
};
