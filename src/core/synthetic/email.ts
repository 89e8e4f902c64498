import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const email: SyntheticGenerator = () => {
  throw new Error('synthetic email not implemented yet');
};
