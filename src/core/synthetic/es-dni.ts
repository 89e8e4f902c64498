import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits, randomInt } from './random.ts';

const CONTROL_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** Mostly DNIs, sometimes NIEs (X/Y/Z), typed plain, with a dash before the letter, or in lower case. */
export const esDni: SyntheticGenerator = (random) => {
  const prefix = randomInt(random, 0, 3) === 0 ? pick(random, ['X', 'Y', 'Z']) : '';
  const digits = randomDigits(random, prefix === '' ? 8 : 7);
  const number = prefix === '' ? digits : `${'XYZ'.indexOf(prefix)}${digits}`;
  const letter = CONTROL_LETTERS.charAt(Number(number) % 23);
  const style = pick(random, ['plain', 'plain', 'dash', 'lower'] as const);
  if (style === 'dash') return `${prefix}${digits}-${letter}`;
  const code = `${prefix}${digits}${letter}`;
  return style === 'lower' ? code.toLowerCase() : code;
};
