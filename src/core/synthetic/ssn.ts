import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const ssn: SyntheticGenerator = () => {
  throw new Error('synthetic ssn not implemented yet');
};
