import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits } from './random.ts';
import { ppsnCheckLetter } from '../identifiers/ie-ppsn.ts';

/** PPS number from the old series (no second letter or W) or the 2013+ A/B series. */
export const iePpsn: SyntheticGenerator = (random) => {
  const digits = randomDigits(random, 7);
  const second = pick(random, ['', '', 'W', 'A', 'A', 'B']);
  const value = second === '' || second === 'W' ? 0 : second.charCodeAt(0) - 64;
  const code = `${digits}${ppsnCheckLetter(digits, value)}${second}`;
  const style = pick(random, ['plain', 'plain', 'lower', 'spaced'] as const);
  if (style === 'lower') return code.toLowerCase();
  return style === 'spaced' ? `${digits} ${code.slice(7)}` : code;
};
