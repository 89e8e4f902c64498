import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const deSteuerId: IdentifierKindSpec = {
  kind: 'de-steuer-id',
  category: 'national-id',
  country: 'DE',
  label: 'Steuer-ID (Germany)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('de-steuer-id', 'format', 'Not implemented yet.'),
};
