import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const czRodneCislo: SyntheticGenerator = () => {
  throw new Error('synthetic cz-rodne-cislo not implemented yet');
};
