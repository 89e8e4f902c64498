import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const nhs: IdentifierKindSpec = {
  kind: 'nhs',
  category: 'national-id',
  country: 'GB',
  label: 'NHS number (UK)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('nhs', 'format', 'Not implemented yet.'),
};
