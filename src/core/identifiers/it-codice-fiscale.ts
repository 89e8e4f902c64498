import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const itCodiceFiscale: IdentifierKindSpec = {
  kind: 'it-codice-fiscale',
  category: 'national-id',
  country: 'IT',
  label: 'Codice fiscale (Italy)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('it-codice-fiscale', 'format', 'Not implemented yet.'),
};
