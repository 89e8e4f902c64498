import type { FailedParse, IdentifierKind } from './types.ts';
import { fail, isFuture, isoDate } from './text.ts';

/**
 * The ISO birth date encoded in an identifier, or the `date` failure to report: the date must exist
 * (leap years included) and must not lie after `today`. `where` names the part of the number that
 * holds the date (e.g. "the first six digits"), so the message helps without echoing any digits.
 */
export function checkBirthDate(
  kind: IdentifierKind,
  date: { year: number; month: number; day: number },
  today: Date,
  where: string,
): string | FailedParse {
  const iso = isoDate(date.year, date.month, date.day);
  if (iso === undefined)
    return fail(kind, 'date', `The birth date in ${where} does not exist in the calendar.`);
  if (isFuture(iso, today)) return fail(kind, 'date', `The birth date in ${where} lies in the future.`);
  return iso;
}

export const CHECK_MISMATCH = 'The check digit does not match: one digit is probably mistyped.';
