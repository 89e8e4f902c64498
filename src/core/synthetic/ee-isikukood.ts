import type { SyntheticGenerator } from './types.ts';

// TODO(identifier engine): generate from the published algorithm.
export const eeIsikukood: SyntheticGenerator = () => {
  throw new Error('synthetic ee-isikukood not implemented yet');
};
