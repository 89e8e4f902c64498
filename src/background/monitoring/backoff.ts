import type { OutcomeErrorCode } from '../../contracts/index.ts';

/** First retry after a failed run; doubles per consecutive failure, never beyond the normal interval. */
export const BACKOFF_BASE_MINUTES = 15;
/** The shortest delay we ever ask an alarm for (Chrome clamps shorter ones to 30 s anyway). */
export const MIN_DELAY_MS = 60_000;

/** Failures of the source or the network: worth retrying later. Configuration problems are not. */
const TRANSIENT: ReadonlySet<OutcomeErrorCode> = new Set<OutcomeErrorCode>([
  'network',
  'timeout',
  'http',
  'rate-limited',
  'malformed',
  'too-large',
  'redirect',
]);

export const isTransient = (code: OutcomeErrorCode): boolean => TRANSIENT.has(code);

export interface NextRunInput {
  now: Date;
  intervalMinutes: number;
  /** Consecutive failed runs including this one; 0 after a clean run. */
  failures: number;
  /** The largest Retry-After any source sent in this run. */
  retryAfterSeconds?: number | undefined;
}

/** When to run next: the interval after success; exponential backoff after failure, at least Retry-After. */
export function nextRunAt({ now, intervalMinutes, failures, retryAfterSeconds }: NextRunInput): Date {
  const intervalMs = intervalMinutes * 60_000;
  if (failures <= 0) return new Date(now.getTime() + intervalMs);
  const backoffMs = Math.min(intervalMs, BACKOFF_BASE_MINUTES * 60_000 * 2 ** Math.min(failures - 1, 20));
  const delay = Math.max(backoffMs, (retryAfterSeconds ?? 0) * 1000, MIN_DELAY_MS);
  return new Date(now.getTime() + delay);
}
