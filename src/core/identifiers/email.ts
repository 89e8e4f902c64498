import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const email: IdentifierKindSpec = {
  kind: 'email',
  category: 'email',
  label: 'Email address',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('email', 'format', 'Not implemented yet.'),
};
