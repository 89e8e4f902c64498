import type { IdentifierKindSpec } from './types.ts';
import { fail } from './text.ts';

// TODO(identifier engine): implement validation per ../shared/reference/national-ids.md.
export const noFodselsnummer: IdentifierKindSpec = {
  kind: 'no-fodselsnummer',
  category: 'national-id',
  country: 'NO',
  label: 'Fødselsnummer (Norway)',
  validSpace: 1e9,
  looksLike: () => false,
  parse: () => fail('no-fodselsnummer', 'format', 'Not implemented yet.'),
};
