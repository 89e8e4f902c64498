import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';
import { steuerIdCheckDigit, steuerIdDigitsOk } from '../identifiers/de-steuer-id.ts';

/** Fisher–Yates shuffle driven by the seeded random source. */
function shuffled(random: () => number, items: readonly number[]): number[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, 0, i);
    [out[i], out[j]] = [out[j] ?? 0, out[i] ?? 0];
  }
  return out;
}

/** Ten digits with one digit doubled (or, now and then, tripled), redrawn until the StIdV rule holds. */
function body(random: () => number): string {
  for (;;) {
    const copies = randomInt(random, 0, 3) === 0 ? 3 : 2;
    const distinct = shuffled(random, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 11 - copies);
    const repeated = distinct[0] ?? 1;
    const digits = shuffled(random, [
      ...distinct,
      ...Array.from({ length: copies - 1 }, () => repeated),
    ]).join('');
    if (digits.charAt(0) !== '0' && steuerIdDigitsOk(digits)) return digits;
  }
}

/** Steuer-ID, typed plain or grouped 2-3-3-3. */
export const deSteuerId: SyntheticGenerator = (random) => {
  const first10 = body(random);
  const id = `${first10}${steuerIdCheckDigit(first10)}`;
  return pick(random, [true, false])
    ? `${id.slice(0, 2)} ${id.slice(2, 5)} ${id.slice(5, 8)} ${id.slice(8)}`
    : id;
};
