import type { FailedParse, IdentifierKind, ParseErrorCode, ParsedIdentifier } from './types.ts';

/** Characters people use to group digits; removed before validation for kinds that allow them. */
const GROUPING = /[\s\u00a0\u2000-\u200b\u202f\u2060\ufeff\-\u2010-\u2015./]/g;

export function stripSeparators(input: string): string {
  return input.replace(GROUPING, '');
}

export function fail(kind: IdentifierKind, code: ParseErrorCode, message: string): FailedParse {
  return { ok: false, kind, error: { code, message } };
}

export function ok(
  kind: IdentifierKind,
  canonical: string,
  extra: { masked?: string; country?: string; birthDate?: string } = {},
): ParsedIdentifier {
  const result: ParsedIdentifier = {
    ok: true,
    kind,
    canonical,
    masked: extra.masked ?? maskKeepLast(canonical, 2),
  };
  if (extra.country !== undefined) result.country = extra.country;
  if (extra.birthDate !== undefined) result.birthDate = extra.birthDate;
  return result;
}

/** Bullets for everything but the last `keep` characters (never fewer than one bullet). */
export function maskKeepLast(canonical: string, keep: number): string {
  const shown = Math.min(keep, Math.max(0, canonical.length - 1));
  return '•'.repeat(canonical.length - shown) + canonical.slice(canonical.length - shown);
}

export const isDigits = (s: string): boolean => /^[0-9]+$/.test(s);

export const digitsOf = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0) - 48);

/** YYYY-MM-DD if the date exists in the proleptic Gregorian calendar, otherwise undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True when an ISO date lies after `today` (compared as calendar days in UTC). */
export function isFuture(iso: string, today: Date = new Date()): boolean {
  return iso > today.toISOString().slice(0, 10);
}
