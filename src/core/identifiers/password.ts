import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const password: IdentifierKindSpec = {
  kind: 'password',
  category: 'password',
  label: 'Password',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('password', 'format', 'Not implemented yet.'),
};
