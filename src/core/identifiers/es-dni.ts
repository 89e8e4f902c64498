import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const esDni: IdentifierKindSpec = {
  kind: 'es-dni',
  category: 'national-id',
  country: 'ES',
  label: 'DNI / NIE (Spain)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('es-dni', 'format', 'Not implemented yet.'),
};
