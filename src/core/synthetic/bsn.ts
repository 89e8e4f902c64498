import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const bsn: SyntheticGenerator = () => {
  throw new Error('synthetic bsn not implemented yet');
};
