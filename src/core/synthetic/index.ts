export { SYNTHETIC } from './registry.ts';
export { seededRandom, randomInt, pick, randomDigits } from './random.ts';
export type { Random, SyntheticGenerator } from './types.ts';
