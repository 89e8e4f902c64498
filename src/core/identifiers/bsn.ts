import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const bsn: IdentifierKindSpec = {
  kind: 'bsn',
  category: 'national-id',
  country: 'NL',
  label: 'BSN (Netherlands)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('bsn', 'format', 'Not implemented yet.'),
};
