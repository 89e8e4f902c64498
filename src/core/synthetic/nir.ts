import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const nir: SyntheticGenerator = () => {
  throw new Error('synthetic nir not implemented yet');
};
