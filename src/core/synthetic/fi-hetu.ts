import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const fiHetu: SyntheticGenerator = () => {
  throw new Error('synthetic fi-hetu not implemented yet');
};
