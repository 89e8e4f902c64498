import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const password: SyntheticGenerator = () => {
  throw new Error('synthetic password not implemented yet');
};
