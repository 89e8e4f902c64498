// Tables of the codice fiscale algorithm (DM 23 December 1976, annex), kept apart from the parser.

/** Month letters: A = January … T = December (letters that look alike are skipped). */
export const MONTH_BY_LETTER: Readonly<Record<string, number>> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  H: 6,
  L: 7,
  M: 8,
  P: 9,
  R: 10,
  S: 11,
  T: 12,
};

/** Omocodia letter for each digit 0–9: L stands for 0, M for 1, … V for 9. */
export const OMOCODE_LETTERS = 'LMNPQRSTUV';

/**
 * 0-based positions of the seven digits omocodia may replace, in the order the Agenzia delle
 * Entrate replaces them (rightmost first): place-code digits, day, then year.
 */
export const OMOCODE_ORDER = [14, 13, 12, 10, 9, 7, 6] as const;

/** Values for characters in odd (1-based) positions; a digit and the letter at the same index share one. */
const ODD_VALUES = [
  1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23,
];

/** 0–9 for digits, 0–25 for A–Z. */
const indexOf = (ch: string): number => {
  const code = ch.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 65;
};

/** The check letter for the first 15 characters (upper-case A–Z and 0–9 only). */
export function cfCheckLetter(first15: string): string {
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = indexOf(first15.charAt(i));
    // i is 0-based, so even i is an odd 1-based position.
    sum += i % 2 === 0 ? (ODD_VALUES[v] ?? 0) : v;
  }
  return String.fromCharCode(65 + (sum % 26));
}
