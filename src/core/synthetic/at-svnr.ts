import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const atSvnr: SyntheticGenerator = () => {
  throw new Error('synthetic at-svnr not implemented yet');
};
