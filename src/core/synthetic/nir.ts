import type { SyntheticGenerator } from './types.ts';
import { pick, randomDigits, randomInt } from './random.ts';
import { two } from './birth-date.ts';
import { nirKey } from '../identifiers/nir.ts';

/** Département + commune (5 characters): mainland, Corsica, overseas (97x) or born abroad (99). */
function birthPlace(random: () => number): string {
  const kind = randomInt(random, 0, 9);
  if (kind === 0) return `${pick(random, ['2A', '2B'])}${randomDigits(random, 3)}`;
  if (kind === 1) return `97${randomInt(random, 1, 6)}${randomDigits(random, 2)}`;
  if (kind === 2) return `99${randomInt(random, 100, 499)}`;
  return `${two(pick(random, [randomInt(random, 1, 19), randomInt(random, 21, 95)]))}${randomDigits(random, 3)}`;
}

/** NIR for a person born 1930–2025, printed "S YY MM DD CCC OOO KK" or compact. */
export const nir: SyntheticGenerator = (random) => {
  const sex = pick(random, ['1', '2', '1', '2', '7', '8']);
  const month = random() < 0.95 ? two(randomInt(random, 1, 12)) : pick(random, ['20', '35', '62']);
  const place = birthPlace(random);
  const order = String(randomInt(random, 1, 999)).padStart(3, '0');
  const body = `${sex}${two(randomInt(random, 1930, 2025))}${month}${place}${order}`;
  const key = String(nirKey(body)).padStart(2, '0');
  if (random() < 0.5) return `${body}${key}`;
  const parts = [body[0], body.slice(1, 3), body.slice(3, 5), body.slice(5, 7), body.slice(7, 10)];
  return `${parts.join(' ')} ${body.slice(10)} ${key}`;
};
