import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const itCodiceFiscale: SyntheticGenerator = () => {
  throw new Error('synthetic it-codice-fiscale not implemented yet');
};
