import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const nino: SyntheticGenerator = () => {
  throw new Error('synthetic nino not implemented yet');
};
