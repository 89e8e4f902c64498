import type { Random } from './types.ts';
import { randomInt } from './random.ts';

export interface SyntheticDate {
  year: number;
  month: number;
  day: number;
}

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real calendar date in [fromYear, toYear] (inclusive), leap days included. */
export function randomBirthDate(random: Random, fromYear: number, toYear: number): SyntheticDate {
  const year = randomInt(random, fromYear, toYear);
  const month = randomInt(random, 1, 12);
  return { year, month, day: randomInt(random, 1, daysInMonth(year, month)) };
}

/** Two-digit, zero-padded. */
export const two = (n: number): string => String(n % 100).padStart(2, '0');
