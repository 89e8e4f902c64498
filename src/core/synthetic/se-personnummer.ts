import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const sePersonnummer: SyntheticGenerator = () => {
  throw new Error('synthetic se-personnummer not implemented yet');
};
