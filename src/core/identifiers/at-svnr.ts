import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const atSvnr: IdentifierKindSpec = {
  kind: 'at-svnr',
  category: 'national-id',
  country: 'AT',
  label: 'Sozialversicherungsnummer (Austria)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('at-svnr', 'format', 'Not implemented yet.'),
};
