import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const beRrn: IdentifierKindSpec = {
  kind: 'be-rrn',
  category: 'national-id',
  country: 'BE',
  label: 'National Register number (Belgium)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('be-rrn', 'format', 'Not implemented yet.'),
};
