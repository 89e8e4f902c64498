import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits } from './random.ts';
import { digitsOf } from '../identifiers/text.ts';
import { mod11Complement, weightedSum } from '../identifiers/checksums.ts';

/** Only the 999 block, which the NHS reserves for test data and never issues to patients. */
export const nhs: SyntheticGenerator = (random) => {
  for (;;) {
    const body = `999${randomDigits(random, 6)}`;
    const check = mod11Complement(weightedSum(digitsOf(body), [10, 9, 8, 7, 6, 5, 4, 3, 2]));
    if (check === 'unusable') continue;
    const n = `${body}${check}`;
    const sep = pick(random, [' ', '', '-']);
    return `${n.slice(0, 3)}${sep}${n.slice(3, 6)}${sep}${n.slice(6)}`;
  }
};
