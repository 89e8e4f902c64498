import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const nhs: SyntheticGenerator = () => {
  throw new Error('synthetic nhs not implemented yet');
};
