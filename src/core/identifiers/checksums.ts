// Small arithmetic helpers shared by the national-ID kinds. They work on arrays of digit values
// (see `digitsOf` in text.ts) or on decimal strings, so no kind needs BigInt for its checksum.

/** Σ digits[i] × weights[i] over the shorter of the two lists. */
export function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  const n = Math.min(digits.length, weights.length);
  for (let i = 0; i < n; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  return sum;
}

/** Mathematical modulo: always in [0, m), also for negative `n` (the BSN test has a −1 weight). */
export function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/**
 * Remainder of a (possibly very long) decimal string modulo m, digit by digit, so 13- or 15-digit
 * bodies (FR NIR, BE RRN) never lose precision. Non-digit characters make the result NaN.
 */
export function decimalMod(decimal: string, m: number): number {
  let r = 0;
  for (let i = 0; i < decimal.length; i++) {
    const d = decimal.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    r = (r * 10 + d) % m;
  }
  return r;
}

/**
 * Luhn (mod 10) check digit for a payload of digits: doubling starts at the rightmost payload
 * digit, as in card numbers and the Swedish personnummer.
 */
export function luhnCheckDigit(payload: readonly number[]): number {
  let sum = 0;
  for (let i = payload.length - 1, double = true; i >= 0; i--, double = !double) {
    const d = payload[i] ?? 0;
    const v = double ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
  }
  return (10 - (sum % 10)) % 10;
}

/** Check digit of the common "11 − (weighted sum mod 11)" scheme; 11 maps to 0, 10 means "never issued". */
export function mod11Complement(sum: number): number | 'unusable' {
  const check = 11 - mod(sum, 11);
  if (check === 11) return 0;
  return check === 10 ? 'unusable' : check;
}
