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
  } else {
    // Date.parse accepts every format RFC 9110 allows (IMF-fixdate, RFC 850, asctime); digits-only
    // strings were handled above so they are never read as a year.
    const at = Date.parse(text);
    if (Number.isNaN(at)) return undefined;
    seconds = Math.ceil((at - nowMs) / 1000);
  }
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, seconds));
}
