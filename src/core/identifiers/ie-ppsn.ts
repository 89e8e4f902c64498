import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const iePpsn: IdentifierKindSpec = {
  kind: 'ie-ppsn',
  category: 'national-id',
  country: 'IE',
  label: 'PPS number (Ireland)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('ie-ppsn', 'format', 'Not implemented yet.'),
};
