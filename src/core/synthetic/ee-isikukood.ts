import type { SyntheticGenerator } from './types.ts';
import { randomDigits, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { digitsOf } from '../identifiers/text.ts';
import { eeCheckDigit } from '../identifiers/ee-isikukood.ts';

/** Isikukood for a birth date in 1930–2024; the first digit carries sex and century. */
export const eeIsikukood: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const female = randomInt(random, 0, 1);
  const g = (year < 2000 ? 3 : 5) + female;
  const first10 = `${g}${two(year)}${two(month)}${two(day)}${randomDigits(random, 3)}`;
  return `${first10}${eeCheckDigit(digitsOf(first10))}`;
};
