import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Mostly the classic signs; now and then one of the letters in use since 2023. */
function signFor(random: () => number, year: number): string {
  const modern = randomInt(random, 0, 7) === 0;
  if (year < 2000) return modern ? pick(random, ['U', 'V', 'W', 'X', 'Y']) : '-';
  return modern ? pick(random, ['B', 'C', 'D', 'E', 'F']) : 'A';
}

/** HETU for a birth date in 1930–2024 (individual numbers 002–999), sometimes typed in lower case. */
export const fiHetu: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const date = `${two(day)}${two(month)}${two(year)}`;
  const individual = String(randomInt(random, 2, 999)).padStart(3, '0');
  const check = CHECK_CHARACTERS.charAt(Number(`${date}${individual}`) % 31);
  const code = `${date}${signFor(random, year)}${individual}${check}`;
  return randomInt(random, 0, 4) === 0 ? code.toLowerCase() : code;
};
