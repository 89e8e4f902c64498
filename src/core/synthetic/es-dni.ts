import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const esDni: SyntheticGenerator = () => {
  throw new Error('synthetic es-dni not implemented yet');
};
