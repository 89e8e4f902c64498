import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const pesel: IdentifierKindSpec = {
  kind: 'pesel',
  category: 'national-id',
  country: 'PL',
  label: 'PESEL (Poland)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('pesel', 'format', 'Not implemented yet.'),
};
