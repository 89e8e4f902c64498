import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const ssn: IdentifierKindSpec = {
  kind: 'ssn',
  category: 'national-id',
  country: 'US',
  label: 'Social Security number (US)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('ssn', 'format', 'Not implemented yet.'),
};
