import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const czRodneCislo: IdentifierKindSpec = {
  kind: 'cz-rodne-cislo',
  category: 'national-id',
  country: 'CZ',
  label: 'Rodné číslo (Czechia)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('cz-rodne-cislo', 'format', 'Not implemented yet.'),
};
