import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const fiHetu: IdentifierKindSpec = {
  kind: 'fi-hetu',
  category: 'national-id',
  country: 'FI',
  label: 'Henkilötunnus (Finland)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('fi-hetu', 'format', 'Not implemented yet.'),
};
