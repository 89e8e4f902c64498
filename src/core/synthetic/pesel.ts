import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { digitsOf } from '../identifiers/text.ts';
import { weightedSum } from '../identifiers/checksums.ts';

const MONTH_OFFSET: Readonly<Record<number, number>> = { 18: 80, 19: 0, 20: 20 };

/** PESEL for a birth date in 1850–2025; mostly typed plain, sometimes grouped. */
export const pesel: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, randomInt(random, 0, 20) === 0 ? 1850 : 1900, 2025);
  const offset = MONTH_OFFSET[Math.floor(year / 100)] ?? 0;
  const body = `${two(year)}${two(month + offset)}${two(day)}${randomDigits(random, 4)}`;
  const check = (10 - (weightedSum(digitsOf(body), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10;
  const number = `${body}${check}`;
  return pick(random, ['plain', 'plain', 'spaced'] as const) === 'plain'
    ? number
    : `${number.slice(0, 6)} ${number.slice(6)}`;
};
