import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { digitsOf } from '../identifiers/text.ts';
import { luhnCheckDigit } from '../identifiers/checksums.ts';

/**
 * Personnummer (sometimes a coordination number, day + 60) for a birth date in 1935–2024. The
 * 10-digit form is only used from 1950 on, so its `-` separator stays right for decades to come.
 */
export const sePersonnummer: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1935, 2024);
  const coordination = randomInt(random, 0, 9) === 0;
  const birthNumber = String(randomInt(random, 1, 999)).padStart(3, '0');
  const nine = `${two(year)}${two(month)}${two(coordination ? day + 60 : day)}${birthNumber}`;
  const ten = `${nine}${luhnCheckDigit(digitsOf(nine))}`;
  const long = `${Math.floor(year / 100)}${ten}`;
  const style =
    year < 1950
      ? pick(random, ['long', 'long-dash'] as const)
      : pick(random, ['dash', 'dash', 'short', 'long', 'long-dash'] as const);
  switch (style) {
    case 'dash':
      return `${ten.slice(0, 6)}-${ten.slice(6)}`;
    case 'short':
      return ten;
    case 'long':
      return long;
    case 'long-dash':
      return `${long.slice(0, 8)}-${long.slice(8)}`;
  }
};
