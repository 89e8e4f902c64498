import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits } from './random.ts';

const FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const EXCLUDED = new Set([
  'BG',
  'GB',
  'KN',
  'NK',
  'NT',
  'TN',
  'ZZ',
  'CR',
  'FY',
  'MW',
  'NC',
  'PP',
  'PY',
  'PZ',
]);

/** Allowed prefix, six digits, suffix A–D; spaced "QQ 12 34 56 A" or compact, sometimes lower case. */
export const nino: SyntheticGenerator = (random) => {
  let prefix = '';
  do prefix = pick(random, [...FIRST]) + pick(random, [...SECOND]);
  while (EXCLUDED.has(prefix));
  const digits = randomDigits(random, 6);
  const suffix = pick(random, ['A', 'B', 'C', 'D']);
  const text =
    random() < 0.5
      ? `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}`
      : `${prefix}${digits}${suffix}`;
  return random() < 0.2 ? text.toLowerCase() : text;
};
