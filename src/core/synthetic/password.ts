import type { SyntheticGenerator } from './types.ts';
import { pick, randomInt } from './random.ts';

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ ',
  'é',
  'ß',
  'ż',
  'ø',
  'Ω',
  '密',
  '😀',
];

/** Random strings of 1–40 characters, including spaces and non-ASCII (kept exactly as typed). */
export const password: SyntheticGenerator = (random) => {
  let out = '';
  const length = randomInt(random, 1, 40);
  for (let i = 0; i < length; i++) out += pick(random, ALPHABET);
  return out;
};
