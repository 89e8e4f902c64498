import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const cpr: SyntheticGenerator = () => {
  throw new Error('synthetic cpr not implemented yet');
};
