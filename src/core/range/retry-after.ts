/** A source asking for more than a day is treated as asking for a day; the UI shows the number. */
export const MAX_RETRY_AFTER_SECONDS = 86_400;

/**
 * Reads a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). Returns whole seconds
 * from `nowMs`, at least 0, or undefined when the header is missing or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  let seconds: number;
  if (/^\d+$/.test(text)) {
    seconds = Number(text);
  } else if (/^[A-Za-z]{3}/.test(text)) {
    // All three HTTP-date forms (IMF-fixdate, RFC 850, asctime) start with a day name; Date.parse
    // reads them all, but would also read "-5" or "1.5" as dates, hence the test above. asctime
    // carries no zone and means GMT, which Date.parse would otherwise take as local time.
    const at = Date.parse(/GMT|UTC/.test(text) ? text : `${text} GMT`);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - nowMs) / 1000);
  } else {
    return undefined;
  }
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, seconds));
}
