import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { digitsOf } from '../identifiers/text.ts';
import { weightedSum } from '../identifiers/checksums.ts';

const WEIGHTS = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];

/**
 * SVNR for a birth date in 1930–2024, now and then with a substitute month 13–15. Serials whose
 * check digit would be 10 are never issued, so drawing repeats until one is usable.
 */
export const atSvnr: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const monthField = randomInt(random, 0, 19) === 0 ? randomInt(random, 13, 15) : month;
  const date = `${two(day)}${two(monthField)}${two(year)}`;
  for (;;) {
    const serial = String(randomInt(random, 100, 999));
    const check = weightedSum(digitsOf(`${serial}0${date}`), WEIGHTS) % 11;
    if (check === 10) continue;
    return `${serial}${check}${pick(random, [' ', ' ', ''])}${date}`;
  }
};
