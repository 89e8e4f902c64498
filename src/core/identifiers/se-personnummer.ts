import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const sePersonnummer: IdentifierKindSpec = {
  kind: 'se-personnummer',
  category: 'national-id',
  country: 'SE',
  label: 'Personnummer (Sweden)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('se-personnummer', 'format', 'Not implemented yet.'),
};
