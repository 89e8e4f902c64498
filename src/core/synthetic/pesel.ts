import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const pesel: SyntheticGenerator = () => {
  throw new Error('synthetic pesel not implemented yet');
};
