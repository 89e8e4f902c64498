import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const deSteuerId: SyntheticGenerator = () => {
  throw new Error('synthetic de-steuer-id not implemented yet');
};
