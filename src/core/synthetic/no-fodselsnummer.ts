import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const noFodselsnummer: SyntheticGenerator = () => {
  throw new Error('synthetic no-fodselsnummer not implemented yet');
};
