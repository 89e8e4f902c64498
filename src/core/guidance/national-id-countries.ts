import type { IdentifierKind } from '../identifiers/types.ts';
import type { GuidanceCountry } from './types.ts';

/**
 * Issuing country of every national ID kind. Guidance for a national ID follows the country that
 * issued it (a PESEL is reserved in Poland wherever its holder lives). A test checks this table
 * against the identifier registry so the two cannot drift.
 */
export const NATIONAL_ID_COUNTRY: Readonly<Partial<Record<IdentifierKind, GuidanceCountry>>> = {
  pesel: 'PL',
  cpr: 'DK',
  bsn: 'NL',
  nir: 'FR',
  nhs: 'GB',
  nino: 'GB',
  ssn: 'US',
  'se-personnummer': 'SE',
  'no-fodselsnummer': 'NO',
  'fi-hetu': 'FI',
  'be-rrn': 'BE',
  'es-dni': 'ES',
  'it-codice-fiscale': 'IT',
  'ee-isikukood': 'EE',
  'cz-rodne-cislo': 'CZ',
  'ie-ppsn': 'IE',
  'at-svnr': 'AT',
  'de-steuer-id': 'DE',
};

export function nationalIdCountry(kind: IdentifierKind): GuidanceCountry | undefined {
  return NATIONAL_ID_COUNTRY[kind];
}
