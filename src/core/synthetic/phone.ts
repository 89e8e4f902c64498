import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const phone: SyntheticGenerator = () => {
  throw new Error('synthetic phone not implemented yet');
};
