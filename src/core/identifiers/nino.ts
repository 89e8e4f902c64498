import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const nino: IdentifierKindSpec = {
  kind: 'nino',
  category: 'national-id',
  country: 'GB',
  label: 'National Insurance number (UK)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('nino', 'format', 'Not implemented yet.'),
};
