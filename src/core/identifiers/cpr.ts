import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const cpr: IdentifierKindSpec = {
  kind: 'cpr',
  category: 'national-id',
  country: 'DK',
  label: 'CPR number (Denmark)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('cpr', 'format', 'Not implemented yet.'),
};
