import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { digitsOf } from '../identifiers/text.ts';
import { mod11Complement, weightedSum } from '../identifiers/checksums.ts';

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** An individual number from a series that Skatteetaten's table maps to `year`. */
function individualFor(random: () => number, year: number): number {
  if (year >= 2000) return randomInt(random, 500, 999);
  if (year >= 1940 && randomInt(random, 0, 9) === 0) return randomInt(random, 900, 999);
  return randomInt(random, 0, 499);
}

/**
 * Fødselsnummer (sometimes a D-number, day + 40) for a birth date in 1930–2024. Individual numbers
 * whose check digits would be 10 are never issued, so drawing repeats until both are usable.
 */
export const noFodselsnummer: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const dayField = randomInt(random, 0, 9) === 0 ? day + 40 : day;
  for (;;) {
    const nine = `${two(dayField)}${two(month)}${two(year)}${String(individualFor(random, year)).padStart(3, '0')}`;
    const k1 = mod11Complement(weightedSum(digitsOf(nine), K1_WEIGHTS));
    if (k1 === 'unusable') continue;
    const k2 = mod11Complement(weightedSum(digitsOf(`${nine}${k1}`), K2_WEIGHTS));
    if (k2 === 'unusable') continue;
    const number = `${nine}${k1}${k2}`;
    return `${number.slice(0, 6)}${pick(random, ['', '', ' ', '-'])}${number.slice(6)}`;
  }
};
