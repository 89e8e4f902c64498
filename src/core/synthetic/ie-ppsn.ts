import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const iePpsn: SyntheticGenerator = () => {
  throw new Error('synthetic ie-ppsn not implemented yet');
};
