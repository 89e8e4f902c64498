/** Every identifier kind the engine understands. Other layers and stored data depend on these exact names. */
export const IDENTIFIER_KINDS = [
  'email',
  'phone',
  'password',
  'pesel',
  'cpr',
  'bsn',
  'nir',
  'nhs',
  'nino',
  'ssn',
  'se-personnummer',
  'no-fodselsnummer',
  'fi-hetu',
  'be-rrn',
  'es-dni',
  'it-codice-fiscale',
  'ee-isikukood',
  'cz-rodne-cislo',
  'ie-ppsn',
  'at-svnr',
  'de-steuer-id',
] as const;

export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

export type ParseErrorCode = 'empty' | 'length' | 'charset' | 'format' | 'checksum' | 'date' | 'range';

export interface ParseError {
  code: ParseErrorCode;
  /** Human, specific, and never containing the full identifier. */
  message: string;
}

export interface ParsedIdentifier {
  ok: true;
  kind: IdentifierKind;
  /** The one stable string per identifier that gets hashed, identically in the extension and the publisher. */
  canonical: string;
  /** Safe to show on screen; never the whole identifier. */
  masked: string;
  /** ISO 3166-1 alpha-2 of the issuing country (national IDs, phones). */
  country?: string;
  /** YYYY-MM-DD where the identifier encodes a full birth date. */
  birthDate?: string;
}

export interface FailedParse {
  ok: false;
  kind: IdentifierKind;
  error: ParseError;
}

export type ParseResult = ParsedIdentifier | FailedParse;

export interface ParseOptions {
  /** ISO country used to read phone numbers typed without a +country prefix. */
  defaultPhoneRegion?: string;
  /** "Now" for date plausibility and century rules; injectable so tests are stable. */
  today?: Date;
}

export type IdentifierCategory = 'email' | 'phone' | 'password' | 'national-id';

/** What each kind file exports: one object, so the registry is just a list. */
export interface IdentifierKindSpec {
  kind: IdentifierKind;
  category: IdentifierCategory;
  /** Issuing country for national IDs (ISO 3166-1 alpha-2). */
  country?: string;
  /** English display name, e.g. "PESEL (Poland)"; the UI localises via `kind`. */
  label: string;
  /**
   * Approximate count of values that pass validation (the space an attacker would enumerate).
   * Used to size hash prefixes so every prefix covers enough people; see docs/privacy.md.
   */
  validSpace: number;
  /** Cheap shape test used by detection: could this input be meant as this kind (even if invalid)? */
  looksLike(input: string): boolean;
  parse(input: string, options?: ParseOptions): ParseResult;
}
