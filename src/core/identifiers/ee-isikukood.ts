import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const eeIsikukood: IdentifierKindSpec = {
  kind: 'ee-isikukood',
  category: 'national-id',
  country: 'EE',
  label: 'Isikukood (Estonia)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('ee-isikukood', 'format', 'Not implemented yet.'),
};
