import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const phone: IdentifierKindSpec = {
  kind: 'phone',
  category: 'phone',
  label: 'Phone number',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('phone', 'format', 'Not implemented yet.'),
};
