/** Dates and numbers in the language the messages are in (see Translator.language). */

export function formatNumber(language: string, value: number): string {
  return new Intl.NumberFormat(language).format(value);
}

/** An ISO date-time (or date) as a medium date: "15 Jan 2026". Unparseable input is shown as it is. */
export function formatDate(language: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** A date and time in the user's own time zone, for "last checked" lines. */
export function formatDateTime(language: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * Breach dates are published as YYYY-MM-DD, YYYY-MM or YYYY; show only as much as is known, so
 * "2025-06" reads "June 2025" rather than inventing "1 June".
 */
export function formatPartialDate(language: string, value: string): string {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (match === null) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? '1') - 1, Number(day ?? '1')));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'medium' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(date);
}

/** "a, b and c" in the user's language (Polish joins "imiona i nazwiska" on with "oraz"). */
export { formatList } from '../../core/list-format.ts';

/** "A or B" / "A, B or C" in the page's language: for choices, where formatList would say "and". */
export function formatChoices(language: string, items: readonly string[]): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'disjunction' }).format(items);
}

/** A language's name in the reader's language ("English", "angielski"); the tag itself if unknown. */
export function languageName(language: string, tag: string): string {
  try {
    return new Intl.DisplayNames(language, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
