import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const beRrn: SyntheticGenerator = () => {
  throw new Error('synthetic be-rrn not implemented yet');
};
