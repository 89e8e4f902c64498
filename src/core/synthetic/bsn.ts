import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits } from './random.ts';
import { digitsOf } from '../identifiers/text.ts';
import { weightedSum } from '../identifiers/checksums.ts';

/** Eight random digits plus the one last digit that makes the 11-test pass (retry if it would be 10). */
function validBsn(random: () => number): string {
  for (;;) {
    const body = randomDigits(random, 8);
    const last = weightedSum(digitsOf(body), [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    if (last < 10 && !/^0+$/.test(body + String(last))) return `${body}${last}`;
  }
}

/** BSN written plain, dotted 4.2.3, or — with a leading zero — as the 8 digits people often type. */
export const bsn: SyntheticGenerator = (random) => {
  const n = validBsn(random);
  const style = pick(random, ['plain', 'dotted', 'spaced'] as const);
  if (n.startsWith('0') && random() < 0.5) return n.slice(1);
  if (style === 'dotted') return `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}`;
  if (style === 'spaced') return `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
  return n;
};
