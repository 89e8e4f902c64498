import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits, randomInt } from './random.ts';
import { randomBirthDate, two } from './birth-date.ts';
import { decimalMod } from '../identifiers/checksums.ts';

/** Month code: women +50; since 2004, +20 (men) or +70 (women) when a date's serials run out. */
function monthCode(random: () => number, month: number): number {
  const female = randomInt(random, 0, 1) === 1;
  const exhausted = randomInt(random, 0, 19) === 0;
  return month + (female ? 50 : 0) + (exhausted ? 20 : 0);
}

/** Rodné číslo for a birth date in 1930–2024: 9 digits before 1954, 10 digits (divisible by 11) after. */
export const czRodneCislo: SyntheticGenerator = (random) => {
  const { year, month, day } = randomBirthDate(random, 1930, 2024);
  const date = `${two(year)}${two(monthCode(random, month))}${two(day)}`;
  let tail = randomDigits(random, 3);
  if (year >= 1954) {
    // Serials whose remainder would be 10 are skipped, as the registry has done since 1985.
    while (decimalMod(`${date}${tail}`, 11) === 10) tail = randomDigits(random, 3);
    tail += String(decimalMod(`${date}${tail}`, 11));
  }
  return `${date}${pick(random, ['/', '/', '', ' / '])}${tail}`;
};
