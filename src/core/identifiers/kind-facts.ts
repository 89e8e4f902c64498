import type { IdentifierCategory, IdentifierKind } from './types.ts';

/** What is known about a kind without parsing anything: its category and, for national IDs, its country. */
export interface KindFacts {
  kind: IdentifierKind;
  category: IdentifierCategory;
  /** Issuing country for national IDs (ISO 3166-1 alpha-2). */
  country?: string;
}

const nationalId = <K extends IdentifierKind>(kind: K, country: string) =>
  ({ kind, category: 'national-id', country }) as const;

/**
 * Every kind's facts, apart from its parser: the popup's first paint (kind picker, labels) needs them,
 * and importing the registry for them would bring every parser and the phone metadata along
 * (docs/performance.md, "Popup and content script"). Each spec in registry.ts spreads its entry.
 */
export const KIND_FACTS = {
  email: { kind: 'email', category: 'email' },
  phone: { kind: 'phone', category: 'phone' },
  password: { kind: 'password', category: 'password' },
  pesel: nationalId('pesel', 'PL'),
  cpr: nationalId('cpr', 'DK'),
  bsn: nationalId('bsn', 'NL'),
  nir: nationalId('nir', 'FR'),
  nhs: nationalId('nhs', 'GB'),
  nino: nationalId('nino', 'GB'),
  ssn: nationalId('ssn', 'US'),
  'se-personnummer': nationalId('se-personnummer', 'SE'),
  'no-fodselsnummer': nationalId('no-fodselsnummer', 'NO'),
  'fi-hetu': nationalId('fi-hetu', 'FI'),
  'be-rrn': nationalId('be-rrn', 'BE'),
  'es-dni': nationalId('es-dni', 'ES'),
  'it-codice-fiscale': nationalId('it-codice-fiscale', 'IT'),
  'ee-isikukood': nationalId('ee-isikukood', 'EE'),
  'cz-rodne-cislo': nationalId('cz-rodne-cislo', 'CZ'),
  'ie-ppsn': nationalId('ie-ppsn', 'IE'),
  'at-svnr': nationalId('at-svnr', 'AT'),
  'de-steuer-id': nationalId('de-steuer-id', 'DE'),
} as const satisfies { readonly [K in IdentifierKind]: KindFacts & { kind: K } };

/** The kind's issuing country, or undefined for email, phone and password. */
export function kindCountry(kind: IdentifierKind): string | undefined {
  const facts: KindFacts = KIND_FACTS[kind];
  return facts.country;
}
