import type { IdentifierKind } from './types.ts';

/**
 * How much of a kind's number a birth date gives away: the plausible values left once the date (or
 * only the year) is known, taken from the same rules as each kind's `validSpace` (see the comments
 * there and national-ids.md). Kinds whose numbers do not encode the birth date are absent.
 */
export interface BirthDateShare {
  /** Plausible values for one known birth date. */
  perDate: number;
  /** Plausible values for one known birth year. */
  perYear: number;
  /** What the number encodes, for the table. */
  encodes: string;
}

const DAYS_PER_YEAR = 365.25;
const share = (perDate: number, encodes = 'birth date'): BirthDateShare => ({
  perDate,
  perYear: perDate * DAYS_PER_YEAR,
  encodes,
});

export const BIRTH_DATE_SHARE: Partial<Record<IdentifierKind, BirthDateShare>> = {
  // 4 serial digits (the last one encodes sex) per date.
  pesel: share(10_000, 'birth date, sex'),
  // Every serial since mod 11 was dropped: 6,000 per date for 1937–2026 (4,000 before).
  cpr: share(6_000, 'birth date, sex'),
  // Year and month only, plus sex and place: knowing the date leaves every place and order number.
  nir: {
    perDate: 2 * 37_000 * 999,
    perYear: 12 * 2 * 37_000 * 999,
    encodes: 'birth year and month, sex, place',
  },
  // Birth numbers 001–999 per date.
  'se-personnummer': share(999, 'birth date, sex'),
  // Individual numbers that pass both check digits, 1940–1999.
  'no-fodselsnummer': share(496, 'birth date, sex'),
  // 002–999 per date.
  'fi-hetu': share(998, 'birth date, sex'),
  // 001–998 per date.
  'be-rrn': share(998, 'birth date, sex'),
  // Codes actually issued (validSpace) spread over a century of birth dates; the rest is name and place.
  'it-codice-fiscale': share(100_000_000 / 36_525, 'birth date, sex, place, name'),
  // 1,000 serials per sex.
  'ee-isikukood': share(2_000, 'birth date, sex'),
  // 1,000 serials per sex (two month codes).
  'cz-rodne-cislo': share(2_000, 'birth date, sex'),
  // Serials 100–999 with a usable check digit.
  'at-svnr': share(818, 'birth date'),
};
