import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { decimalMod } from '../identifiers/checksums.ts';

/**
 * Rijksregisternummer for a birth date in 1930–2024, now and then a bis number (month + 20 or
 * + 40), written plain, spaced or in the official YY.MM.DD-SSS.CC layout.
 */
export const beRrn: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const monthOffset = randomInt(random, 0, 9) === 0 ? pick(random, [20, 40]) : 0;
  const body = `${two(year)}${two(month + monthOffset)}${two(day)}${String(randomInt(random, 1, 998)).padStart(3, '0')}`;
  // Births from 2000 on are checked with a 2 in front of the nine digits.
  const check = two(97 - decimalMod(year >= 2000 ? `2${body}` : body, 97));
  const n = `${body}${check}`;
  const style = pick(random, ['dotted', 'plain', 'spaced'] as const);
  if (style === 'plain') return n;
  if (style === 'spaced') return `${n.slice(0, 6)} ${n.slice(6, 9)} ${n.slice(9)}`;
  return `${n.slice(0, 2)}.${n.slice(2, 4)}.${n.slice(4, 6)}-${n.slice(6, 9)}.${n.slice(9)}`;
};
