import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';

/** 7th digits that the CPR century table maps to the given year. */
function seventhDigitsFor(year: number): readonly number[] {
  const yy = year % 100;
  if (year < 1900) return [5, 6, 7, 8];
  if (year < 2000) return yy >= 37 ? [0, 1, 2, 3, 4, 9] : [0, 1, 2, 3];
  return yy <= 36 ? [4, 5, 6, 7, 8, 9] : [5, 6, 7, 8];
}

/** CPR for a birth date in 1900–2025, usually written DDMMYY-SSSS. Mod 11 is deliberately ignored. */
export const cpr: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1900, 2025);
  const date = `${two(day)}${two(month)}${two(year)}`;
  const serial = `${pick(random, seventhDigitsFor(year))}${randomDigits(random, 3)}`;
  return `${date}${pick(random, ['-', '-', '', ' '])}${serial}`;
};
