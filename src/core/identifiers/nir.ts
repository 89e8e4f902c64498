import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const nir: IdentifierKindSpec = {
  kind: 'nir',
  category: 'national-id',
  country: 'FR',
  label: 'Social security number / NIR (France)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('nir', 'format', 'Not implemented yet.'),
};
